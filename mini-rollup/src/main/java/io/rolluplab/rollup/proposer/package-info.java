/**
 * The proposer: claims, with a bond at stake, the state root after each posted batch, as
 * op-proposer does. {@link io.rolluplab.rollup.proposer.ProposerDriver#tick()} is one turn:
 *
 * <ol>
 *   <li>Answer every dispute about its roots where it is its turn: its state root at the midpoint.
 *   <li>Notice roots L1 withdrew (it lost a game) and games that ended.
 *   <li>Keep a bond: register at the first start, and again after being slashed.
 *   <li>Finalize, in order, each batch whose challenge window passed without a game.
 *   <li>Propose the root of each posted batch after the last proposed, in order, once its data is
 *       derived from L1.
 * </ol>
 *
 * <p>Invariants:
 *
 * <ol>
 *   <li>Every root it claims, at the end of a batch or at a midpoint, is computed from L1 data
 *       alone ({@link io.rolluplab.rollup.proposer.DerivedRoots}), never from the sequencer.
 *   <li>It proposes no root for a batch whose data is withheld.
 *   <li>Under the wrong-root fault its claims stay consistent with its lie, so the bisection
 *       narrows to the item the lie starts after.
 *   <li>Each tick starts from what L1 says (counts, bonds, games), so a failed or repeated tick
 *       does nothing twice.
 * </ol>
 */
package io.rolluplab.rollup.proposer;
