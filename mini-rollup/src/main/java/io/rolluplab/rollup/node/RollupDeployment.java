package io.rolluplab.rollup.node;

import io.rolluplab.devnet.solidity.ContractArtifact;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.MockVerifierContract;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.contracts.ZkRollupContract;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.store.DeploymentTable;
import java.util.Arrays;
import org.web3j.crypto.Credentials;

/**
 * Where one rollup lives on L1: its rollup contract and the {@code Bridge} that contract creates,
 * plus what decides its roots: the {@code DisputeGame} the {@code OptimisticRollup} creates, or the
 * {@code MockVerifier} the {@code ZkRollup} is given. The rollup was created in L1 block
 * {@code l1Block}, so no log of these contracts that a role needs is older.
 *
 * @param disputeGame the optimistic rollup's dispute game; null in zk mode
 * @param verifier the zk rollup's proof verifier; null in optimistic mode
 */
public record RollupDeployment(RollupMode mode, Address rollup, Address bridge, Address disputeGame,
    Address verifier, long l1Block) {

  /**
   * Deploys the rollup {@code config.mode()} asks for, signed by {@code operator}. An
   * {@code OptimisticRollup} makes the operator its batcher (the only address that may post batch
   * data); a {@code ZkRollup} makes it its sequencer (the only one that may commit batches while no
   * deposit is overdue), and its {@code MockVerifier} takes the operator's signatures as proofs.
   */
  public static RollupDeployment deploy(final L1Client l1, final Credentials operator, final RollupNodeConfig config)
      throws L1Exception {
    return switch (config.mode()) {
      case OPTIMISTIC -> deployOptimistic(l1, operator, config);
      case ZK -> deployZk(l1, operator, config);
    };
  }

  private static RollupDeployment deployOptimistic(final L1Client l1, final Credentials operator,
      final RollupNodeConfig config) throws L1Exception {
    final L1Receipt receipt = l1.deploy(operator, initcode("OptimisticRollup",
        OptimisticRollupContract.constructorArgs(config.bond(), config.challengePeriod().toSeconds(),
            config.disputeClock().toSeconds(), config.forceInclusionDelay().toSeconds(), config.l2ChainId(),
            config.revealPeriod().toSeconds())));
    final Address rollup = receipt.contractAddress();
    return new RollupDeployment(RollupMode.OPTIMISTIC, rollup, read(l1, rollup, OptimisticRollupContract.BRIDGE),
        read(l1, rollup, OptimisticRollupContract.DISPUTE_GAME), null, receipt.blockNumber());
  }

  private static RollupDeployment deployZk(final L1Client l1, final Credentials operator,
      final RollupNodeConfig config) throws L1Exception {
    final Address self = Address.fromHex(operator.getAddress());
    final Address verifier = l1.deploy(operator, initcode("MockVerifier", MockVerifierContract.constructorArgs(self)))
        .contractAddress();
    final L1Receipt receipt = l1.deploy(operator, initcode("ZkRollup",
        ZkRollupContract.constructorArgs(verifier, self, config.forceInclusionDelay().toSeconds())));
    final Address rollup = receipt.contractAddress();
    return new RollupDeployment(RollupMode.ZK, rollup, read(l1, rollup, ZkRollupContract.BRIDGE), null, verifier,
        receipt.blockNumber());
  }

  /** The contract's creation code followed by its constructor's arguments. */
  private static byte[] initcode(final String contract, final byte[] args) {
    final byte[] code = ContractArtifact.load(contract).creationCode();
    final byte[] initcode = Arrays.copyOf(code, code.length + args.length);
    System.arraycopy(args, 0, initcode, code.length, args.length);
    return initcode;
  }

  /** The deployment as the store keeps it. */
  /** Its row in the store: contracts deployed by this code read batches of {@link BatchData#FORMAT}. */
  public DeploymentTable.Row toRow() {
    return new DeploymentTable.Row(mode.name(), rollup, bridge, disputeGame, verifier, l1Block, BatchData.FORMAT);
  }

  public static RollupDeployment fromRow(final DeploymentTable.Row row) {
    return new RollupDeployment(RollupMode.valueOf(row.mode()), row.rollup(), row.bridge(), row.disputeGame(),
        row.verifier(), row.l1Block());
  }

  /** The name of its rollup contract, as the event feed says it. */
  public String rollupName() {
    return mode == RollupMode.ZK ? "ZkRollup" : "OptimisticRollup";
  }

  /** An address the rollup contract returns from {@code getter}. */
  private static Address read(final L1Client l1, final Address rollup, final ContractFunction getter)
      throws L1Exception {
    return Address.fromHex((String) getter.decode(l1.call(rollup, getter.encode())).get(0).getValue());
  }
}
