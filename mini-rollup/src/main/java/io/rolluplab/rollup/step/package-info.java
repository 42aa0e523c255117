/**
 * Step mode: every role stops before each transition and says in one sentence what it will do;
 * the user lets one step through at a time ("Next step").
 *
 * <ol>
 *   <li>A role about to act asks its {@link io.rolluplab.rollup.step.StepGate} with the sentence
 *       of what it will do.
 *   <li>With step mode off the gate is open. With it on, the first role to ask becomes the
 *       pending step ({@link io.rolluplab.rollup.step.StepMode#pending()}), and every role, that
 *       one included, does nothing more in its turn.
 *   <li>{@link io.rolluplab.rollup.step.StepMode#step()} releases the pending step; on its next
 *       turn its role asks again with the same sentence, goes ahead, and the next role to ask
 *       becomes pending.
 * </ol>
 *
 * <p>Invariants:
 *
 * <ol>
 *   <li>While step mode is on, a role takes a transition only after a step() for exactly that
 *       sentence, and one step() lets exactly one transition through.
 *   <li>A role held back loses nothing: each turn it decides again from L1 and its store.
 *   <li>Switching step mode off lets every role go on at its next turn.
 * </ol>
 */
package io.rolluplab.rollup.step;
