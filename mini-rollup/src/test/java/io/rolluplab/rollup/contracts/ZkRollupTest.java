package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.L1TestChain.ETHER;
import static io.rolluplab.rollup.contracts.RollupFixture.ALICE;
import static io.rolluplab.rollup.contracts.RollupFixture.DEPLOYER;
import static io.rolluplab.rollup.contracts.RollupFixture.FORCE_INCLUSION_DELAY;
import static io.rolluplab.rollup.contracts.RollupFixture.L2_CHAIN_ID;
import static io.rolluplab.rollup.contracts.RollupFixture.OUTSIDER;
import static io.rolluplab.rollup.contracts.RollupFixture.PROPOSER;
import static io.rolluplab.rollup.contracts.RollupFixture.PROVER;
import static io.rolluplab.rollup.contracts.RollupFixture.fakeRoot;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.L2State;
import io.rolluplab.rollup.state.Withdrawal;
import io.rolluplab.rollup.statediff.AccountIndex;
import io.rolluplab.rollup.statediff.DiffExecution;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The zk rollup (PROPOSER is its sequencer, PROVER the verifier's registered key) and its Bridge.
 * L1 never reads a state diff, so most tests commit any bytes: what L1 keeps is their hash.
 */
class ZkRollupTest {
  private static final byte[] SOME_DIFF = {1, 2, 3};
  private final RollupFixture f = new RollupFixture();
  private final DevAccount sequencer = PROPOSER;
  private final Address verifier = f.chain.deploy(DEPLOYER, "MockVerifier", MockVerifierContract.constructorArgs(PROVER.address()));
  private final Address rollup = f.chain.deploy(DEPLOYER, "ZkRollup",
      ZkRollupContract.constructorArgs(verifier, sequencer.address(), FORCE_INCLUSION_DELAY));
  private final Address bridge = Address.fromHex((String) f.chain.view(rollup, ZkRollupContract.BRIDGE));

  @Test
  void batchIsCommittedProvenAndExecutedAndItsWithdrawalPaidAtOnce() {
    f.deposit(bridge, ALICE, ALICE.address(), ETHER);
    final L2State before = f.l2.copy();
    final List<BatchItem> items = List.of(BatchItem.deposit(0),
        RollupFixture.transfer(ALICE, 0, L2StateMachine.WITHDRAWAL_ADDRESS, ETHER.divide(BigInteger.TEN)));
    final RollupFixture.ExecutedBatch batch = f.execute(items);
    final byte[] diff = DiffExecution.run(before, new AccountIndex(), L2_CHAIN_ID, f.deposits::get,
        new BatchData(RollupFixture.L1_FEE_PER_BYTE, items), false).diff().encode();
    final Receipt committed = f.chain.send(sequencer, rollup, ZkRollupContract.commitBatch(diff, 1));
    GasReport.print("commitBatch, state diff of a deposit and a withdrawal", committed.gasUsed());
    final List<Object> log = ZkRollupContract.BATCH_COMMITTED.findIn(committed.logs()).orElseThrow().stream()
        .map(v -> (Object) v.getValue()).toList();
    assertThat(log.subList(1, 4)).containsExactly(Keccak.hash(diff), BigInteger.ZERO, BigInteger.ONE);

    final Receipt proven = f.chain.send(OUTSIDER, rollup, prove(0, batch.postRoot(), diff, 1, PROVER));
    GasReport.print("proveBatch (mock proof)", proven.gasUsed());
    assertThat(ZkRollupContract.BATCH_PROVEN.findIn(proven.logs())).isPresent();
    assertThat(f.chain.view(rollup, ZkRollupContract.FINALIZED_STATE_ROOT, Abi.uint256(0))).isEqualTo(new byte[32]);
    final Receipt executed = f.chain.send(OUTSIDER, rollup, ZkRollupContract.executeBatch(0));
    assertThat(ZkRollupContract.BATCH_EXECUTED.findIn(executed.logs())).isPresent();

    final Withdrawal withdrawal = batch.outcomes().get(1).withdrawal();
    final byte[] call = BridgeContract.finalizeWithdrawal(0, withdrawal, f.l2.withdrawalProof(withdrawal.hash()));
    final BigInteger before1 = f.chain.balance(ALICE.address());
    f.chain.send(OUTSIDER, bridge, call);
    assertThat(f.chain.balance(ALICE.address()).subtract(before1)).isEqualTo(withdrawal.amount());
    assertThat(f.chain.expectRevert(OUTSIDER, bridge, call).name()).isEqualTo("WithdrawalAlreadyFinalized");
  }

  @Test
  void wrongRootWrongDiffUnregisteredKeyAndMalformedProofAreRefused() {
    f.deposit(bridge, ALICE, ALICE.address(), ETHER);
    f.chain.send(sequencer, rollup, ZkRollupContract.commitBatch(SOME_DIFF, 1));
    final Bytes32 root = fakeRoot(0);
    final Bytes32 diffHash = Bytes32.wrap(Keccak.hash(SOME_DIFF));

    final byte[] signedForTheTrueRoot = proof(0, root, diffHash, 1, PROVER);
    final ContractError wrongRoot = f.chain.expectRevert(OUTSIDER, rollup,
        ZkRollupContract.proveBatch(0, fakeRoot(1), diffHash, 1, signedForTheTrueRoot));
    assertThat(wrongRoot.name()).isEqualTo("InvalidProof");
    final Bytes32 otherDiff = Bytes32.wrap(Keccak.hash(new byte[] {9}));
    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.proveBatch(0, root, otherDiff, 1,
        proof(0, root, otherDiff, 1, PROVER))).name()).isEqualTo("NotCommitted");
    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.proveBatch(0, root, diffHash, 0,
        proof(0, root, diffHash, 0, PROVER))).name()).as("a deposit range it did not commit").isEqualTo("NotCommitted");
    final ContractError wrongKey = f.chain.expectRevert(OUTSIDER, rollup,
        ZkRollupContract.proveBatch(0, root, diffHash, 1, proof(0, root, diffHash, 1, OUTSIDER)));
    assertThat(wrongKey.name()).isEqualTo("InvalidProof");
    assertThat(wrongKey.args().get(0).getValue()).as("the signer").isEqualTo(OUTSIDER.address().toHex());
    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.proveBatch(0, root, diffHash, 1, new byte[64]))
        .name()).isEqualTo("MalformedProof");
    assertThat(f.chain.viewUint(rollup, ZkRollupContract.PROVEN_COUNT)).isZero();
  }

  @Test
  void phasesRunInOrder() {
    final byte[] anyProof = new byte[65];
    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.proveBatch(0, fakeRoot(0), Bytes32.ZERO, 0,
        anyProof)).name()).isEqualTo("UnknownBatch");
    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.proveBatch(1, fakeRoot(0), Bytes32.ZERO, 0,
        anyProof)).name()).isEqualTo("NotNextToProve");
    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.executeBatch(0)).name()).isEqualTo("NotProven");
    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.executeBatch(1)).name()).isEqualTo("NotNextToExecute");
  }

  @Test
  void onlyTheSequencerCommitsUntilADepositIsOverdueThenAnyoneMustIncludeIt() {
    f.deposit(bridge, ALICE, ALICE.address(), ETHER);
    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.commitBatch(SOME_DIFF, 1)).name())
        .isEqualTo("NotSequencer");
    f.chain.nextBlockAfter(FORCE_INCLUSION_DELAY + 1);
    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.commitBatch(SOME_DIFF, 0)).name())
        .isEqualTo("DepositOverdue");
    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.commitBatch(SOME_DIFF, 2)).name())
        .as("a deposit nobody made").isEqualTo("UnknownDeposit");
    final Receipt forced = f.chain.send(OUTSIDER, rollup, ZkRollupContract.commitBatch(SOME_DIFF, 1));
    assertThat(ZkRollupContract.BATCH_COMMITTED.findIn(forced.logs())).isPresent();
  }

  @Test
  void theSequencerRevertsTheUnprovenBatchesAndTheirDepositsGoBackToTheQueue() {
    f.deposit(bridge, ALICE, ALICE.address(), ETHER);
    f.deposit(bridge, ALICE, ALICE.address(), ETHER);
    f.chain.send(sequencer, rollup, ZkRollupContract.commitBatch(SOME_DIFF, 1));
    f.chain.send(OUTSIDER, rollup, prove(0, fakeRoot(0), SOME_DIFF, 1, PROVER));
    f.chain.send(sequencer, rollup, ZkRollupContract.commitBatch(new byte[] {4}, 1));
    f.chain.send(sequencer, rollup, ZkRollupContract.commitBatch(new byte[] {5}, 0));

    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.revertBatches()).name()).isEqualTo("NotSequencer");
    final Receipt reverted = f.chain.send(sequencer, rollup, ZkRollupContract.revertBatches());

    assertThat(ZkRollupContract.BATCHES_REVERTED.findIn(reverted.logs()).orElseThrow())
        .extracting(v -> v.getValue()).containsExactly(BigInteger.ONE, BigInteger.valueOf(3));
    assertThat(f.chain.viewUint(rollup, ZkRollupContract.BATCH_COUNT)).isEqualTo(1);
    assertThat(f.chain.viewUint(rollup, ZkRollupContract.NEXT_DEPOSIT)).as("deposit 1 is back in the queue").isEqualTo(1);
    assertThat(f.chain.expectRevert(sequencer, rollup, ZkRollupContract.revertBatches()).name()).isEqualTo("NothingToRevert");
    final byte[] again = {6};
    f.chain.send(sequencer, rollup, ZkRollupContract.commitBatch(again, 1));
    f.chain.send(OUTSIDER, rollup, prove(1, fakeRoot(1), again, 2, PROVER));
    assertThat(f.chain.viewUint(rollup, ZkRollupContract.PROVEN_COUNT)).isEqualTo(2);
  }

  @Test
  void aDepositThatARevertPutsBackIsOverdueByItsOwnQueueTimeNotByWhatTheRollupLastAskedTheBridge() {
    f.deposit(bridge, ALICE, ALICE.address(), ETHER);
    f.chain.nextBlockAfter(FORCE_INCLUSION_DELAY / 2);
    f.chain.send(sequencer, rollup, ZkRollupContract.commitBatch(SOME_DIFF, 1)); // no later deposit: safe for a whole delay
    f.chain.send(sequencer, rollup, ZkRollupContract.revertBatches());
    f.chain.nextBlockAfter(FORCE_INCLUSION_DELAY / 2 + 1);
    assertThat(f.chain.expectRevert(sequencer, rollup, ZkRollupContract.commitBatch(SOME_DIFF, 0)).toString())
        .as("deposit 0 waited longer than the delay").isEqualTo("DepositOverdue(0)");
    f.chain.send(sequencer, rollup, ZkRollupContract.commitBatch(SOME_DIFF, 1));
  }

  @Test
  void atMostMaxUnexecutedBatchesWaitForExecutionBecauseTheirCommitmentsShareARingOfSlots() {
    final long max = f.chain.viewUint(rollup, ZkRollupContract.MAX_UNEXECUTED).longValueExact();
    for (long i = 0; i < max; i++) {
      f.chain.send(sequencer, rollup, ZkRollupContract.commitBatch(new byte[] {(byte) i}, 0));
    }
    assertThat(f.chain.expectRevert(sequencer, rollup, ZkRollupContract.commitBatch(SOME_DIFF, 0)).name())
        .isEqualTo("TooManyUnexecuted");
    f.chain.send(OUTSIDER, rollup, prove(0, fakeRoot(0), new byte[] {0}, 0, PROVER));
    f.chain.send(OUTSIDER, rollup, ZkRollupContract.executeBatch(0));
    final Receipt reused = f.chain.send(sequencer, rollup, ZkRollupContract.commitBatch(SOME_DIFF, 0));
    GasReport.print("commitBatch into a reused ring slot, 3-byte diff, no deposits", reused.gasUsed());
    assertThat(f.chain.viewUint(rollup, ZkRollupContract.BATCH_COUNT)).isEqualTo(max + 1);
  }

  @Test
  void verifierNamesItsProverAndChecksSignaturesDirectly() {
    assertThat(f.chain.view(verifier, MockVerifierContract.PROVER)).isEqualTo(PROVER.address().toHex());
    final Bytes32 hash = fakeRoot(42);
    f.chain.call(verifier, MockVerifierContract.VERIFY, Abi.bytes32(hash), Abi.bytes(MockVerifierContract.mockProof(hash, PROVER.keyPair())));
  }

  /** proveBatch with {@code key}'s signature over the public inputs this rollup will compute. */
  private byte[] prove(final long batchIndex, final Bytes32 postRoot, final byte[] diff, final long depositsAfter,
      final DevAccount key) {
    final Bytes32 diffHash = Bytes32.wrap(Keccak.hash(diff));
    return ZkRollupContract.proveBatch(batchIndex, postRoot, diffHash, depositsAfter,
        proof(batchIndex, postRoot, diffHash, depositsAfter, key));
  }

  /** The mock proof: {@code key}'s signature over the public inputs of batch {@code batchIndex}. */
  private byte[] proof(final long batchIndex, final Bytes32 postRoot, final Bytes32 diffHash, final long depositsAfter,
      final DevAccount key) {
    final byte[] preRoot = batchIndex == 0 ? new byte[32]
        : (byte[]) f.chain.view(rollup, ZkRollupContract.STATE_ROOT, Abi.uint256(batchIndex - 1));
    final byte[] queueHash = (byte[]) f.chain.view(bridge, BridgeContract.QUEUE_HASH, Abi.uint256(depositsAfter));
    final Bytes32 inputs = Bytes32.wrap((byte[]) f.chain.view(rollup, ZkRollupContract.PUBLIC_INPUT_HASH,
        Abi.bytes32(Bytes32.wrap(preRoot)), Abi.bytes32(postRoot), Abi.bytes32(diffHash),
        Abi.bytes32(Bytes32.wrap(queueHash))));
    return MockVerifierContract.mockProof(inputs, key.keyPair());
  }
}
