package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.L1TestChain.ETHER;
import static io.rolluplab.rollup.contracts.RollupFixture.ALICE;
import static io.rolluplab.rollup.contracts.RollupFixture.BOB;
import static io.rolluplab.rollup.contracts.RollupFixture.OUTSIDER;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.contracts.RollupFixture.ExecutedBatch;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.CompactProof;
import io.rolluplab.rollup.state.Withdrawal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

class BridgeTest {
  private final OptimisticFixture f = new OptimisticFixture();

  @Test
  void depositQueuesItsHashAndExtendsTheRunningQueueHash() {
    final Receipt receipt = f.deposit(f.bridge, ALICE, BOB.address(), ETHER);
    GasReport.print("deposit (first)", receipt.gasUsed());
    final List<org.web3j.abi.datatypes.Type> queued = BridgeContract.DEPOSIT_QUEUED.findIn(receipt.logs()).orElseThrow();
    assertThat(queued.get(1).getValue()).isEqualTo(ALICE.address().toHex());
    assertThat(queued.get(2).getValue()).isEqualTo(BOB.address().toHex());
    assertThat(queued.get(3).getValue()).isEqualTo(ETHER);
    final Bytes32 entry = f.deposits.get(0L).hash();
    assertThat(f.chain.view(f.bridge, BridgeContract.DEPOSIT_HASH, Abi.uint256(0))).isEqualTo(entry.toArray());
    final byte[] q1 = Hash.sha3(concat(new byte[32], entry.toArray()));
    assertThat(f.chain.view(f.bridge, BridgeContract.QUEUE_HASH, Abi.uint256(1))).isEqualTo(q1);
    assertThat(f.chain.view(f.bridge, BridgeContract.QUEUE_HASH, Abi.uint256(0))).isEqualTo(new byte[32]);
    assertThat(f.chain.viewUint(f.bridge, BridgeContract.DEPOSIT_COUNT)).isEqualTo(BigInteger.ONE);
    assertThat(f.chain.balance(f.bridge)).isEqualTo(ETHER);
    assertThat(f.chain.expectRevert(ALICE, f.bridge, BigInteger.ZERO, BridgeContract.deposit(BOB.address())).name())
        .isEqualTo("EmptyDeposit");
  }

  @Test
  void withdrawalIsPaidOnceAfterItsBatchIsFinalAndAReplayIsRefused() {
    f.fundAliceAndBob();
    final ExecutedBatch batch = f.execute(List.of(
        RollupFixture.transfer(ALICE, 0, L2StateMachine.WITHDRAWAL_ADDRESS, ETHER.divide(BigInteger.TWO))));
    final Withdrawal withdrawal = batch.outcomes().get(0).withdrawal();
    assertThat(withdrawal).as(batch.outcomes().get(0).reason()).isNotNull();
    f.propose(batch, batch.postRoot());
    final byte[] call = BridgeContract.finalizeWithdrawal(1, withdrawal, f.l2.withdrawalProof(withdrawal.hash()));
    assertThat(f.chain.expectRevert(OUTSIDER, f.bridge, call).name()).isEqualTo("BatchNotFinal");

    f.finalizeAfterWindow(0);
    f.chain.send(OUTSIDER, f.rollup, OptimisticRollupContract.finalize(1));
    final Withdrawal inflated = new Withdrawal(withdrawal.l2Sender(), withdrawal.l1Recipient(), ETHER, withdrawal.l2Nonce());
    assertThat(f.chain.expectRevert(OUTSIDER, f.bridge,
            BridgeContract.finalizeWithdrawal(1, inflated, f.l2.withdrawalProof(withdrawal.hash()))).name())
        .isEqualTo("WithdrawalNotInState");

    final BigInteger before = f.chain.balance(ALICE.address());
    final Receipt paid = f.chain.send(OUTSIDER, f.bridge, call);
    GasReport.print("finalizeWithdrawal", paid.gasUsed());
    assertThat(f.chain.balance(ALICE.address()).subtract(before)).isEqualTo(withdrawal.amount());
    assertThat(BridgeContract.WITHDRAWAL_FINALIZED_EVENT.findIn(paid.logs())).isPresent();
    assertThat(f.chain.view(f.bridge, BridgeContract.WITHDRAWAL_FINALIZED, Abi.bytes32(withdrawal.hash()))).isEqualTo(true);

    assertThat(f.chain.expectRevert(OUTSIDER, f.bridge, call).name()).isEqualTo("WithdrawalAlreadyFinalized");
  }

