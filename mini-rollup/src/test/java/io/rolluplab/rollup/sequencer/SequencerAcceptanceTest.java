package io.rolluplab.rollup.sequencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.event.EventSink;
import io.rolluplab.rollup.event.RollupEvent;
import io.rolluplab.rollup.sequencer.SequencerEvent.TransactionAccepted;
import io.rolluplab.rollup.sequencer.SequencerEvent.TransactionRejected;
import io.rolluplab.rollup.sequencer.SequencerFixture.FakeClock;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Submissions and sealing run beside each other: a submission writes its acceptance down outside the
 * sequencer's lock (until it is written, the transaction counts for admission but no block takes
 * it), and the loop executes a block outside it.
 */
class SequencerAcceptanceTest {
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");

  private final FakeClock clock = new FakeClock();
  private final List<RollupEvent> events = new CopyOnWriteArrayList<>();
  private final L2Wallet alice = L2Wallet.of(1, SequencerFixture.CHAIN_ID);
  /** Opened by the test: until then the journal's write of an acceptance does not return. */
  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch writing = new CountDownLatch(1);
  private volatile RuntimeException storeFailure;

  private final AtomicBoolean slowedOnce = new AtomicBoolean();

  /** A journal whose first write of an acceptance waits for the test, as a slow store would, or fails. */
  private final SequencerJournal slowJournal = new SequencerJournal() {
    @Override
    public void accepted(final PooledTransaction tx) {
      if (slowedOnce.getAndSet(true)) {
        return;
      }
      writing.countDown();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (storeFailure != null) {
        throw storeFailure;
      }
    }
  };

  private final SequencerDriver sequencer = new SequencerDriver(SequencerConfig.defaults(SequencerFixture.CHAIN_ID),
      L1FeeSource.constant(SequencerFixture.L1_FEE_PER_BYTE), clock, (EventSink) events::add, slowJournal);

  private void sealNextBlock() {
    clock.advance(SequencerConfig.DEFAULT_BLOCK_INTERVAL);
    sequencer.tick();
  }

  /** Funds alice, then submits her first transfer on another thread, which waits in the journal's write. */
  private CompletableFuture<Bytes32> submitWhileTheStoreIsSlow() throws Exception {
    sequencer.enqueueDeposit(0, SequencerFixture.L1_USER, alice.address(), L2Wallet.ETHER);
    sealNextBlock();
    final byte[] first = alice.transfer(0, BOB, BigInteger.ONE);
    final CompletableFuture<Bytes32> submitted = CompletableFuture.supplyAsync(() -> {
      try {
        return sequencer.submit(first);
      } catch (TransactionRejectedException e) {
        throw new IllegalStateException(e);
      }
    });
    assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
    return submitted;
  }

  @Test
  void aTransactionWhoseAcceptanceIsBeingWrittenCountsForAdmissionButNoBlockTakesIt() throws Exception {
    final CompletableFuture<Bytes32> submitted = submitWhileTheStoreIsSlow();

    // the lock is free while the store writes: sealing and reading go on
    sealNextBlock();
    assertThat(sequencer.head().number()).as("no block for a transaction not written down yet").isEqualTo(1);
    assertThat(sequencer.account(alice.address(), true).nonce()).as("its nonce is taken").isEqualTo(1);
    assertThat(sequencer.pendingCount()).isEqualTo(1);
    // so is the next one: admitted behind it, and no block takes it ahead of it either
    sequencer.submit(alice.transfer(1, BOB, BigInteger.ONE));
    sealNextBlock();
    assertThat(sequencer.head().number()).isEqualTo(1);

    release.countDown();
    final Bytes32 hash = submitted.get(10, TimeUnit.SECONDS);
    sealNextBlock();

    assertThat(sequencer.head().transactions()).extracting(t -> t.receipt().txHash()).hasSize(2).first()
        .isEqualTo(hash);
    assertThat(events).filteredOn(TransactionAccepted.class::isInstance).hasSize(2);
  }

  @Test
  void aTransactionWhoseAcceptanceCouldNotBeWrittenLeavesTheMempool() throws Exception {
    storeFailure = new IllegalStateException("disk full");
    final CompletableFuture<Bytes32> submitted = submitWhileTheStoreIsSlow();
    release.countDown();

    assertThatThrownBy(() -> submitted.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("disk full");
    assertThat(sequencer.pendingCount()).isZero();
    assertThat(sequencer.account(alice.address(), true).nonce()).isZero();
    assertThat(events).noneMatch(TransactionAccepted.class::isInstance);
  }

  @Test
  void submissionsWhileTheLoopSealsWithoutPauseAreNeitherRefusedNorLost() throws Exception {
    final SequencerDriver fast = new SequencerDriver(SequencerConfig.defaults(SequencerFixture.CHAIN_ID),
        L1FeeSource.constant(SequencerFixture.L1_FEE_PER_BYTE), clock, (EventSink) events::add);
    final List<L2Wallet> senders = IntStream.rangeClosed(1, 4).mapToObj(i -> L2Wallet.of(i, SequencerFixture.CHAIN_ID))
        .toList();
    for (int i = 0; i < senders.size(); i++) {
      fast.enqueueDeposit(i, SequencerFixture.L1_USER, senders.get(i).address(), L2Wallet.ETHER);
    }
    final int each = 50;
    final AtomicBoolean submitting = new AtomicBoolean(true);
    final CompletableFuture<Void> loop = CompletableFuture.runAsync(() -> {
      while (submitting.get() || fast.pendingCount() > 0) {
        clock.advance(SequencerConfig.DEFAULT_BLOCK_INTERVAL);
        fast.tick();
      }
    });

    try {
      for (int nonce = 0; nonce < each; nonce++) {
        for (final L2Wallet sender : senders) {
          // the first ones while the deposit that funds the sender still waits: admission counts it
          fast.submit(sender.transfer(nonce, BOB, BigInteger.ONE));
        }
      }
    } finally {
      submitting.set(false);
    }
    loop.get(30, TimeUnit.SECONDS);

    assertThat(events).noneMatch(TransactionRejected.class::isInstance);
    for (final L2Wallet sender : senders) {
      assertThat(fast.account(sender.address(), false).nonce()).isEqualTo(each);
    }
    assertThat(fast.account(BOB, false).balance()).isEqualTo(BigInteger.valueOf((long) each * senders.size()));
  }
}
