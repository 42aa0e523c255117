package io.rolluplab.rollup.step;

import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/**
 * Step mode: while on, every role of every rollup that shares this object stops before each
 * transition, and exactly one transition, the pending step, is let through per {@link #step()}.
 * The first role to ask while nothing is pending becomes the pending step; the others wait their
 * turn. Off, every gate is open and nothing waits.
 *
 * <p>Each role asks through its own {@link Gate}, and the node tells the gate when the role's turn
 * ends ({@link Gate#turnEnded()}). The first answer a gate gives in a turn is the turn's answer: a
 * role held back on its first transition is held back on every later one in the same turn, so a
 * turn never takes a step it did not announce. A pending role whose decision changed (another
 * sentence) announces the new one instead, and must be let through again; one that no longer asks
 * at all gives up its place.
 *
 * <p>Thread-safe: the nodes' threads ask while the UI switches and steps.
 */
public final class StepMode {
  /**
   * The transition that waits for "Next step".
   *
   * @param number counts the steps announced since the lab started, from 1
   * @param rollup the rollup whose role waits ("optimistic", "zk")
   * @param role the role that will take it ("batcher", "proposer", …)
   * @param sentence what it will do
   * @param since when it was announced
   */
  public record PendingStep(long number, String rollup, String role, String sentence, Instant since) {}

  private final InstantSource clock;
  private boolean on;
  private Gate holder;
  private PendingStep pending;
  private boolean released;
  private long announced;
  private long taken;

  public StepMode(final InstantSource clock) {
    this.clock = clock;
  }

  /** The gate role {@code role} of rollup {@code rollup} asks before each of its transitions. */
  public Gate gate(final String rollup, final String role) {
    return new Gate(rollup, role);
  }

  /** Switches step mode on (roles stop before their next transition) or off (all go on; nothing is pending). */
  public synchronized void setOn(final boolean stepping) {
    on = stepping;
    if (!stepping) {
      forget();
    }
  }

  public synchronized boolean isOn() {
    return on;
  }

  /** The step "Next step" lets through, if a role waits. */
  public synchronized Optional<PendingStep> pending() {
    return Optional.ofNullable(pending);
  }

  /**
   * Lets the pending step through: its role takes it on its next turn, if it still wants to (if not,
   * the step it announces instead becomes pending).
   *
   * @return the step let through
   * @throws IllegalStateException if step mode is off or no step waits, saying which
   */
  public synchronized PendingStep step() {
    if (!on) {
      throw new IllegalStateException("step mode is off: every role goes on by itself; switch step mode on first");
    }
    if (pending == null) {
      throw new IllegalStateException("no step is waiting: no role wants to act yet; wait for one (send a"
          + " transaction, deposit, or mine a block) and try again");
    }
    released = true;
    return pending;
  }

  /** How many steps were taken in step mode: a released step counts once its role took it. */
  public synchronized long stepsTaken() {
    return taken;
  }

  private synchronized boolean ask(final Gate gate, final String sentence) {
    if (!on) {
      return true;
    }
    if (gate.heldThisTurn) {
      return false;
    }
    if (pending == null || gate == holder && !pending.sentence().equals(sentence)) {
      holder = gate;
      pending = new PendingStep(++announced, gate.rollup, gate.role, sentence, clock.instant());
      released = false;
    } else if (gate == holder && released) {
      forget();
      taken++;
      gate.askedThisTurn = true;
      return true;
    }
    gate.askedThisTurn = true;
    gate.heldThisTurn = true;
    return false;
  }

  private synchronized void turnEnded(final Gate gate) {
    if (gate == holder && !gate.askedThisTurn) {
      forget(); // its role no longer wants that step
    }
    gate.askedThisTurn = false;
    gate.heldThisTurn = false;
  }

  private void forget() {
    holder = null;
    pending = null;
    released = false;
  }

  /** One role's gate. */
  public final class Gate implements StepGate {
    private final String rollup;
    private final String role;
    private boolean askedThisTurn;
    private boolean heldThisTurn;

    private Gate(final String rollup, final String role) {
      this.rollup = rollup;
      this.role = role;
    }

    @Override
    public boolean mayProceed(final String sentence) {
      return ask(this, sentence);
    }

    /** The node calls this after each of the role's turns. */
    public void turnEnded() {
      StepMode.this.turnEnded(this);
    }
  }
}
