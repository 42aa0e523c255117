/**
 * The honest challenger (ARCHITECTURE §3.3): an independent verifier. It has its own
 * {@link io.rolluplab.rollup.derivation.L1Reader} and
 * {@link io.rolluplab.rollup.derivation.DerivedChain} and never reads the sequencer's state, so
 * it checks the rollup with exactly what everybody can read on L1: that is the data-availability
 * lesson. One turn of {@link io.rolluplab.rollup.challenger.ChallengerDriver#tick()}:
 *
 * <ol>
 *   <li>Observe: read the new L1 facts, execute the new batches, compare every proposal with what
 *       it derived: the claim about the batch's data (WrongClaimFound, or BatchUnverifiable when no
 *       batch on L1 backs it), then the root (RootConfirmed or WrongRootFound); follow its own
 *       dispute's moves.
 *   <li>Its data challenge running: show L1 the batch's transaction (the proof from the claim's
 *       anchor) if the batch is within reach, else end the challenge once nobody answered by its
 *       deadline ({@code resolveDataChallenge}).
 *   <li>Its game running: read the game from L1 and let the
 *       {@link io.rolluplab.rollup.challenger.ChallengerPolicy} decide: post its root at the
 *       midpoint, send the one-step proof of the last item, call {@code timeout} when the
 *       proposer's clock has run out, or {@code abandon} a game whose root another game withdrew.
 *   <li>No dispute running: dispute the first wrong proposal, with a bond from its own L1 account,
 *       while its challenge window is open: its data claim with {@code challengeData}, else its
 *       root with a game.
 *   <li>A dispute of its own ended: claim the bonds the rollup and the game credited to it.
 * </ol>
 *
 * <p>Invariants:
 *
 * <ol>
 *   <li>It disputes a claim only if L1's data says otherwise, and a root only if executing L1's
 *       data gives a different one, and then always the first such proposal: every later one is
 *       withdrawn with it.
 *   <li>Its roots are the truth, so the bisection always keeps the first wrong item inside the
 *       interval, and L1's re-execution of that item proves the proposer wrong.
 *   <li>At most one dispute of its own runs at a time ({@link io.rolluplab.rollup.challenger.ChallengerState}).
 *   <li>Every event comes from what L1 says happened, and is reported once: a restart reads L1
 *       again from the deployment block, silently up to where it had reported, and resumes a
 *       running game from its L1 state.
 * </ol>
 */
package io.rolluplab.rollup.challenger;
