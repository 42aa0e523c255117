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
import io.rolluplab.rollup.state.L2State;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
}
