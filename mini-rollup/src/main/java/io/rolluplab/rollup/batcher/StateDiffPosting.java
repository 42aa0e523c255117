package io.rolluplab.rollup.batcher;

import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.contracts.ContractEvent;
import io.rolluplab.rollup.contracts.ZkRollupContract;
import io.rolluplab.rollup.derivation.DiffChain;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.statediff.StateDiff;
import java.util.Optional;

/**
 * The zk rollup's posting: {@code ZkRollup.commitBatch} with the batch's state diff (L2-RULES.md
 * §5), not its transactions. The diff is what the batch's transactions change in the state L1 holds
 * before it, so it is computed from the operator's {@link DiffChain} (the state diffs derived from
 * L1), and only once that chain has every batch before this one.
 *
 * <p>There is no hash-only posting: the prover proves a diff L1 holds, and a zk rollup that let its
 * data be withheld would be a validium (its users could not rebuild their balances from L1).
 */
public final class StateDiffPosting implements BatchPosting {
  private final DiffChain chain;
  /** The diff of the last batch asked about, by its index and data hash: the same batch is asked about several times. */
  private Batch lastBatch;
  private StateDiff lastDiff;

  public StateDiffPosting(final DiffChain chain) {
    this.chain = chain;
  }

  @Override
  public byte[] call(final Batch batch) {
    return ZkRollupContract.commitBatch(diff(batch).encode(), batch.depositCount());
  }

  @Override
  public Optional<byte[]> hashOnlyCall(final Batch batch) {
    return Optional.empty();
  }

  @Override
  public ContractEvent acceptedEvent() {
    return ZkRollupContract.BATCH_COMMITTED;
  }

  @Override
  public Bytes32 postedHash(final Batch batch) {
    return diff(batch).hash();
  }

  @Override
  public int postedBytes(final Batch batch) {
    return diff(batch).encode().length;
  }

  /** {@code ZkRollup.revertBatches}: the sequencer may take back what is not proven, whoever committed it. */
  @Override
  public Optional<byte[]> takeBackCall() {
    return Optional.of(ZkRollupContract.revertBatches());
  }

  /** Ready once the chain derived from L1 holds every batch before {@code batchIndex}. */
  @Override
  public boolean ready(final long batchIndex) {
    return chain.committedCount() >= batchIndex;
  }

  /** The state diff {@code batch}'s transactions make. */
  public StateDiff diff(final Batch batch) {
    if (lastBatch == null || lastBatch.index() != batch.index() || !lastBatch.dataHash().equals(batch.dataHash())) {
      lastDiff = chain.execute(batch.index(), BatchData.decode(batch.data()), false).diff();
      lastBatch = batch;
    }
    return lastDiff;
  }
}
