package io.rolluplab.rollup.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.state.L2State;
import java.math.BigInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Executing an item again with the signer an earlier execution recovered, as a derivation settles a batch. */
class L2StateMachineReapplyTest {
  private static final long CHAIN_ID = 901;
  private static final long FEE_PER_BYTE = 16;

  private final L2Wallet alice = L2Wallet.of(1, CHAIN_ID);
  private final Address bob = L2Wallet.of(2, CHAIN_ID).address();
  private final BatchItem deposit = BatchItem.deposit(0);
  private final DepositSource deposits =
      index -> new Deposit(0, alice.address(), alice.address(), L2Wallet.ETHER);
  private L2StateMachine first;
  private L2StateMachine again;

  @BeforeEach
  void fundAliceOnTwoStates() {
    first = new L2StateMachine(new L2State(), CHAIN_ID, deposits);
    again = new L2StateMachine(new L2State(), CHAIN_ID, deposits);
    first.applyWithoutWitness(deposit, FEE_PER_BYTE);
    again.applyWithoutWitness(deposit, FEE_PER_BYTE);
  }

  @Test
  void withTheSignerRecoveredBeforeItComesToTheSameStateAsCheckingTheSignature() {
    final BatchItem transfer = new BatchItem(alice.transfer(0, bob, BigInteger.ONE));
    final ItemOutcome checked = first.applyWithoutWitness(transfer, FEE_PER_BYTE);

    final ItemOutcome reapplied = again.reapplyWithoutWitness(transfer, FEE_PER_BYTE, checked.sender());

    assertThat(checked.sender()).isEqualTo(alice.address());
    assertThat(reapplied.applied()).isTrue();
    assertThat(reapplied.sender()).isEqualTo(alice.address());
    assertThat(again.state().root()).isEqualTo(first.state().root());
  }

  @Test
  void takesTheSignerOnTheCallersWordSoOnlyASignerItRecoveredItselfMayBeGiven() {
    final BatchItem transfer = new BatchItem(alice.transfer(0, bob, BigInteger.ONE));
    final Address mallory = L2Wallet.of(3, CHAIN_ID).address();

    final ItemOutcome outcome = again.reapplyWithoutWitness(transfer, FEE_PER_BYTE, mallory);

    assertThat(outcome.sender()).isEqualTo(mallory);
    assertThat(outcome.brokenRule()).isEqualTo(Rule.INSUFFICIENT_BALANCE);
    assertThat(again.state().balance(bob)).isZero();
  }

  @Test
  void withoutAKnownSignerChecksTheSignatureAgain() {
    final byte[] signed = alice.transfer(0, bob, BigInteger.ONE);
    signed[signed.length - 1] ^= 1; // s changed: the signature recovers someone else, or no one
    final BatchItem forged = new BatchItem(signed);
    final ItemOutcome checked = first.applyWithoutWitness(forged, FEE_PER_BYTE);

    final ItemOutcome reapplied = again.reapplyWithoutWitness(forged, FEE_PER_BYTE, null);

    assertThat(checked.applied()).isFalse();
    assertThat(reapplied.brokenRule()).isEqualTo(checked.brokenRule());
    assertThat(reapplied.sender()).isEqualTo(checked.sender());
    assertThat(again.state().root()).isEqualTo(first.state().root());
  }
}
