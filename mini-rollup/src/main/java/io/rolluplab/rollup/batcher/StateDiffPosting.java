package io.rolluplab.rollup.batcher;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.contracts.ZkRollupContract;
import io.rolluplab.rollup.derivation.DiffChain;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Log;
import io.rolluplab.rollup.l1.L1LogFilter;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.statediff.StateDiff;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.Credentials;

/**
 * The zk rollup's posting: {@code ZkRollup.commitBatch} with the batch's state diff (L2-RULES.md
 * §5), not its transactions. The diff is what the batch's transactions change in the state L1 holds
 * before it, so it is computed from the operator's {@link DiffChain} (the state diffs derived from
 * L1), and only once that chain has every batch before this one.
 *
 * <p>L1 numbers commits in the order they arrive and emits {@code BatchCommitted} with the index and
 * the diff's hash, which is how a commit is found again. There is no withholding: the prover proves
 * a diff L1 holds, and a zk rollup that let its data be withheld would be a validium (its users
 * could not rebuild their balances from L1).
 */
public final class StateDiffPosting implements BatchPosting {
  private final Address rollup;
  private final Credentials operator;
  private final DiffChain chain;
  /** The diff of the last batch asked about, by its index and data hash: the same batch is asked about several times. */
  private Batch lastBatch;
  private StateDiff lastDiff;

  public StateDiffPosting(final Address rollup, final Credentials operator, final DiffChain chain) {
    this.rollup = rollup;
    this.operator = operator;
    this.chain = chain;
  }

  @Override
  public Credentials signer() {
    return operator;
  }

  @Override
  public L1Transaction transaction(final Batch batch) {
    return L1Transaction.call(rollup, ZkRollupContract.commitBatch(diff(batch).encode(), batch.depositCount()));
  }

  @Override
  public long batchCount(final L1Client l1) throws L1Exception {
    final byte[] out = l1.call(rollup, ZkRollupContract.BATCH_COUNT.encode());
    return ((BigInteger) ZkRollupContract.BATCH_COUNT.decode(out).get(0).getValue()).longValueExact();
  }

  /** The last {@code BatchCommitted} log at the batch's index, if it carries the batch's diff hash. */
  @Override
  public Optional<L1Receipt> findOnL1(final L1Client l1, final Batch batch, final long fromBlock) throws L1Exception {
    final Optional<L1Log> last = commitsAt(l1, batch.index(), fromBlock).stream().reduce((first, second) -> second);
    if (last.isEmpty() || !ZkRollupContract.BATCH_COMMITTED.decode(last.get().log())
        .map(v -> Bytes32.wrap((byte[]) v.get(1).getValue()).equals(postedHash(batch))).orElse(false)) {
      return Optional.empty();
    }
    return l1.receipt(last.get().transactionHash());
  }

  @Override
  public Optional<Bytes32> holderOf(final L1Client l1, final long index, final long fromBlock) throws L1Exception {
    return commitsAt(l1, index, fromBlock).stream().reduce((first, second) -> second).map(L1Log::transactionHash);
  }

  /** The {@code BatchCommitted} logs for {@code index}, oldest first; none unless L1 holds a batch there. */
  private List<L1Log> commitsAt(final L1Client l1, final long index, final long fromBlock) throws L1Exception {
    if (batchCount(l1) <= index) {
      return List.of();
    }
    return l1.logs(new L1LogFilter(rollup, List.of(ZkRollupContract.BATCH_COMMITTED.topic(), UInt256.valueOf(index)),
        fromBlock, l1.latestBlock().number()));
  }

  @Override
  public long indexOf(final L1Receipt receipt, final long intended) {
    final List<Type> committed = ZkRollupContract.BATCH_COMMITTED.findIn(receipt.logs()).orElseThrow(() ->
        new IllegalStateException("L1 transaction " + receipt.transactionHash() + " committed no batch"));
    return ((BigInteger) committed.get(0).getValue()).longValueExact();
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
