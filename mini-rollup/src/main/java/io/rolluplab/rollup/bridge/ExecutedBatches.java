package io.rolluplab.rollup.bridge;

import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.CompactProof;
import java.util.Optional;

/**
 * The batches L1 holds, executed by the operator's own derivation of L2 from L1: where the relayer
 * learns which batch carries a withdrawal, and gets the Merkle proof the Bridge checks. It trusts
 * no sequencer for either: both come from data L1 has.
 */
public interface ExecutedBatches {

  /** How many batches, from batch 0 on, have been executed. */
  long executedCount();

  /**
   * The proof of the leaf {@code withdrawalHash} under the post-state root of {@code batchIndex},
   * or empty when that state has no such leaf.
   */
  Optional<CompactProof> withdrawalProof(long batchIndex, Bytes32 withdrawalHash);
}
