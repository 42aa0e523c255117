package io.rolluplab.rollup.derivation;

import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.CompactProof;
import java.util.Optional;

/**
 * What the withdrawal relayer needs from a chain derived from L1: which batches it has, and the
 * proof of a withdrawal leaf against a batch's post-state root. The optimistic rollup's
 * {@link DerivedChain} executes batch data; the zk rollup's {@link DiffChain} applies state diffs.
 */
public interface DerivedWithdrawals {
  /** The batches derived so far: batches 0 .. executedCount - 1. */
  long executedCount();

  /** The proof of {@code withdrawalHash} against batch {@code batchIndex}'s post-state root, if that batch wrote it. */
  Optional<CompactProof> withdrawalProof(long batchIndex, Bytes32 withdrawalHash);
}
