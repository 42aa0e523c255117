package io.rolluplab.web.bridge;

import io.rolluplab.rollup.store.BatchTable;
import io.rolluplab.web.overview.BatchStage;
import java.util.List;
import java.util.Optional;

/**
 * Finds the batch that carries an L2 block: the newest one whose block range holds it and that was
 * not rejected (the blocks of a batch the zk sequencer took back on L1 go into a later one), else the
 * newest rejected.
 */
final class BatchLocator {
  private final List<BatchTable.Row> batches;

  /** Reads every batch of {@code table} once, for the lookups of one page or answer. */
  BatchLocator(final BatchTable table) {
    this.batches = table.range(0, Integer.MAX_VALUE);
  }

  Optional<BatchTable.Row> carrying(final long l2Block) {
    BatchTable.Row rejected = null;
    for (int i = batches.size() - 1; i >= 0; i--) {
      final BatchTable.Row row = batches.get(i);
      if (row.firstBlock() <= l2Block && l2Block <= row.lastBlock()) {
        if (BatchStage.of(row.status(), false) != BatchStage.REJECTED) {
          return Optional.of(row);
        }
        if (rejected == null) {
          rejected = row;
        }
      }
    }
    return Optional.ofNullable(rejected);
  }
}
