package io.rolluplab.rollup.challenger;

import io.rolluplab.rollup.contracts.DisputeGameContract;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.node.RollupDeployment;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * One dispute game as L1 holds it now, read with the {@code game(uint256)} view: all a move
 * depends on. Read fresh every tick, so a restarted challenger resumes a running game from L1.
 *
 * @param lo the parties agree on the root after {@code lo} items
 * @param hi and disagree on the root after {@code hi} items
 * @param challengersTurn whose clock runs: the challenger's, or the proposer's
 * @param running false once resolved or abandoned
 * @param clockDeadline the L1 second after which the party to move has lost on time
 * @param batchStillDisputed false if another game rolled the batch back: this one can only be abandoned
 */
record GameView(long gameId, long batchIndex, long lo, long hi, boolean challengersTurn, boolean running,
    long clockDeadline, boolean batchStillDisputed) {
  /** {@code DisputeGame.Status.Running}. */
  private static final int RUNNING = 1;

  /** The position whose root the next {@code postRoot} gives. */
  long midpoint() {
    return (lo + hi) / 2;
  }

  boolean atOneStep() {
    return hi - lo == 1;
  }

  static GameView read(final L1Client l1, final RollupDeployment contracts, final long gameId) throws L1Exception {
    final List<Type> game = DisputeGameContract.GAME.decode(
        l1.call(contracts.disputeGame(), DisputeGameContract.GAME.encode(new Uint256(gameId))));
    final long batchIndex = number(game, 7);
    final long deadline = number(DisputeGameContract.CLOCK_DEADLINE.decode(
        l1.call(contracts.disputeGame(), DisputeGameContract.CLOCK_DEADLINE.encode(new Uint256(gameId)))), 0);
    final long disputedBy = number(OptimisticRollupContract.DISPUTE_GAME_OF.decode(
        l1.call(contracts.rollup(), OptimisticRollupContract.DISPUTE_GAME_OF.encode(new Uint256(batchIndex)))), 0);
    return new GameView(gameId, batchIndex, number(game, 9), number(game, 10),
        number(game, 14) == DisputeGameContract.CHALLENGER, number(game, 15) == RUNNING, deadline,
        disputedBy == gameId);
  }

  private static long number(final List<Type> values, final int i) {
    return ((BigInteger) values.get(i).getValue()).longValueExact();
  }
}
