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
}
