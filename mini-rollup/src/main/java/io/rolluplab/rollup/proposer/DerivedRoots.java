package io.rolluplab.rollup.proposer;

import io.rolluplab.rollup.state.Bytes32;
import java.util.List;
import java.util.Optional;

/**
 * The state roots of a batch as computed from what L1 holds, never from the sequencer's own
 * blocks: as op-proposer proposes op-node's safe head. In the node this is the operator's
 * {@code DerivedChain}; tests pass a map.
 */
@FunctionalInterface
public interface DerivedRoots {
  /**
   * {@code S_0 … S_n} of batch {@code batchIndex} ({@code S_0} its pre-state root, {@code S_n} its
   * post-state root, n its item count), or empty while its data is not derived (not posted yet, or
   * withheld).
   */
  Optional<List<Bytes32>> of(long batchIndex);
}
