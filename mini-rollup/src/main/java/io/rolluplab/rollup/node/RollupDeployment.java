package io.rolluplab.rollup.node;

import io.rolluplab.devnet.solidity.ContractArtifact;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batcher.BatcherKey;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.MockVerifierContract;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.contracts.ZkRollupContract;
import io.rolluplab.rollup.derivation.BatchRules;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.store.DeploymentTable;
import java.math.BigInteger;
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
 * @param inbox where the optimistic rollup's batches go; null in zk mode (its batches are calls)
 */
public record RollupDeployment(RollupMode mode, Address rollup, Address bridge, Address disputeGame,
    Address verifier, long l1Block, Inbox inbox) {

  /**
   * Where the optimistic rollup's batches are: batch i is {@code batcher}'s transaction with nonce
   * {@code firstBatcherNonce + i}, sent to {@code address}, which has no code (L2-RULES.md §2.2).
   */
  public record Inbox(Address batcher, Address address, long firstBatcherNonce) {}

  /** What the operator sends its batcher at deployment, and again whenever it has less than half of it. */
  public static final BigInteger BATCHER_FUNDING = BigInteger.TEN.pow(19);

  /**
   * Deploys the rollup {@code config.mode()} asks for, signed by {@code operator}. An
   * {@code OptimisticRollup} takes the operator's batcher key ({@link BatcherKey}) as its batcher,
   * which the operator funds; a {@code ZkRollup} makes it its sequencer (the only one that may commit batches while no
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
    final Address batcher = Address.fromHex(BatcherKey.of(operator).getAddress());
    final long firstBatcherNonce = l1.nonce(batcher);
    final L1Receipt receipt = l1.deploy(operator, initcode("OptimisticRollup",
        OptimisticRollupContract.constructorArgs(config.bond(), config.challengePeriod().toSeconds(),
            config.disputeClock().toSeconds(), config.forceInclusionDelay().toSeconds(), config.l2ChainId(),
            config.revealPeriod().toSeconds(), batcher, firstBatcherNonce)));
    final Address rollup = receipt.contractAddress();
    final RollupDeployment deployment = new RollupDeployment(RollupMode.OPTIMISTIC, rollup,
        read(l1, rollup, OptimisticRollupContract.BRIDGE), read(l1, rollup, OptimisticRollupContract.DISPUTE_GAME),
        null, receipt.blockNumber(), new Inbox(batcher, read(l1, rollup, OptimisticRollupContract.BATCH_INBOX),
            firstBatcherNonce));
    deployment.fundBatcher(l1, operator);
    return deployment;
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
        receipt.blockNumber(), null);
  }

  /**
   * Tops the batcher's account up to {@link #BATCHER_FUNDING} from the operator's when it holds
   * less than half of that (at deployment, and at each start): it pays every batch's L1 gas. An
   * operator with less than four times that on an external L1 sends a quarter of what it has. A
   * no-op in zk mode, whose batches the operator sends itself.
   */
  public void fundBatcher(final L1Client l1, final Credentials operator) throws L1Exception {
    if (inbox == null) {
      return;
    }
    final BigInteger balance = l1.balance(inbox.batcher());
    if (balance.compareTo(BATCHER_FUNDING.shiftRight(1)) < 0) {
      final BigInteger quarter = l1.balance(Address.fromHex(operator.getAddress())).shiftRight(2);
      l1.sendAndWait(operator, L1Transaction.transfer(inbox.batcher(), BATCHER_FUNDING.subtract(balance).min(quarter)));
    }
  }

  /**
   * The rules that decide what each of its batches holds (optimistic mode): the inbox, and the
   * force-inclusion delay its Bridge was created with, read from L1.
   */
  public BatchRules batchRules(final L1Client l1) throws L1Exception {
    final byte[] out = l1.call(bridge, BridgeContract.FORCE_INCLUSION_DELAY.encode());
    final long delay = ((BigInteger) BridgeContract.FORCE_INCLUSION_DELAY.decode(out).get(0).getValue()).longValueExact();
    return new BatchRules(inbox.address(), delay);
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
    return new DeploymentTable.Row(mode.name(), rollup, bridge, disputeGame, verifier, l1Block, BatchData.FORMAT,
        inbox == null ? null : inbox.batcher(), inbox == null ? null : inbox.address(),
        inbox == null ? 0 : inbox.firstBatcherNonce());
  }

  public static RollupDeployment fromRow(final DeploymentTable.Row row) {
    return new RollupDeployment(RollupMode.valueOf(row.mode()), row.rollup(), row.bridge(), row.disputeGame(),
        row.verifier(), row.l1Block(),
        row.batcher() == null ? null : new Inbox(row.batcher(), row.batchInbox(), row.firstBatcherNonce()));
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
