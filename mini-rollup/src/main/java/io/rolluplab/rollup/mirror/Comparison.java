package io.rolluplab.rollup.mirror;

import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.store.BatchTable;
import io.rolluplab.rollup.store.L2BlockTable;
import io.rolluplab.rollup.store.RollupStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How one rollup instance has done so far, in the two figures a mirrored workload lets the UI put
 * side by side: what a transaction costs on L1, and how long it waits to be final.
 *
 * @param finalTransactions L2 transactions in batches that are final (optimistic: the window
 *     passed; zk: the proven batch executed)
 * @param l1GasPerTransaction the L1 gas of posting those batches, per transaction in them; only
 *     the posting, which both rollups pay alike (the proposer's roots, the proofs and the
 *     executions are events of their own), 0 before any batch is final. It includes the commits
 *     L1 took back ({@code revertedL1Gas}): their blocks were committed again, and paid twice
 * @param revertedL1Gas the L1 gas of the zk commits L1 took back ({@code revertBatches}), in all
 * @param medianTimeToFinality the median, over those transactions, of the time from the L2
 *     block that included one to its batch becoming final on the node's clock; empty before any
 */
public record Comparison(RollupMode mode, long finalTransactions, long l1GasPerTransaction, long revertedL1Gas,
    Optional<Duration> medianTimeToFinality) {

  /** The figures of {@code node}, read from its store. */
  public static Comparison of(final RollupNode node) {
    final RollupStore store = node.store();
    final String finalStatus = node.mode() == RollupMode.ZK ? "executed" : "final";
    long transactions = 0;
    long gas = 0;
    final List<Duration> waits = new ArrayList<>();
    for (final BatchTable.Row batch : store.batches().withStatus(finalStatus)) {
      transactions += batch.txCount();
      gas += batch.l1GasUsed() == null ? 0 : batch.l1GasUsed();
      final Instant finalAt = store.batches().timeline(batch.index()).stream()
          .filter(change -> change.status().equals(finalStatus)).findFirst().orElseThrow().at();
      for (final L2BlockTable.Row block : store.l2Blocks().range(batch.firstBlock(), batch.lastBlock())) {
        final Duration wait = Duration.between(Instant.ofEpochSecond(block.blockTime()), finalAt);
        for (int i = 0; i < block.txCount(); i++) {
          waits.add(wait);
        }
      }
    }
    waits.sort(null);
    // gas spent on L1 stays spent: a reverted commit's blocks are final in a later batch, which paid again
    final long reverted = store.batches().revertedL1Gas();
    gas += reverted;
    return new Comparison(node.mode(), transactions, transactions == 0 ? 0 : gas / transactions, reverted,
        waits.isEmpty() ? Optional.empty() : Optional.of(waits.get(waits.size() / 2)));
  }
}
