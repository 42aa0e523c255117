package io.rolluplab.rollup.bridge;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.contracts.ZkRollupContract;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * What the rollup on L1 says now about the state roots of its batches: batches
 * {@code [0, proposedCount)} have a root, {@code [0, finalizedCount)} are final. On a
 * {@code ZkRollup} a root is had when proven and final when executed. Read afresh on every
 * tick rather than remembered, so a restarted relayer sees exactly what a running one would, and a
 * rolled-back root is simply one that is no longer there.
 */
final class BatchRoots {
  /** The standing claim on one batch's root. */
  record Proposal(Address proposer, long challengeDeadline) {}

  private final L1Client l1;
  private final Address rollup;
  private final long proposedCount;
  private final long finalizedCount;
  private final Map<Long, Proposal> proposals = new HashMap<>();

  private BatchRoots(final L1Client l1, final Address rollup, final ContractFunction withRoot,
      final ContractFunction finalized) throws L1Exception {
    this.l1 = l1;
    this.rollup = rollup;
    this.proposedCount = count(withRoot);
    this.finalizedCount = count(finalized);
  }

  /** Reads the counters of the rollup at {@code rollup}, a {@code mode} rollup. */
  static BatchRoots read(final L1Client l1, final Address rollup, final RollupMode mode) throws L1Exception {
    return mode == RollupMode.ZK
        ? new BatchRoots(l1, rollup, ZkRollupContract.PROVEN_COUNT, ZkRollupContract.EXECUTED_COUNT)
        : new BatchRoots(l1, rollup, OptimisticRollupContract.PROPOSED_COUNT, OptimisticRollupContract.FINALIZED_COUNT);
  }

  /**
   * Zk mode: the proven root of {@code batchIndex}, as {@code ZkRollup.stateRoot(i)} holds it.
   *
   * @throws IllegalStateException if the batch has no proven root now
   */
  Bytes32 provenRoot(final long batchIndex) throws L1Exception {
    if (!hasRoot(batchIndex)) {
      throw new IllegalStateException("batch " + batchIndex + " has no proven root on L1 (only the first "
          + proposedCount + " have); ask hasRoot first");
    }
    final byte[] out = l1.call(rollup, ZkRollupContract.STATE_ROOT.encode(new Uint256(batchIndex)));
    return Bytes32.wrap((byte[]) ZkRollupContract.STATE_ROOT.decode(out).get(0).getValue());
  }

  boolean hasRoot(final long batchIndex) {
    return batchIndex < proposedCount;
  }

  boolean isFinal(final long batchIndex) {
    return batchIndex < finalizedCount;
  }

  /**
   * The proposal standing for {@code batchIndex}, as the rollup's {@code proposal(i)} holds it (with the
   * deadline a dispute the proposer won extended). Read once per {@code BatchRoots}: all withdrawals
   * of one batch share it.
   *
   * @throws IllegalStateException if the batch has no root now
   */
  Proposal proposal(final long batchIndex) throws L1Exception {
    if (!hasRoot(batchIndex)) {
      throw new IllegalStateException("batch " + batchIndex + " has no root on L1 (only the first " + proposedCount
          + " have); ask hasRoot first");
    }
    Proposal proposal = proposals.get(batchIndex);
    if (proposal == null) {
      final OptimisticRollupContract.Proposal onL1 = OptimisticRollupContract.Proposal.decode(
          OptimisticRollupContract.PROPOSAL_OF.decode(
              l1.call(rollup, OptimisticRollupContract.PROPOSAL_OF.encode(new Uint256(batchIndex)))));
      proposal = new Proposal(onL1.proposer(), onL1.challengeDeadline());
      proposals.put(batchIndex, proposal);
    }
    return proposal;
  }

  private long count(final ContractFunction counter) throws L1Exception {
    return ((BigInteger) counter.decode(l1.call(rollup, counter.encode())).get(0).getValue()).longValueExact();
  }
}
