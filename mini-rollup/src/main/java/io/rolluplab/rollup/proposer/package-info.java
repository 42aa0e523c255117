/**
 * The proposer: claims, with a bond at stake, what each batch the batcher sent holds and the state
 * root after it, as op-proposer does. {@link io.rolluplab.rollup.proposer.ProposerDriver#tick()} is one turn:
 *
 * <ol>
 *   <li>Answer every dispute about its claims: show L1 a challenged batch's transaction (the proof
 *       from the claim's anchor block), and post its state root at the midpoint where it is its turn.
 *   <li>Notice claims L1 withdrew (it lost a dispute) and disputes that ended.
 *   <li>Keep a bond: register at the first start, and again after being slashed.
 *   <li>Finalize, in order, each batch whose challenge window passed without a game.
 *   <li>Propose the claim and root of each batch after the last proposed, in order, once it is
 *       derived from L1 (anchored at the batch's own block while L1 still knows its hash).
 * </ol>
 *
 * <p>Invariants:
 *
 * <ol>
 *   <li>Every root it claims, at the end of a batch or at a midpoint, is computed from L1 data
 *       alone ({@link io.rolluplab.rollup.proposer.DerivedRoots}), never from the sequencer.
 *   <li>It proposes nothing about a batch that is not on L1, but under the withhold-data fault,
 *       whose claim then falls.
 *   <li>Under the wrong-root fault its claims stay consistent with its lie, so the bisection
 *       narrows to the item the lie starts after.
 *   <li>Each tick starts from what L1 says (counts, bonds, games), so a failed or repeated tick
 *       does nothing twice.
 * </ol>
 */
package io.rolluplab.rollup.proposer;
