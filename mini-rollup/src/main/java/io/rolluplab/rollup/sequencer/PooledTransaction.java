package io.rolluplab.rollup.sequencer;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.execution.Fee;
import io.rolluplab.rollup.l2tx.L2Transaction;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Comparator;

/**
 * A transaction waiting in the mempool, with what ordering and admission need.
 *
 * @param body the transaction as its wallet signed it (its hash is {@code H(body)})
 * @param item what a batch will carry for it, the compact form of a standard transfer (L2-RULES.md §2)
 * @param cost value + fee at admission: what it takes from the sender's pending balance
 * @param tip what it pays per gas above the L2 base fee ({@link #tipOf}): the sequencer's income, so
 *     its ordering key; kept, not computed per comparison, since ordering the ready transactions for
 *     a block compares each sender's next one many times
 * @param arrival the mempool's arrival counter, to break ties between equal tips
 */
public record PooledTransaction(
    Bytes32 hash, byte[] body, BatchItem item, L2Transaction tx, Address sender, long nonce, BigInteger cost,
    BigInteger tip, long arrival, Instant receivedAt) {

  /** Block order: the highest tip first, then the earliest arrival. */
  static final Comparator<PooledTransaction> BLOCK_ORDER =
      Comparator.comparing(PooledTransaction::tip).reversed().thenComparingLong(PooledTransaction::arrival);

  /** What {@code tx} pays per gas above the L2 base fee. */
  static BigInteger tipOf(final L2Transaction tx) {
    return Fee.price(tx).subtract(Fee.L2_BASE_FEE);
  }
}
