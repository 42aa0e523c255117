package io.rolluplab.rollup.bridge;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Log;
import io.rolluplab.rollup.l1.L1LogFilter;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.web3j.abi.datatypes.Type;

/**
 * What the {@code OptimisticRollup} on L1 says now about the state roots of its batches: batches
 * {@code [0, proposedCount)} have a root, {@code [0, finalizedCount)} are final. Read afresh on every
 * tick rather than remembered, so a restarted relayer sees exactly what a running one would, and a
 * rolled-back root is simply one that is no longer there.
 */
final class BatchRoots {
  /** The standing claim on one batch's root. */
  record Proposal(Address proposer, Bytes32 root, long challengeDeadline) {}

  private final L1Client l1;
  private final Address rollup;
  private final long fromBlock;
  private final long proposedCount;
  private final long finalizedCount;
  private final Map<Long, Proposal> proposals = new HashMap<>();

  private BatchRoots(final L1Client l1, final Address rollup, final long fromBlock) throws L1Exception {
    this.l1 = l1;
    this.rollup = rollup;
    this.fromBlock = fromBlock;
    this.proposedCount = count(OptimisticRollupContract.PROPOSED_COUNT);
    this.finalizedCount = count(OptimisticRollupContract.FINALIZED_COUNT);
  }

  /** Reads the counters of the rollup at {@code rollup}, whose logs start at L1 block {@code fromBlock}. */
  static BatchRoots read(final L1Client l1, final Address rollup, final long fromBlock) throws L1Exception {
    return new BatchRoots(l1, rollup, fromBlock);
  }

  boolean hasRoot(final long batchIndex) {
    return batchIndex < proposedCount;
  }

  boolean isFinal(final long batchIndex) {
    return batchIndex < finalizedCount;
  }

  /**
   * The proposal standing for {@code batchIndex}: the last {@code BatchProposed} log of that batch
   * (any earlier one was rolled back). Read once per {@code BatchRoots}: all withdrawals of one
   * batch share it.
   *
   * @throws IllegalStateException if the batch has no root now
   */
  Proposal proposal(final long batchIndex) throws L1Exception {
    Proposal proposal = proposals.get(batchIndex);
    if (proposal == null) {
      proposal = readProposal(batchIndex);
      proposals.put(batchIndex, proposal);
    }
    return proposal;
  }

  private Proposal readProposal(final long batchIndex) throws L1Exception {
    if (!hasRoot(batchIndex)) {
      throw new IllegalStateException("batch " + batchIndex + " has no root on L1 (only the first " + proposedCount
          + " have); ask hasRoot first");
    }
    final List<L1Log> logs = l1.logs(new L1LogFilter(rollup,
        List.of(OptimisticRollupContract.BATCH_PROPOSED.topic(), UInt256.valueOf(batchIndex)), fromBlock,
        l1.latestBlock().number()));
    if (logs.isEmpty()) {
      throw new L1Exception("the rollup says batch " + batchIndex + " has a root, but L1 returned no BatchProposed "
          + "log for it: the L1 node may prune old logs; connect to one that keeps them");
    }
    final List<Type> values = OptimisticRollupContract.BATCH_PROPOSED.decode(logs.get(logs.size() - 1).log())
        .orElseThrow(() -> new IllegalStateException("the filter asked for BatchProposed logs, got another"));
    return new Proposal(Address.fromHex((String) values.get(1).getValue()),
        Bytes32.wrap((byte[]) values.get(2).getValue()), ((BigInteger) values.get(3).getValue()).longValueExact());
  }

  private long count(final ContractFunction counter) throws L1Exception {
    return ((BigInteger) counter.decode(l1.call(rollup, counter.encode())).get(0).getValue()).longValueExact();
  }
}
