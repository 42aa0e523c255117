package io.rolluplab.rollup.step;

/**
 * What a role asks right before each transition it takes (sending an L1 transaction, sealing a
 * block, handing a deposit over): may it go ahead now? Step mode answers "not yet" until the user
 * lets that one step through, so a class can read what will happen before it happens.
 *
 * <p>A role told "not yet" does nothing more this turn and decides again on its next: every role
 * recomputes its decision from L1 and its store each turn, so a step held back is never lost, only
 * taken later (or replaced, if the world changed meanwhile).
 */
@FunctionalInterface
public interface StepGate {
  /** The gate of a role outside step mode (and of a driver a test ticks on its own): always open. */
  StepGate OPEN = sentence -> true;

  /**
   * @param sentence what the transition will do, as one plain sentence in the future tense
   *     ("Post batch 3 (L2 blocks 7–9, 12 items) to L1, in the calldata of one transaction.")
   * @return true: take it now; false: take nothing this turn
   */
  boolean mayProceed(String sentence);
}
