package io.rolluplab.rollup.prover;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.derivation.DiffChain;
import io.rolluplab.rollup.derivation.L1Fact.DepositSeen;
import io.rolluplab.rollup.derivation.L1Fact.DiffCommitted;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.execution.ItemOutcome;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.execution.Witness;
import io.rolluplab.rollup.execution.Witness.AccountWitness;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.statediff.DiffExecution;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The circuit's checks on witnesses built from the derived state diffs, honest and tampered with. */
class CircuitTest {
  private static final long CHAIN_ID = 901;
  private static final BigInteger ETHER = L2Wallet.ETHER;
  private final L2Wallet alice = L2Wallet.of(1, CHAIN_ID);
  private final Address bob = L2Wallet.of(2, CHAIN_ID).address();
  private final Circuit circuit = new Circuit(CHAIN_ID);
  private final DiffChain chain = new DiffChain(CHAIN_ID);
  private final Deposit deposit = new Deposit(0, alice.address(), alice.address(), ETHER);

  @Test
  void anHonestWitnessPassesEveryCheckFromPreRootToPostRoot() {
    final BatchWitness witness = witness(alice.transfer(0, bob, BigInteger.TEN),
        alice.transfer(1, L2StateMachine.WITHDRAWAL_ADDRESS, BigInteger.ONE));

    final List<Check> checks = circuit.check(witness);

    assertThat(checks).allMatch(Check::passed);
    assertThat(checks).extracting(Check::name).contains("state diff", "deposit recipient leaf update", "signature",
        "nonce", "balance", "sender leaf update", "recipient leaf update", "withdrawal leaf written",
        "fee vault leaf update", "deposit queue hash", "post-state root", "public input hash");
    assertThat(checks.stream().filter(c -> c.name().equals("signature"))).hasSize(2)
        .allMatch(c -> c.constraints() > ConstraintCosts.ECDSA_VERIFY);
  }

  @Test
  void aReplayedTransactionFailsItsNonceAndNothingAfterItIsChecked() {
    final byte[] transfer = alice.transfer(0, bob, BigInteger.TEN);
    final List<Check> checks = circuit.check(witness(transfer, transfer));

    final Check last = checks.get(checks.size() - 1);
    assertThat(last.passed()).isFalse();
    assertThat(last.describe()).startsWith("item 2: nonce fails (nonce 0, the sender's next is 1");
  }

  @Test
  void aMerkleProofThatDoesNotMatchTheRootFailsItsUpdate() {
    final BatchWitness honest = witness(alice.transfer(0, bob, BigInteger.TEN));
    final ItemOutcome transfer = honest.execution().outcomes().get(1);
    final Witness w = transfer.witness();
    final AccountWitness richer = new AccountWitness(new Account(ETHER.multiply(BigInteger.TWO), 0), w.sender().proof());
    final ItemOutcome forged = new ItemOutcome(null, "forged", transfer.sender(), transfer.tx(), transfer.fee(), null,
        transfer.preRoot(), transfer.postRoot(),
        new Witness(richer, w.recipient(), w.withdrawal(), w.feeVault(), null, w.recipientByPrefix()));

    final DiffExecution tampered = new DiffExecution(List.of(honest.execution().outcomes().get(0), forged),
        honest.execution().diff(), honest.execution().postRoot());
    final List<Check> checks = circuit.check(with(honest, honest.onL1(), tampered));

    final Check failed = checks.stream().filter(c -> !c.passed()).findFirst().orElseThrow();
    assertThat(failed.describe()).startsWith("item 1: sender leaf update fails (the old leaf does not verify");
  }

  @Test
  void publicInputsThatDisagreeWithTheBatchFail() {
    final BatchWitness honest = witness(alice.transfer(0, bob, BigInteger.TEN));
    final PublicInputs wrongRoot = honest.onL1().withPostRoot(Bytes32.wrap(Keccak.hash(new byte[] {1})));
    final PublicInputs wrongQueue = new PublicInputs(honest.onL1().preRoot(), honest.onL1().postRoot(),
        honest.onL1().dataHash(), Bytes32.ZERO);

    assertThat(failures(with(honest, wrongRoot, honest.execution()))).containsExactly("post-state root");
    assertThat(failures(with(honest, wrongQueue, honest.execution()))).containsExactly("deposit queue hash");
  }

  @Test
  void aCommittedDiffTheTransactionsDoNotMakeFails() {
    final BatchWitness honest = witness(alice.transfer(0, bob, BigInteger.TEN));
    final PublicInputs otherDiff = new PublicInputs(honest.onL1().preRoot(), honest.onL1().postRoot(),
        Bytes32.wrap(Keccak.hash(new byte[] {2})), honest.onL1().depositQueueHash());

    final List<String> failed = failures(with(honest, otherDiff, honest.execution()));

    assertThat(failed).containsExactly("state diff");
  }

  private static BatchWitness with(final BatchWitness w, final PublicInputs onL1, final DiffExecution execution) {
    return new BatchWitness(w.batchIndex(), onL1, w.previousQueueHash(), w.depositsAfter(), w.transactions(),
        w.preRoot(), execution);
  }

  private List<String> failures(final BatchWitness witness) {
    return circuit.check(witness).stream().filter(c -> !c.passed()).map(Check::name).toList();
  }

  /** Batch 0: deposit 0 (1 ether to Alice), then {@code bodies}; its public inputs as L1 would hold them. */
  private BatchWitness witness(final byte[]... bodies) {
    final List<BatchItem> items = new ArrayList<>(List.of(BatchItem.deposit(0)));
    for (final byte[] body : bodies) {
      items.add(new BatchItem(body));
    }
    final BatchData data = new BatchData(16, items);
    chain.accept(new DepositSeen(deposit, 1, 1_700_000_012L));
    final DiffExecution execution = chain.execute(0, data, true);
    chain.accept(new DiffCommitted(0, execution.diff(), execution.diff().hash(), 0, 1, Bytes32.ZERO, 2));
    final DiffChain.Committed batch = chain.batch(0).orElseThrow();
    final PublicInputs inputs = new PublicInputs(Bytes32.ZERO, batch.postRoot(), batch.fact().diffHash(),
        Bytes32.hashPair(Bytes32.ZERO, deposit.hash()));
    return new BatchWitness(0, inputs, Bytes32.ZERO, 1, data, batch.preRoot(), chain.execute(0, data, true));
  }
}
