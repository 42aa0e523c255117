package io.rolluplab.rollup.sequencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.sequencer.SequencerEvent.MempoolFull;
import io.rolluplab.rollup.sequencer.SequencerEvent.MempoolHasRoom;
import io.rolluplab.rollup.sequencer.SequencerEvent.SequencerThrottleLifted;
import io.rolluplab.rollup.sequencer.SequencerEvent.SequencerThrottled;
import io.rolluplab.rollup.sequencer.SequencerEvent.TransactionRejected;
import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * What the sequencer does when the rest of the rollup cannot keep up: it stops taking transactions
 * into blocks while the batcher lags too far behind, and refuses new ones while its mempool is full,
 * in both cases with one event at the start and one at the end instead of one per transaction.
 */
class SequencerBackpressureTest {
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");

  private final L2Wallet alice = L2Wallet.of(1, SequencerFixture.CHAIN_ID);
  /** The first L2 block the fake batcher has not posted. */
  private final AtomicLong firstUnbatched = new AtomicLong(1);
  private long nonce;

  /** Blocks of at most two items, so a few transfers make several blocks. */
  private static SequencerConfig twoItemBlocks() {
    return SequencerConfig.defaults(SequencerFixture.CHAIN_ID).withMaxItemsPerBlock(2);
  }

  private SequencerFixture throttledAt(final int maxUnbatchedItems) {
    final SequencerFixture f = new SequencerFixture(twoItemBlocks().withMaxUnbatchedItems(maxUnbatchedItems));
    f.sequencer.watchBatcher(firstUnbatched::get);
    return f;
  }

  private void submitTransfers(final SequencerFixture f, final int count) throws Exception {
    for (int i = 0; i < count; i++) {
      f.sequencer.submit(alice.transfer(nonce++, BOB, BigInteger.ONE));
    }
  }

  @Test
  void blocksTakeOnlyDepositsWhileTheBatcherLagsAndTransactionsAgainOnceItHasCaughtUpHalf() throws Exception {
    final SequencerFixture f = throttledAt(5);
    f.fund(BigInteger.ONE, alice); // block 1: 1 deposit
    submitTransfers(f, 10);
    f.sealNextBlock(); // block 2: 2 items, 3 unbatched
    f.sealNextBlock(); // block 3: 2 items, 5 unbatched
    assertThat(f.events.of(SequencerThrottled.class)).isEmpty();

    f.sealNextBlock(); // the throttle is checked before sealing: 5 ≥ 5
    f.fund(BigInteger.ONE, L2Wallet.of(2, SequencerFixture.CHAIN_ID)); // block 4: only the deposit

    assertThat(f.events.of(SequencerThrottled.class)).singleElement()
        .satisfies(t -> assertThat(t.unbatchedItems()).isEqualTo(5));
    assertThat(f.sequencer.throttled()).isTrue();
    assertThat(f.sequencer.head().number()).isEqualTo(4);
    assertThat(f.sequencer.head().transactions()).as("transactions wait while throttled").isEmpty();
    assertThat(f.sequencer.head().deposits()).as("deposits are never held back").hasSize(1);
    assertThat(f.sequencer.pendingCount()).isEqualTo(6);

    firstUnbatched.set(3); // blocks 1 and 2 posted: blocks 3 and 4 hold 3 items, more than half of 5
    f.sealNextBlock();
    assertThat(f.sequencer.head().number()).as("still throttled: nothing sealed").isEqualTo(4);

    firstUnbatched.set(4); // block 3 posted too: 1 item left
    f.sealNextBlock();

    assertThat(f.events.of(SequencerThrottleLifted.class)).singleElement()
        .satisfies(l -> assertThat(l.unbatchedItems()).isEqualTo(1));
    assertThat(f.events.of(SequencerThrottled.class)).as("no flapping").hasSize(1);
    assertThat(f.sequencer.head().number()).isEqualTo(5);
    assertThat(f.sequencer.head().transactions()).hasSize(2);
  }

  @Test
  void aRewoundBatcherCountsItsBlocksAgain() throws Exception {
    final SequencerFixture f = throttledAt(4);
    f.fund(BigInteger.ONE, alice);
    submitTransfers(f, 4);
    f.sealNextBlock();
    firstUnbatched.set(3); // blocks 1 and 2 posted: nothing is behind
    f.sealNextBlock(); // block 3: 2 items
    f.sealNextBlock();
    assertThat(f.events.of(SequencerThrottled.class)).isEmpty();

    firstUnbatched.set(1); // the batcher rewinds: blocks 1 to 3 (5 items) must be posted again
    submitTransfers(f, 1);
    f.sealNextBlock();

    assertThat(f.events.of(SequencerThrottled.class)).singleElement()
        .satisfies(t -> assertThat(t.unbatchedItems()).isEqualTo(5));
  }

  @Test
  void withoutABatcherToWatchNothingThrottles() throws Exception {
    final SequencerFixture f = new SequencerFixture(twoItemBlocks().withMaxUnbatchedItems(1));
    f.fund(BigInteger.ONE, alice);
    submitTransfers(f, 4);

    f.sealNextBlock();
    f.sealNextBlock();

    assertThat(f.sequencer.head().number()).isEqualTo(3);
    assertThat(f.events.of(SequencerThrottled.class)).isEmpty();
  }

  @Test
  void aFullMempoolRefusesWithOneEventPerEpisodeAndCountsTheRefusals() throws Exception {
    final SequencerFixture f = new SequencerFixture(twoItemBlocks().withMaxPoolSize(4));
    f.fund(BigInteger.ONE, alice);
    submitTransfers(f, 4);

    for (int retry = 0; retry < 3; retry++) {
      final byte[] fifth = alice.transfer(nonce, BOB, BigInteger.ONE);
      assertThatThrownBy(() -> f.sequencer.submit(fifth)).isInstanceOfSatisfying(TransactionRejectedException.class,
          e -> {
            assertThat(e.reason()).isEqualTo(RejectReason.POOL_FULL);
            assertThat(e.getMessage()).contains("maximum of 4 transactions").contains("send it again");
          });
    }
    assertThat(f.events.of(MempoolFull.class)).singleElement().satisfies(e -> assertThat(e.capacity()).isEqualTo(4));
    assertThat(f.events.of(TransactionRejected.class)).as("refusals are counted, not stored one by one").isEmpty();
    assertThat(f.sequencer.pendingCount()).isEqualTo(4);

    f.sealNextBlock(); // takes 2: the pool holds 2 of 4, at most three quarters

    assertThat(f.events.of(MempoolHasRoom.class)).singleElement().satisfies(r -> {
      assertThat(r.pooled()).isEqualTo(2);
      assertThat(r.refused()).isEqualTo(3);
    });
    f.sequencer.submit(alice.transfer(nonce++, BOB, BigInteger.ONE));
    assertThat(f.sequencer.pendingCount()).isEqualTo(3);
  }
}
