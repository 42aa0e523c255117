package io.rolluplab.rollup.prover;

import io.rolluplab.rollup.event.RollupEvent;
import io.rolluplab.rollup.state.Bytes32;

/** Every step the executor takes, one record each, with the sentence the event feed shows. */
public sealed interface ExecutorEvent extends RollupEvent {

  @Override
  default String role() {
    return "executor";
  }

  /** A proven batch is executed: its root is final, and the Bridge pays withdrawals against it. */
  record BatchExecuted(long batchIndex, Bytes32 postRoot, Bytes32 l1Tx, long l1GasUsed) implements ExecutorEvent {
    @Override
    public String sentence() {
      return "Executed batch " + batchIndex + " on L1 (executeBatch, " + l1GasUsed + " gas): its state root " + postRoot
          + " is final now, no challenge window; its withdrawals can be paid at once.";
    }
  }

  /**
   * The operator took back batches {@code [firstBatch, endBatch)} on L1 (revertBatches): the first
   * of them can never be proven, and batches are proven in order.
   */
  record BatchesReverted(long firstBatch, long endBatch, Bytes32 l1Tx, long l1GasUsed) implements ExecutorEvent {
    @Override
    public String sentence() {
      return "Reverted " + (endBatch - firstBatch == 1 ? "batch " + firstBatch : "batches " + firstBatch + " to "
          + (endBatch - 1)) + " on L1 (revertBatches, " + l1GasUsed + " gas): no proof of batch " + firstBatch
          + " can exist, and since batches are proven in order it would have stopped the chain. Its deposits are back"
          + " in the queue; its L2 blocks are committed again, without the transaction that broke a rule.";
    }
  }
}
