package io.rolluplab.rollup.proposer;

import io.rolluplab.rollup.derivation.ExecutedBatch;
import java.util.Optional;

/**
 * The state roots of a batch as computed from what L1 holds, never from the sequencer's own
 * blocks: as op-proposer proposes op-node's safe head. In the node this is the operator's
 * {@code DerivedChain}; tests pass a map.
 */
@FunctionalInterface
public interface DerivedRoots {
  /**
   * Batch {@code batchIndex} executed: its data hash, item count and roots {@code S_0 … S_n}
   * ({@code S_0} its pre-state root, {@code S_n} its post-state root; the inner ones computed when
   * a dispute first asks), or empty while its data is not derived (not posted yet, or withheld).
   */
  Optional<ExecutedBatch> of(long batchIndex);
}
