package io.rolluplab.rollup.node;

import io.rolluplab.devnet.solidity.ContractArtifact;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.store.DeploymentTable;
import java.util.Arrays;
import org.web3j.crypto.Credentials;

/**
 * Where one rollup lives on L1: the {@code OptimisticRollup} and the {@code Bridge} and
 * {@code DisputeGame} its constructor creates, all in L1 block {@code l1Block}.
 */
public record RollupDeployment(Address rollup, Address bridge, Address disputeGame, long l1Block) {

  /**
   * Deploys an {@code OptimisticRollup} with {@code config}'s settings, signed by {@code operator},
   * which thereby becomes the rollup's batcher (the only address that may post batch data).
   */
  public static RollupDeployment deploy(final L1Client l1, final Credentials operator, final RollupNodeConfig config)
      throws L1Exception {
    final byte[] code = ContractArtifact.load("OptimisticRollup").creationCode();
    final byte[] args = OptimisticRollupContract.constructorArgs(config.bond(), config.challengePeriod().toSeconds(),
        config.disputeClock().toSeconds(), config.forceInclusionDelay().toSeconds(), config.l2ChainId(),
        config.revealPeriod().toSeconds());
    final byte[] initcode = Arrays.copyOf(code, code.length + args.length);
    System.arraycopy(args, 0, initcode, code.length, args.length);
    final L1Receipt receipt = l1.deploy(operator, initcode);
    final Address rollup = receipt.contractAddress();
    return new RollupDeployment(rollup, read(l1, rollup, OptimisticRollupContract.BRIDGE),
        read(l1, rollup, OptimisticRollupContract.DISPUTE_GAME), receipt.blockNumber());
  }

  /** The deployment as the store keeps it. */
  public DeploymentTable.Row toRow() {
    return new DeploymentTable.Row(rollup, bridge, disputeGame, l1Block);
  }

  public static RollupDeployment fromRow(final DeploymentTable.Row row) {
    return new RollupDeployment(row.rollup(), row.bridge(), row.disputeGame(), row.l1Block());
  }

  /** An address the rollup contract returns from {@code getter}. */
  private static Address read(final L1Client l1, final Address rollup, final ContractFunction getter)
      throws L1Exception {
    return Address.fromHex((String) getter.decode(l1.call(rollup, getter.encode())).get(0).getValue());
  }
}
