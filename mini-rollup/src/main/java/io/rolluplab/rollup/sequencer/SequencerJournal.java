package io.rolluplab.rollup.sequencer;

import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.state.Bytes32;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the sequencer writes down each change of its state before anyone hears of it, and what it
 * reads back when it starts again. The driver calls it at the three points its state changes (a
 * transaction accepted, a deposit queued, a block sealed) and when it lets a transaction go.
 * {@link #NONE} writes nothing: a sequencer that forgets everything when the process ends.
 */
public interface SequencerJournal {
  SequencerJournal NONE = new SequencerJournal() {};

  /** A block as written down: enough to execute it again and check it comes out the same. */
  record SavedBlock(long number, Bytes32 hash, Instant timestamp, Bytes32 stateRoot, long l1FeePerByte,
      List<BatchItem> items) {}

  /**
   * @param blocks every sealed block from genesis on, oldest first; empty on a first start
   * @param deposits every deposit queued, in queue order
   * @param pending the bodies of accepted transactions in no block yet, in the order they arrived
   */
  record Saved(List<SavedBlock> blocks, List<Deposit> deposits, List<byte[]> pending) {}

  /** What was written down before this start. */
  default Saved saved() {
    return new Saved(List.of(), List.of(), List.of());
  }

  /**
   * Called before {@code submit} returns the hash, so an acknowledged transaction is never lost: as
   * its {@code TransactionAccepted} event is published, in the same store transaction.
   */
  default void accepted(PooledTransaction tx) {}

  /** Called when the mempool drops an accepted transaction: evicted, or broken by the time it was sealed. */
  default void dropped(Bytes32 hash) {}

  /** Called as its {@code DepositQueued} event is published, in the same store transaction. */
  default void depositQueued(Deposit deposit) {}

  /**
   * Called as the block's first event is published, in the same store transaction when the events
   * go to the store's log (so a restart finds both or neither), and before its other events;
   * genesis included, without events.
   */
  default void sealed(L2Block block) {}

  /**
   * Whether {@link #block}, {@link #blockNumber} and {@link #blockOfTransaction} read sealed blocks
   * back; if not, the sequencer keeps every block in memory.
   */
  default boolean readsBack() {
    return false;
  }

  /** Sealed block {@code number} as it was sealed, receipts and all. */
  default Optional<L2Block> block(long number) {
    return Optional.empty();
  }

  /** The number of the sealed block with this hash. */
  default Optional<Long> blockNumber(Bytes32 blockHash) {
    return Optional.empty();
  }

  /** The number of the block that sealed this transaction. */
  default Optional<Long> blockOfTransaction(Bytes32 txHash) {
    return Optional.empty();
  }
}
