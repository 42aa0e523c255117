package io.rolluplab.rollup.challenger;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.derivation.BatchRules;
import io.rolluplab.rollup.derivation.ExecutedBatch;
import io.rolluplab.rollup.derivation.L1Fact;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChallengerPolicyTest {
  static final long DEADLINE = 1_700_003_600L;
  static final long BEFORE_DEADLINE = DEADLINE - 10;
  static final long AFTER_DEADLINE = DEADLINE + 1;

  /** A batch of 8 items whose root after i items is i + 1 (any distinct roots do). */
  final ExecutedBatch batch = batchOf(8);

  static ExecutedBatch batchOf(final int items) {
    final List<BatchItem> body = new ArrayList<>();
    final List<Bytes32> roots = new ArrayList<>(List.of(Bytes32.of(BigInteger.ONE)));
    for (int i = 0; i < items; i++) {
      body.add(BatchItem.deposit(i));
      roots.add(Bytes32.of(BigInteger.valueOf(i + 2)));
    }
    final BatchData data = new BatchData(16, body);
    final L1Fact.BatchSent sent = new L1Fact.BatchSent(1, data.encode(), Address.ZERO, Bytes32.ZERO, 10, 0,
        1_700_000_000L);
    return new ExecutedBatch(sent, new BatchRules.Verdict(data, 0, items, null), roots.get(0), roots.get(items),
        () -> roots, List.of());
  }

  static GameView game(final long lo, final long hi, final boolean challengersTurn) {
    return new GameView(7, 1, lo, hi, challengersTurn, true, DEADLINE, true);
  }

  @Test
  void postsItsOwnRootAtTheMidpointOnItsTurn() {
    assertThat(ChallengerPolicy.nextMove(game(4, 8, true), batch, BEFORE_DEADLINE))
        .isEqualTo(new Move.PostRoot(6, batch.root(6)));
  }

  @Test
  void provesTheItemWhenOneIsLeft() {
    assertThat(ChallengerPolicy.nextMove(game(5, 6, true), batch, BEFORE_DEADLINE)).isEqualTo(new Move.ProveItem(5));
  }

  @Test
  void waitsWhileTheProposerHasTimeAndCallsTimeoutWhenItHasNone() {
    assertThat(ChallengerPolicy.nextMove(game(0, 8, false), batch, DEADLINE)).isEqualTo(new Move.Wait());
    assertThat(ChallengerPolicy.nextMove(game(0, 8, false), batch, AFTER_DEADLINE)).isEqualTo(new Move.ClaimTimeout());
  }

  @Test
  void sendsNothingOnceItsOwnClockHasRunOut() {
    assertThat(ChallengerPolicy.nextMove(game(4, 8, true), batch, AFTER_DEADLINE)).isEqualTo(new Move.Wait());
  }

  @Test
  void abandonsAGameWhoseBatchAnotherGameRolledBack() {
    final GameView voided = new GameView(7, 1, 0, 8, false, true, DEADLINE, false);

    assertThat(ChallengerPolicy.nextMove(voided, batch, BEFORE_DEADLINE)).isEqualTo(new Move.Abandon());
  }

  @Test
  void doesNothingInAGameThatIsOver() {
    final GameView over = new GameView(7, 1, 5, 6, true, false, DEADLINE, false);

    assertThat(ChallengerPolicy.nextMove(over, batch, BEFORE_DEADLINE)).isEqualTo(new Move.Wait());
  }
}
