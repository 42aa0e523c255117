package io.rolluplab.rollup.sequencer;

import static io.rolluplab.rollup.sequencer.L2Wallet.ETHER;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.sequencer.SequencerEvent.TransactionAccepted;
import io.rolluplab.rollup.sequencer.SequencerEvent.TransactionEvicted;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequencerMempoolTest {
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");

  private final L2Wallet alice = L2Wallet.of(1, SequencerFixture.CHAIN_ID);
  private final L2Wallet carol = L2Wallet.of(2, SequencerFixture.CHAIN_ID);
  private final L2Wallet dave = L2Wallet.of(3, SequencerFixture.CHAIN_ID);

  @Test
  void sealsTheHighestTipFirstThenTheEarliestArrival() throws Exception {
    final SequencerFixture f = new SequencerFixture();
    f.fund(BigInteger.ONE, alice, carol, dave);
    final Bytes32 aliceTx = f.sequencer.submit(alice.transfer(0, BOB, BigInteger.ONE, 1));
    final Bytes32 carolTx = f.sequencer.submit(carol.transfer(0, BOB, BigInteger.ONE, 3));
    final Bytes32 daveTx = f.sequencer.submit(dave.transfer(0, BOB, BigInteger.ONE, 1));

    f.sealNextBlock();

    assertThat(sealedHashes(f.sequencer.head())).containsExactly(carolTx, aliceTx, daveTx);
  }

  @Test
  void sealsEachSendersTransactionsInNonceOrderWhateverTheirTips() throws Exception {
    final SequencerFixture f = new SequencerFixture();
    f.fund(BigInteger.ONE, alice, carol);
    final Bytes32 first = f.sequencer.submit(alice.transfer(0, BOB, BigInteger.ONE, 1));
    final Bytes32 second = f.sequencer.submit(alice.transfer(1, BOB, BigInteger.ONE, 5));
    final Bytes32 carolTx = f.sequencer.submit(carol.transfer(0, BOB, BigInteger.ONE, 3));

    f.sealNextBlock();

    assertThat(sealedHashes(f.sequencer.head())).containsExactly(carolTx, first, second);
  }

  @Test
  void holdsBackATransactionBehindANonceGapUntilTheGapFills() throws Exception {
    final SequencerFixture f = new SequencerFixture();
    f.fund(BigInteger.ONE, alice);
    final long headBefore = f.sequencer.head().number();

    final Bytes32 ahead = f.sequencer.submit(alice.transfer(1, BOB, BigInteger.ONE));
    f.sealNextBlock();

    assertThat(f.events.of(TransactionAccepted.class).get(0).heldForNonceGap()).isTrue();
    assertThat(f.sequencer.head().number()).as("nothing is ready, so no block").isEqualTo(headBefore);
    assertThat(f.sequencer.account(alice.address(), true).nonce()).isZero();

    final Bytes32 gapFiller = f.sequencer.submit(alice.transfer(0, BOB, BigInteger.ONE));
    f.sealNextBlock();

    assertThat(sealedHashes(f.sequencer.head())).containsExactly(gapFiller, ahead);
    assertThat(f.sequencer.account(alice.address(), false).nonce()).isEqualTo(2);
  }

  @Test
  void evictsAHeldBackTransactionWhoseGapDoesNotFillInTime() throws Exception {
    final SequencerFixture f = new SequencerFixture(
        SequencerConfig.defaults(SequencerFixture.CHAIN_ID).withNonceGapTimeout(Duration.ofSeconds(10)));
    f.fund(BigInteger.ONE, alice);
    final Bytes32 ahead = f.sequencer.submit(alice.transfer(3, BOB, BigInteger.ONE));

    f.clock.advance(Duration.ofSeconds(10));
    f.sequencer.tick();
    assertThat(f.sequencer.pendingCount()).as("not yet past the timeout").isEqualTo(1);

    f.clock.advance(Duration.ofSeconds(1));
    f.sequencer.tick();

    assertThat(f.sequencer.pendingCount()).isZero();
    assertThat(f.events.of(TransactionEvicted.class)).singleElement()
        .satisfies(e -> assertThat(e.hash()).isEqualTo(ahead))
        .satisfies(e -> assertThat(e.sentence()).contains("nonce 3 waited 11 s"));
  }

  @Test
  void searchesForTransactionsToEvictAtMostOnceASecond() throws Exception {
    final SequencerFixture f = new SequencerFixture(
        SequencerConfig.defaults(SequencerFixture.CHAIN_ID).withNonceGapTimeout(Duration.ofSeconds(10)));
    f.fund(BigInteger.ONE, alice);
    f.sequencer.submit(alice.transfer(3, BOB, BigInteger.ONE));
    f.clock.advance(Duration.ofSeconds(10));
    f.sequencer.tick(); // searched: not past the timeout yet

    f.clock.advance(Duration.ofMillis(500));
    f.sequencer.tick();
    assertThat(f.sequencer.pendingCount()).as("past the timeout, but searched half a second ago").isEqualTo(1);

    f.clock.advance(SequencerDriver.EVICTION_SCAN_INTERVAL.minusMillis(500));
    f.sequencer.tick();
    assertThat(f.sequencer.pendingCount()).isZero();
  }

  @Test
  void findsAPendingTransactionByHashBeforeItIsSealed() throws Exception {
    final SequencerFixture f = new SequencerFixture();
    f.fund(BigInteger.ONE, alice);
    final Bytes32 hash = f.sequencer.submit(alice.transfer(0, BOB, ETHER.divide(BigInteger.TEN)));

    assertThat(f.sequencer.transaction(hash)).hasValueSatisfying(t -> assertThat(t.isPending()).isTrue());
    f.sealNextBlock();
    assertThat(f.sequencer.transaction(hash)).hasValueSatisfying(t -> {
      assertThat(t.isPending()).isFalse();
      assertThat(t.block().number()).isEqualTo(f.sequencer.head().number());
    });
  }

  private static List<Bytes32> sealedHashes(final L2Block block) {
    return block.transactions().stream().map(t -> t.receipt().txHash()).toList();
  }
}
