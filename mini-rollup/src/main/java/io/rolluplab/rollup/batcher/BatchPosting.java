package io.rolluplab.rollup.batcher;

import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.contracts.ZkRollupContract;
import java.util.Optional;

/**
 * How a batch goes to L1: the one thing the batcher does differently for the two rollups.
 * Everything else (packing, recording before sending, looking on L1 after a crash, forced deposits)
 * is the same, because both contracts read batch data alike ({@code RollupInbox}), both emit
 * {@code BatchDataAccepted} and both count their batches with {@code batchCount()}.
 */
public enum BatchPosting {
  /** {@code OptimisticRollup.postBatch}; under the withheld-data fault, {@code postBatchCommitment}. */
  OPTIMISTIC {
    @Override
    public byte[] call(final Batch batch) {
      return OptimisticRollupContract.postBatch(batch.data(), batch.depositCount());
    }

    @Override
    public Optional<byte[]> hashOnlyCall(final Batch batch) {
      return Optional.of(OptimisticRollupContract.postBatchCommitment(batch.dataHash()));
    }
  },
  /**
   * {@code ZkRollup.commitBatch}. There is no hash-only posting: the prover proves what L1 holds,
   * and a zk rollup that let data be withheld would be a validium.
   */
  ZK {
    @Override
    public byte[] call(final Batch batch) {
      return ZkRollupContract.commitBatch(batch.data(), batch.depositCount());
    }

    @Override
    public Optional<byte[]> hashOnlyCall(final Batch batch) {
      return Optional.empty();
    }
  };

  /** The call data that posts {@code batch} with its data. */
  public abstract byte[] call(Batch batch);

  /** The call data that posts only {@code batch}'s hash (withheld-data fault), if the rollup has such a call. */
  public abstract Optional<byte[]> hashOnlyCall(Batch batch);
}
