package io.rolluplab.rollup.challenger;

import io.rolluplab.rollup.derivation.ExecutedBatch;

/**
 * The honest challenger's strategy in a game, as a pure function of the game's L1 state, its own
 * roots of the batch and the L1 clock (decide apart from act, as op-challenger's solver does), so
 * it is tested without an L1.
 *
 * <ol>
 *   <li>Its turn, interval wider than one item: post its own root at the midpoint. Its roots are
 *       the truth, so the interval keeps the first wrong item inside.
 *   <li>Its turn, one item left: send the one-step proof of that item.
 *   <li>The proposer's turn, and its clock ran out: call {@code timeout}.
 *   <li>The batch was rolled back by another game: abandon this one, the bond comes back.
 * </ol>
 */
final class ChallengerPolicy {
  private ChallengerPolicy() {}

  /**
   * @param batch the disputed batch as derived from L1
   * @param l1Now the L1 head's timestamp
   */
  static Move nextMove(final GameView game, final ExecutedBatch batch, final long l1Now) {
    if (!game.running()) {
      return new Move.Wait();
    }
    if (!game.batchStillDisputed()) {
      return new Move.Abandon();
    }
    final boolean outOfTime = l1Now > game.clockDeadline();
    if (!game.challengersTurn()) {
      return outOfTime ? new Move.ClaimTimeout() : new Move.Wait();
    }
    if (outOfTime) {
      return new Move.Wait(); // our own clock ran out: only the proposer's timeout call is left
    }
    return game.atOneStep() ? new Move.ProveItem(game.lo())
        : new Move.PostRoot(game.midpoint(), batch.root(game.midpoint()));
  }
}
