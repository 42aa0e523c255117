package io.rolluplab.rollup.batcher;

import io.rolluplab.rollup.contracts.ContractEvent;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.state.Bytes32;
import java.util.Optional;

/**
 * How a batch goes to L1: the one thing the batcher does differently for the two rollups.
 * Everything else (packing, recording before sending, looking on L1 after a crash, forced deposits)
 * is the same: both contracts consume deposits alike ({@code RollupInbox}), emit one log per
 * accepted batch with its index and the hash of what was posted, and count their batches with
 * {@code batchCount()}.
 */
public interface BatchPosting {
  /** {@code OptimisticRollup.postBatch} with the batch data; under the withheld-data fault, {@code postBatchCommitment}. */
  BatchPosting OPTIMISTIC = new BatchPosting() {
    @Override
    public byte[] call(final Batch batch) {
      return OptimisticRollupContract.postBatch(batch.data(), batch.depositCount());
    }

    @Override
    public Optional<byte[]> hashOnlyCall(final Batch batch) {
      return Optional.of(OptimisticRollupContract.postBatchCommitment(batch.dataHash()));
    }

    @Override
    public ContractEvent acceptedEvent() {
      return OptimisticRollupContract.BATCH_DATA_ACCEPTED;
    }

    @Override
    public Bytes32 postedHash(final Batch batch) {
      return batch.dataHash();
    }

    @Override
    public int postedBytes(final Batch batch) {
      return batch.data().length;
    }
  };

  /** The call data that posts {@code batch} with its data. */
  byte[] call(Batch batch);

  /** The call data that posts only {@code batch}'s hash (withheld-data fault), if the rollup has such a call. */
  Optional<byte[]> hashOnlyCall(Batch batch);

  /** The log L1 emits for an accepted batch: its first field is the batch index, its second {@link #postedHash}. */
  ContractEvent acceptedEvent();

  /** The hash L1 keeps of what {@link #call} posts for {@code batch}. */
  Bytes32 postedHash(Batch batch);

  /** How many bytes of data {@link #call} posts for {@code batch}. */
  int postedBytes(Batch batch);

  /**
   * The call that takes back every unproven batch, where others may commit batches too and so take
   * the index a recorded batch was meant for (the zk rollup: anyone may commit once a deposit is
   * overdue). Empty where only the operator's batcher key may post (the optimistic rollup).
   */
  default Optional<byte[]> takeBackCall() {
    return Optional.empty();
  }

  /**
   * Whether batch {@code batchIndex} can be posted now; a posting that needs to know the state
   * before the batch waits until it has derived the batches before it from L1.
   */
  default boolean ready(final long batchIndex) {
    return true;
  }
}
