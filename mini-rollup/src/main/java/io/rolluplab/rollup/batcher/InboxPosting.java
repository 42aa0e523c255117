package io.rolluplab.rollup.batcher;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1SentTransaction;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.state.Bytes32;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.LongFunction;
import org.web3j.crypto.Credentials;

/**
 * The optimistic rollup's posting, as the OP Stack's batcher does it: the batch data is the call
 * data of a plain transaction from the batcher's own key to an inbox address without code
 * (L2-RULES.md §2.2). L1 runs nothing for it, so it costs 21,000 gas and its calldata, and refuses
 * nothing: batch i is simply the batcher's transaction with nonce {@code firstBatcherNonce + i}.
 * Sending it with that nonce is what keeps it from landing twice: a second transaction with the same
 * nonce can never be mined beside the first.
 *
 * <p>Since L1 does not refuse a batch that breaks the rules (it would count as empty), the batcher
 * asks the rollup contract first ({@code checkBatch}), as of a minute after the latest L1 block,
 * and then learns from the operator's view, derived from L1, what the batch it sent counts as.
 *
 * @param rollup the {@code OptimisticRollup}, which judges batches
 * @param inbox where batches go
 * @param firstBatcherNonce the nonce of the batcher's transaction that is batch 0
 * @param batcher the batcher's key ({@link BatcherKey})
 * @param verdicts what the operator's view made of batch i, empty until it derived it
 */
public record InboxPosting(Address rollup, Address inbox, long firstBatcherNonce, Credentials batcher,
    LongFunction<Optional<Verdict>> verdicts) implements BatchPosting {
  /** How long after the latest L1 block a batch is checked for: about when it lands, and some margin. */
  static final long LANDING_MARGIN_SECONDS = 60;

  @Override
  public Credentials signer() {
    return batcher;
  }

  @Override
  public L1Transaction transaction(final Batch batch) {
    return L1Transaction.call(inbox, batch.data()).withNonce(firstBatcherNonce + batch.index());
  }

  @Override
  public long batchCount(final L1Client l1) throws L1Exception {
    return l1.nonce(batcherAddress()) - firstBatcherNonce;
  }

  @Override
  public Optional<L1Receipt> findOnL1(final L1Client l1, final Batch batch, final long fromBlock) throws L1Exception {
    if (batchCount(l1) <= batch.index()) {
      return Optional.empty();
    }
    final long nonce = firstBatcherNonce + batch.index();
    for (final L1SentTransaction tx : l1.transactionsFrom(batcherAddress(), fromBlock, l1.latestBlock().number())) {
      if (tx.nonce() == nonce) {
        if (!inbox.equals(tx.to()) || !Arrays.equals(tx.data(), batch.data())) {
          throw new IllegalStateException("the batcher's transaction with nonce " + nonce + " (" + tx.hash() + ") is"
              + " not batch " + batch.index() + " as recorded: was the batcher's key used by something else?");
        }
        return l1.receipt(tx.hash());
      }
    }
    return Optional.empty();
  }

  @Override
  public void check(final L1Client l1, final Batch batch, final long firstDeposit) throws L1Exception {
    l1.call(rollup, OptimisticRollupContract.checkBatch(batch.data(), firstDeposit,
        l1.latestBlock().timestamp() + LANDING_MARGIN_SECONDS));
  }

  @Override
  public Bytes32 postedHash(final Batch batch) {
    return batch.dataHash();
  }

  @Override
  public int postedBytes(final Batch batch) {
    return batch.data().length;
  }

  @Override
  public Optional<Verdict> verdict(final long batchIndex) {
    return verdicts.apply(batchIndex);
  }

  @Override
  public boolean canWithhold() {
    return true;
  }

  private Address batcherAddress() {
    return Address.fromHex(batcher.getAddress());
  }
}
