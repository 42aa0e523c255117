package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.L1TestChain.ETHER;
import static io.rolluplab.rollup.contracts.RollupFixture.ALICE;
import static io.rolluplab.rollup.contracts.RollupFixture.DEPLOYER;
import static io.rolluplab.rollup.contracts.RollupFixture.FORCE_INCLUSION_DELAY;
import static io.rolluplab.rollup.contracts.RollupFixture.OUTSIDER;
import static io.rolluplab.rollup.contracts.RollupFixture.PROPOSER;
import static io.rolluplab.rollup.contracts.RollupFixture.PROVER;
import static io.rolluplab.rollup.contracts.RollupFixture.fakeRoot;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.contracts.RollupFixture.ExecutedBatch;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.Withdrawal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The zk rollup (PROPOSER is its sequencer, PROVER the verifier's registered key) and its Bridge. */
class ZkRollupTest {
  private final RollupFixture f = new RollupFixture();
  private final DevAccount sequencer = PROPOSER;
  private final Address verifier = f.chain.deploy(DEPLOYER, "MockVerifier", MockVerifierContract.constructorArgs(PROVER.address()));
  private final Address rollup = f.chain.deploy(DEPLOYER, "ZkRollup",
      ZkRollupContract.constructorArgs(verifier, sequencer.address(), FORCE_INCLUSION_DELAY));
  private final Address bridge = Address.fromHex((String) f.chain.view(rollup, ZkRollupContract.BRIDGE));

  @Test
  void batchIsCommittedProvenAndExecutedAndItsWithdrawalPaidAtOnce() {
    f.deposit(bridge, ALICE, ALICE.address(), ETHER);
    final ExecutedBatch batch = f.execute(List.of(BatchItem.deposit(0),
        RollupFixture.transfer(ALICE, 0, L2StateMachine.WITHDRAWAL_ADDRESS, ETHER.divide(BigInteger.TEN))));
    final Receipt committed = f.chain.send(sequencer, rollup, ZkRollupContract.commitBatch(batch.encoded(), 1));
    GasReport.print("commitBatch, 2 items", committed.gasUsed());
    final byte[] queueHash = (byte[]) ZkRollupContract.BATCH_COMMITTED.findIn(committed.logs()).orElseThrow().get(2).getValue();
    assertThat(queueHash).isEqualTo(f.chain.view(bridge, BridgeContract.QUEUE_HASH, Abi.uint256(1)));

    final Receipt proven = f.chain.send(OUTSIDER, rollup, prove(0, batch.postRoot(), PROVER));
    GasReport.print("proveBatch (mock proof)", proven.gasUsed());
    assertThat(ZkRollupContract.BATCH_PROVEN.findIn(proven.logs())).isPresent();
    assertThat(f.chain.view(rollup, ZkRollupContract.FINALIZED_STATE_ROOT, Abi.uint256(0))).isEqualTo(new byte[32]);
    final Receipt executed = f.chain.send(OUTSIDER, rollup, ZkRollupContract.executeBatch(0));
    assertThat(ZkRollupContract.BATCH_EXECUTED.findIn(executed.logs())).isPresent();

    final Withdrawal withdrawal = batch.outcomes().get(1).withdrawal();
    final byte[] call = BridgeContract.finalizeWithdrawal(0, withdrawal, f.l2.withdrawalProof(withdrawal.hash()));
    final BigInteger before = f.chain.balance(ALICE.address());
    f.chain.send(OUTSIDER, bridge, call);
    assertThat(f.chain.balance(ALICE.address()).subtract(before)).isEqualTo(withdrawal.amount());
    assertThat(f.chain.expectRevert(OUTSIDER, bridge, call).name()).isEqualTo("WithdrawalAlreadyFinalized");
  }

  @Test
  void wrongRootUnregisteredKeyAndMalformedProofAreRefused() {
    f.deposit(bridge, ALICE, ALICE.address(), ETHER);
    final ExecutedBatch batch = f.execute(List.of(BatchItem.deposit(0)));
    f.chain.send(sequencer, rollup, ZkRollupContract.commitBatch(batch.encoded(), 1));

    final byte[] signedForTheTrueRoot = proof(0, batch.postRoot(), PROVER);
    final ContractError wrongRoot = f.chain.expectRevert(OUTSIDER, rollup,
        ZkRollupContract.proveBatch(0, fakeRoot(1), signedForTheTrueRoot));
    assertThat(wrongRoot.name()).isEqualTo("InvalidProof");
    final ContractError wrongKey = f.chain.expectRevert(OUTSIDER, rollup, prove(0, batch.postRoot(), OUTSIDER));
    assertThat(wrongKey.name()).isEqualTo("InvalidProof");
    assertThat(wrongKey.args().get(0).getValue()).as("the signer").isEqualTo(OUTSIDER.address().toHex());
    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.proveBatch(0, batch.postRoot(), new byte[64])).name())
        .isEqualTo("MalformedProof");
    assertThat(f.chain.viewUint(rollup, ZkRollupContract.PROVEN_COUNT)).isZero();
  }

  @Test
  void phasesRunInOrder() {
    final byte[] anyProof = new byte[65];
    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.proveBatch(0, fakeRoot(0), anyProof)).name())
        .isEqualTo("UnknownBatch");
    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.proveBatch(1, fakeRoot(0), anyProof)).name())
        .isEqualTo("NotNextToProve");
    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.executeBatch(0)).name()).isEqualTo("NotProven");
    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.executeBatch(1)).name()).isEqualTo("NotNextToExecute");
    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.BATCH_OF.encode(Abi.uint256(0))).name()).isEqualTo("UnknownBatch");
  }

  @Test
  void onlyTheSequencerCommitsUntilADepositIsOverdueThenAnyoneMustIncludeIt() {
    f.deposit(bridge, ALICE, ALICE.address(), ETHER);
    final byte[] deposit = new io.rolluplab.rollup.batch.BatchData(1, List.of(BatchItem.deposit(0))).encode();
    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.commitBatch(deposit, 1)).name()).isEqualTo("NotSequencer");
    f.chain.nextBlockAfter(FORCE_INCLUSION_DELAY + 1);
    final byte[] other = new io.rolluplab.rollup.batch.BatchData(1, List.of(new BatchItem(new byte[] {1}))).encode();
    assertThat(f.chain.expectRevert(OUTSIDER, rollup, ZkRollupContract.commitBatch(other, 0)).name()).isEqualTo("DepositOverdue");
    final Receipt forced = f.chain.send(OUTSIDER, rollup, ZkRollupContract.commitBatch(deposit, 1));
    assertThat(ZkRollupContract.BATCH_COMMITTED.findIn(forced.logs())).isPresent();
  }

  @Test
  void verifierNamesItsProverAndChecksSignaturesDirectly() {
    assertThat(f.chain.view(verifier, MockVerifierContract.PROVER)).isEqualTo(PROVER.address().toHex());
    final Bytes32 hash = fakeRoot(42);
    f.chain.call(verifier, MockVerifierContract.VERIFY, Abi.bytes32(hash), Abi.bytes(MockVerifierContract.mockProof(hash, PROVER.keyPair())));
  }

  /** proveBatch with {@code key}'s signature over the public inputs this rollup will compute. */
  private byte[] prove(final long batchIndex, final Bytes32 postRoot, final DevAccount key) {
    return ZkRollupContract.proveBatch(batchIndex, postRoot, proof(batchIndex, postRoot, key));
  }

  /** The mock proof: {@code key}'s signature over the public inputs of committed batch {@code batchIndex}. */
  private byte[] proof(final long batchIndex, final Bytes32 postRoot, final DevAccount key) {
    final byte[] preRoot = batchIndex == 0 ? new byte[32] : batchField(batchIndex - 1, 2);
    final Bytes32 inputs = Bytes32.wrap((byte[]) f.chain.view(rollup, ZkRollupContract.PUBLIC_INPUT_HASH,
        Abi.bytes32(Bytes32.wrap(preRoot)), Abi.bytes32(postRoot),
        Abi.bytes32(Bytes32.wrap(batchField(batchIndex, 0))), Abi.bytes32(Bytes32.wrap(batchField(batchIndex, 1)))));
    return MockVerifierContract.mockProof(inputs, key.keyPair());
  }

  /** Field {@code i} of ZkRollup.Batch: 0 dataHash, 1 depositQueueHash, 2 postStateRoot. */
  private byte[] batchField(final long batchIndex, final int i) {
    return (byte[]) f.chain.call(rollup, ZkRollupContract.BATCH_OF, Abi.uint256(batchIndex)).get(i).getValue();
  }
}
