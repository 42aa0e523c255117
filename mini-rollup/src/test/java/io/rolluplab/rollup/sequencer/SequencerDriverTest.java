package io.rolluplab.rollup.sequencer;

import static io.rolluplab.rollup.sequencer.L2Wallet.ETHER;
import static io.rolluplab.rollup.sequencer.SequencerFixture.L1_FEE_PER_BYTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.execution.Fee;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.sequencer.SequencerEvent.BlockSealed;
import io.rolluplab.rollup.sequencer.SequencerEvent.DepositIncluded;
import io.rolluplab.rollup.sequencer.SequencerEvent.DepositQueued;
import io.rolluplab.rollup.sequencer.SequencerEvent.SequencerPaused;
import io.rolluplab.rollup.sequencer.SequencerEvent.SequencerResumed;
import io.rolluplab.rollup.sequencer.SequencerEvent.TransactionAccepted;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.L2State;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SequencerDriverTest {
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");
  private final SequencerFixture f = new SequencerFixture();
  private final L2Wallet alice = L2Wallet.of(1, SequencerFixture.CHAIN_ID);

  @Test
  void sealsABlockOnlyOnceTheIntervalSinceTheHeadHasPassed() {
    f.sequencer.enqueueDeposit(0, SequencerFixture.L1_USER, BOB, BigInteger.ONE);

    f.clock.advance(SequencerConfig.DEFAULT_BLOCK_INTERVAL.minus(Duration.ofMillis(1)));
    f.sequencer.tick();
    assertThat(f.sequencer.head().number()).isZero();

    f.clock.advance(Duration.ofMillis(1));
    f.sequencer.tick();
    assertThat(f.sequencer.head().number()).isEqualTo(1);
    assertThat(f.sequencer.head().timestamp()).isEqualTo(f.clock.instant());
  }

  @Test
  void sealsNoEmptyBlocks() {
    f.clock.advance(Duration.ofMinutes(1));
    f.sequencer.tick();
    assertThat(f.sequencer.head().number()).isZero();
  }

  @Test
  void aPausedSequencerAcceptsTransactionsButSealsNothingUntilResumed() throws Exception {
    f.fund(BigInteger.ONE, alice);
    f.sequencer.pause();
    f.sequencer.submit(alice.transfer(0, BOB, BigInteger.ONE));
    f.sealNextBlock();
    assertThat(f.sequencer.head().number()).isEqualTo(1);

    f.sequencer.resume();
    f.sequencer.tick();
    assertThat(f.sequencer.head().transactions()).hasSize(1);
  }

  @Test
  void refusesTransitionsItsStateDoesNotAllow() {
    assertThatThrownBy(f.sequencer::resume).hasMessage("cannot resume the sequencer: it is RUNNING, not PAUSED");
    f.sequencer.stop();
    assertThatThrownBy(f.sequencer::pause).hasMessage("cannot pause the sequencer: it is STOPPED, not RUNNING");
  }

  @Test
  void recordsTheFeeSplitAndMovesBalances() throws Exception {
    f.fund(BigInteger.ONE, alice);
    final byte[] tx = alice.transfer(0, BOB, ETHER.divide(BigInteger.TEN), 2);
    f.sequencer.submit(tx);
    f.sealNextBlock();

    final L2Block block = f.sequencer.head();
    final L2Receipt receipt = block.transactions().get(0).receipt();
    final BigInteger price = Fee.L2_BASE_FEE.multiply(BigInteger.valueOf(3)); // base 1 gwei + tip 2 gwei
    assertThat(receipt.fee().execution()).isEqualTo(price.multiply(Fee.TRANSFER_GAS));
    assertThat(receipt.fee().l1Data()).isEqualTo(BigInteger.valueOf(L1_FEE_PER_BYTE * tx.length));
    assertThat(receipt.effectiveGasPrice()).isEqualTo(price);
    assertThat(block.l1FeePerByte()).isEqualTo(L1_FEE_PER_BYTE);
    assertThat(f.sequencer.account(BOB, false).balance()).isEqualTo(ETHER.divide(BigInteger.TEN));
    assertThat(f.sequencer.account(alice.address(), false).balance())
        .isEqualTo(ETHER.subtract(ETHER.divide(BigInteger.TEN)).subtract(receipt.fee().total()));
    assertThat(f.sequencer.account(L2StateMachine.FEE_VAULT, false).balance()).isEqualTo(receipt.fee().total());
  }

  @Test
  void chainsBlocksByParentHash() throws Exception {
    f.fund(BigInteger.ONE, alice);
    f.sequencer.submit(alice.transfer(0, BOB, BigInteger.ONE));
    f.sealNextBlock();

    final L2Block head = f.sequencer.head();
    assertThat(head.number()).isEqualTo(2);
    assertThat(head.parentHash()).isEqualTo(f.sequencer.block(1).orElseThrow().hash());
    assertThat(f.sequencer.block(head.hash())).contains(head);
  }

  @Test
  void blockItemsReplayedOnAFreshStateGiveEachBlocksStateRoot() throws Exception {
    f.fund(BigInteger.ONE, alice);
    f.sequencer.submit(alice.transfer(0, BOB, BigInteger.ONE));
    f.sequencer.submit(alice.transfer(1, L2StateMachine.WITHDRAWAL_ADDRESS, BigInteger.TWO));
    f.sealNextBlock();

    final L2State replay = new L2State();
    final List<io.rolluplab.rollup.execution.Deposit> deposits = new ArrayList<>();
    final L2StateMachine machine = new L2StateMachine(replay, SequencerFixture.CHAIN_ID, i -> deposits.get((int) i));
    for (long n = 1; n <= f.sequencer.head().number(); n++) {
      final L2Block block = f.sequencer.block(n).orElseThrow();
      deposits.addAll(block.deposits());
      for (final BatchItem item : block.items()) {
        assertThat(machine.apply(item, block.l1FeePerByte()).applied()).isTrue();
      }
      assertThat(replay.root()).isEqualTo(block.stateRoot());
    }
  }

  @Test
  void publishesEachStepInTheOrderItHappened() throws Exception {
    f.sequencer.enqueueDeposit(0, SequencerFixture.L1_USER, alice.address(), ETHER);
    f.sequencer.submit(alice.transfer(0, BOB, BigInteger.ONE));
    f.sequencer.pause();
    f.sequencer.resume();
    f.sealNextBlock();

    assertThat(f.events.all()).extracting(e -> (Object) e.getClass()).containsExactly(DepositQueued.class,
        TransactionAccepted.class, SequencerPaused.class, SequencerResumed.class, DepositIncluded.class,
        BlockSealed.class);
    assertThat(f.events.all()).allSatisfy(e -> assertThat(e.role()).isEqualTo("sequencer"));
    assertThat(f.events.of(BlockSealed.class).get(0).sentence()).startsWith("Sealed L2 block 1 with 1 deposit and 1 transaction;");
  }

  @Test
  void aBadConfigNamesTheField() {
    assertThatThrownBy(() -> SequencerConfig.defaults(901).withBlockInterval(Duration.ZERO))
        .hasMessage("SequencerConfig.blockInterval must be at least 1 ms, got PT0S");
    assertThatThrownBy(() -> SequencerConfig.defaults(0)).hasMessageStartingWith("SequencerConfig.l2ChainId");
  }

  /**
   * Sealing lets the sequencer's lock go while it writes the block down: a submission is accepted
   * meanwhile, and the block becomes the head only once it is written (its transaction still reads
   * as pending until then, so nobody hears of a block a crash could lose).
   */
  @Test
  void acceptsSubmissionsWhileASealedBlockIsWrittenDownAndShowsTheBlockOnlyOnceItIs() throws Exception {
    final CountDownLatch writing = new CountDownLatch(1);
    final CountDownLatch written = new CountDownLatch(1);
    final AtomicBoolean holdWrites = new AtomicBoolean();
    final SequencerJournal slowJournal = new SequencerJournal() {
      @Override
      public void sealed(final L2Block block) {
        if (holdWrites.get()) {
          writing.countDown();
          await(written);
        }
      }
    };
    final SequencerDriver sequencer = new SequencerDriver(SequencerConfig.defaults(SequencerFixture.CHAIN_ID),
        L1FeeSource.constant(L1_FEE_PER_BYTE), f.clock, f.events, slowJournal);
    sequencer.enqueueDeposit(0, SequencerFixture.L1_USER, alice.address(), ETHER);
    f.clock.advance(SequencerConfig.DEFAULT_BLOCK_INTERVAL);
    sequencer.tick();
    final Bytes32 first = sequencer.submit(alice.transfer(0, BOB, BigInteger.ONE));
    holdWrites.set(true);
    f.clock.advance(SequencerConfig.DEFAULT_BLOCK_INTERVAL);
    final ExecutorService loop = Executors.newSingleThreadExecutor();
    final ExecutorService wallet = Executors.newSingleThreadExecutor();
    try {
      final Future<?> tick = loop.submit(sequencer::tick);
      assertThat(writing.await(5, TimeUnit.SECONDS)).as("the loop is writing block 2").isTrue();

      final Future<Bytes32> second = wallet.submit(() -> sequencer.submit(alice.transfer(1, BOB, BigInteger.ONE)));
      assertThat(second.get(5, TimeUnit.SECONDS)).as("accepted while block 2 is written").isNotNull();
      assertThat(sequencer.head().number()).as("block 2 is not the head before it is written").isEqualTo(1);
      assertThat(sequencer.transaction(first)).hasValueSatisfying(t -> assertThat(t.isPending()).isTrue());

      written.countDown();
      tick.get(5, TimeUnit.SECONDS);
      assertThat(sequencer.head().number()).isEqualTo(2);
      assertThat(sequencer.transaction(first)).hasValueSatisfying(t -> assertThat(t.block().number()).isEqualTo(2));
      assertThat(sequencer.pendingCount()).as("the second transfer waits for block 3").isEqualTo(1);
    } finally {
      written.countDown();
      loop.shutdownNow();
      wallet.shutdownNow();
    }
  }

  private static void await(final CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
