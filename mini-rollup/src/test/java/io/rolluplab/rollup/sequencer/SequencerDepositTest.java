package io.rolluplab.rollup.sequencer;

import static io.rolluplab.rollup.sequencer.L2Wallet.ETHER;
import static io.rolluplab.rollup.sequencer.SequencerFixture.L1_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.sequencer.SequencerEvent.DepositIncluded;
import io.rolluplab.rollup.sequencer.SequencerEvent.DepositQueued;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class SequencerDepositTest {
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");
  private final SequencerFixture f = new SequencerFixture();
  private final L2Wallet alice = L2Wallet.of(1, SequencerFixture.CHAIN_ID);

  @Test
  void includesDepositsInQueueOrderBeforeAnyTransaction() throws Exception {
    f.fund(BigInteger.ONE, alice);
    f.sequencer.submit(alice.transfer(0, BOB, BigInteger.ONE, 100));
    f.sequencer.enqueueDeposit(1, L1_USER, BOB, BigInteger.valueOf(10));
    f.sequencer.enqueueDeposit(2, L1_USER, alice.address(), BigInteger.valueOf(20));

    f.sealNextBlock();

    final L2Block block = f.sequencer.head();
    assertThat(block.deposits()).extracting(Deposit::index).containsExactly(1L, 2L);
    assertThat(block.items().get(0).isDeposit()).isTrue();
    assertThat(block.items().get(1).isDeposit()).isTrue();
    assertThat(block.items().get(2).isDeposit()).as("then the transaction").isFalse();
    assertThat(f.events.of(DepositIncluded.class)).extracting(e -> e.deposit().index()).containsExactly(0L, 1L, 2L);
    assertThat(f.sequencer.account(BOB, false).balance()).isEqualTo(BigInteger.valueOf(11));
  }

  @Test
  void refusesADepositThatSkipsTheQueueOrder() {
    f.sequencer.enqueueDeposit(0, L1_USER, BOB, BigInteger.ONE);

    assertThatThrownBy(() -> f.sequencer.enqueueDeposit(2, L1_USER, BOB, BigInteger.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deposit #2 arrived, but the next in L1 queue order is #1");
    assertThat(f.sequencer.waitingDeposits()).isEqualTo(1);
  }

  @Test
  void ignoresTheSameDepositQueuedTwice() {
    f.sequencer.enqueueDeposit(0, L1_USER, BOB, BigInteger.ONE);
    f.sequencer.enqueueDeposit(0, L1_USER, BOB, BigInteger.ONE);
    f.sealNextBlock();
    f.sequencer.enqueueDeposit(0, L1_USER, BOB, BigInteger.ONE);

    assertThat(f.events.of(DepositQueued.class)).hasSize(1);
    assertThat(f.sequencer.waitingDeposits()).isZero();
    assertThat(f.sequencer.account(BOB, false).balance()).isEqualTo(BigInteger.ONE);
  }

  @Test
  void refusesTheSameIndexWithOtherFields() {
    f.sequencer.enqueueDeposit(0, L1_USER, BOB, BigInteger.ONE);
    assertThatThrownBy(() -> f.sequencer.enqueueDeposit(0, L1_USER, BOB, BigInteger.TWO))
        .hasMessageContaining("already queued with other fields");
  }

  @Test
  void letsAWaitingDepositPayForATransactionInTheSameBlock() throws Exception {
    f.sequencer.enqueueDeposit(0, L1_USER, alice.address(), ETHER);
    assertThat(f.sequencer.account(alice.address(), true).balance()).isEqualTo(ETHER);

    f.sequencer.submit(alice.transfer(0, BOB, BigInteger.ONE));
    f.sealNextBlock();

    assertThat(f.sequencer.head().deposits()).hasSize(1);
    assertThat(f.sequencer.head().transactions()).hasSize(1);
  }
}
