package io.rolluplab.rollup.prover;

import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.statediff.DiffExecution;

/**
 * Everything a circuit for one batch consumes: the public inputs as L1 holds them, and the private
 * witness. L1 holds only the batch's state diff, so the transactions come from the operator's own
 * record of the batch (as zkSync's prover gets its witness from the operator's server, not from L1);
 * they are executed from the state before the batch as derived from L1's diffs, every outcome with
 * the Merkle proofs of the leaves it touched.
 *
 * @param onL1 the public inputs L1 will hash: its pre-root, the committed diff hash and queue hash,
 *     and the post-root the committed diff leads to
 * @param previousQueueHash the deposit queue hash after the previous batch (zero before the first)
 * @param depositsAfter the deposit queue position after the batch, as committed
 * @param transactions the batch's items (deposits and signed transactions), as the batcher recorded them
 * @param preRoot the state root the derived chain had before the batch
 * @param execution the items executed from that state: outcomes with proofs, and the diff they make
 */
public record BatchWitness(long batchIndex, PublicInputs onL1, Bytes32 previousQueueHash, long depositsAfter,
    BatchData transactions, Bytes32 preRoot, DiffExecution execution) {}