  /** L1 checks the proof's canonical form (L2-RULES.md §1.3): only the one proof of the leaf is accepted. */
  @Test
  void withdrawalProofsThatAreNotCanonicalAreRefused() {
    f.fundAliceAndBob();
    final ExecutedBatch batch = f.execute(List.of(
        RollupFixture.transfer(ALICE, 0, L2StateMachine.WITHDRAWAL_ADDRESS, ETHER.divide(BigInteger.TWO))));
    final Withdrawal withdrawal = batch.outcomes().get(0).withdrawal();
    f.propose(batch, batch.postRoot());
    f.finalizeAfterWindow(0);
    f.chain.send(OUTSIDER, f.rollup, OptimisticRollupContract.finalize(1));
    final CompactProof proof = f.l2.withdrawalProof(withdrawal.hash());
    final List<Bytes32> extra = new ArrayList<>(proof.siblings());
    extra.add(withdrawal.hash());
    final List<CompactProof> bad = List.of(
        new CompactProof(proof.depth(), proof.bitmap(), extra, proof.otherKey(), proof.otherValue()), // an unused sibling
        new CompactProof(proof.depth(), proof.bitmap(), proof.siblings(), Bytes32.ZERO, withdrawal.hash()), // a made-up other leaf
        new CompactProof(proof.depth() + 1, proof.bitmap(), proof.siblings(), proof.otherKey(), proof.otherValue())); // no sibling next to the end
    for (final CompactProof p : bad) {
      assertThat(f.chain.expectRevert(OUTSIDER, f.bridge, BridgeContract.finalizeWithdrawal(1, withdrawal, p)).name())
          .as("%s", p).isEqualTo("InvalidProof");
    }
    f.chain.send(OUTSIDER, f.bridge, BridgeContract.finalizeWithdrawal(1, withdrawal, proof));
  }

  /**
   * The Bridge pays a withdrawal to the L2 sender's own address. That address has a private key (it
   * signed the L2 transaction), and on a Cancun L1 an address with a key has no code, so the
   * recipient cannot refuse ETH. The payment fails only when the Bridge holds less than the amount,
   * which an honest rollup never allows: it happens once a false state root has become final. Here
   * the proposer credits Alice 3 ETH for her 1 ETH deposit and nobody challenges in time.
   */
  @Test
  void withdrawalTheBridgeCannotCoverRevertsWithPaymentFailedAndIsPaidOnceTheBridgeHoldsEnough() {
    f.deposit(f.bridge, ALICE, ALICE.address(), ETHER);
    final Deposit inflated = new Deposit(0, ALICE.address(), ALICE.address(), ETHER.multiply(BigInteger.valueOf(3)));
    f.deposits.put(0L, inflated);
    final BigInteger twoEther = ETHER.multiply(BigInteger.TWO);
    final ExecutedBatch fraud = f.execute(List.of(BatchItem.deposit(0),
        RollupFixture.transfer(ALICE, 0, L2StateMachine.WITHDRAWAL_ADDRESS, twoEther)));
    final Withdrawal withdrawal = fraud.outcomes().get(1).withdrawal();
    f.propose(fraud, fraud.postRoot());
    f.finalizeAfterWindow(0);
    final byte[] call = BridgeContract.finalizeWithdrawal(0, withdrawal, f.l2.withdrawalProof(withdrawal.hash()));

    assertThat(f.chain.expectRevert(OUTSIDER, f.bridge, call).toString())
        .isEqualTo(RollupFixture.paymentFailed(ALICE.address(), twoEther));
    assertThat(f.chain.view(f.bridge, BridgeContract.WITHDRAWAL_FINALIZED, Abi.bytes32(withdrawal.hash())))
        .as("the revert keeps the withdrawal unpaid, so it is not lost")
        .isEqualTo(false);

    f.deposit(f.bridge, BOB, BOB.address(), ETHER); // an insolvent bridge pays early withdrawers with later deposits
    f.chain.send(OUTSIDER, f.bridge, call);
    assertThat(f.chain.balance(f.bridge)).isZero();
  }

  private static byte[] concat(final byte[] a, final byte[] b) {
    final byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
