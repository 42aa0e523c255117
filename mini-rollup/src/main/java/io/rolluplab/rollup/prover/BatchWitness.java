package io.rolluplab.rollup.prover;

import io.rolluplab.rollup.derivation.ExecutedBatch;
import io.rolluplab.rollup.execution.ItemOutcome;
import io.rolluplab.rollup.state.Bytes32;
import java.util.List;

/**
 * Everything a circuit for one batch consumes: the public inputs as L1 holds them, and the private
 * witness: the batch as derived from L1 data, every item's outcome with the Merkle proofs of the
 * leaves it touched ({@link io.rolluplab.rollup.execution.Witness}), and the queue hash the batch's
 * deposits chain on from.
 *
 * @param onL1 the public inputs L1 will hash: its pre-root, data hash and queue hash, and the
 *     post-root the prover derived
 * @param previousQueueHash the deposit queue hash after the previous batch (zero before the first)
 * @param items one outcome per item of the batch, in order
 */
public record BatchWitness(long batchIndex, PublicInputs onL1, Bytes32 previousQueueHash, ExecutedBatch batch,
    List<ItemOutcome> items) {

  public BatchWitness {
    items = List.copyOf(items);
  }
}
