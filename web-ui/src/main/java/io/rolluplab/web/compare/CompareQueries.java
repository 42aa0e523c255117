package io.rolluplab.web.compare;

import io.rolluplab.rollup.mirror.Comparison;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.node.RollupNodeConfig;
import io.rolluplab.rollup.store.BatchTable;
import io.rolluplab.web.view.Format;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The read side of the compare page: each rollup's {@link Comparison} (read from its store) and the
 * posting gas of its recent batches.
 */
public final class CompareQueries {
  /** How many of each rollup's newest batches the over-time chart shows. */
  static final int BATCHES_SHOWN = 60;

  private final Map<String, RollupNode> rollups;

  public CompareQueries(final Map<String, RollupNode> rollups) {
    this.rollups = rollups;
  }

  public Comparisons comparisons() {
    final List<ModeFigures> modes = new ArrayList<>();
    final List<BatchCost> batches = new ArrayList<>();
    rollups.forEach((id, node) -> {
      final Comparison figures = Comparison.of(node);
      modes.add(new ModeFigures(id, figures.finalTransactions(), figures.l1GasPerTransaction(), figures.revertedL1Gas(),
          figures.medianTimeToFinality().map(d -> d.toMillis() / 1000.0).orElse(null),
          figures.medianTimeToFinality().map(d -> Format.duration(d.toSeconds())).orElse("none final yet")));
      for (final BatchTable.Row batch : node.store().batches().latest(BATCHES_SHOWN)) {
        if (batch.l1GasUsed() != null && batch.txCount() > 0) {
          batches.add(new BatchCost(id, batch.index(), batch.txCount(), batch.l1GasUsed(),
              batch.l1GasUsed() / batch.txCount()));
        }
      }
    });
    batches.sort(Comparator.comparing(BatchCost::rollup).thenComparing(BatchCost::batchIndex));
    return new Comparisons(modes, RollupNodeConfig.defaults().challengePeriod().toSeconds(), batches);
  }
}
