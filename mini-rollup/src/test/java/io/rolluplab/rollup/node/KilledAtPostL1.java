package io.rolluplab.rollup.node;

import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.l1.ForwardingL1;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1Transaction;
import org.web3j.crypto.Credentials;

/**
 * An L1 client whose process "dies" at the batcher's {@code postBatch}: just before the transaction
 * leaves, or just after it is mined and before anyone hears back. The throw stands for the kill;
 * the test then drops the node and opens a new one on the same data directory.
 */
final class KilledAtPostL1 extends ForwardingL1 {
  enum When { BEFORE_SENDING, AFTER_MINING }

  private final When when;

  KilledAtPostL1(final L1Client l1, final When when) {
    super(l1);
    this.when = when;
  }

  @Override
  public L1Receipt sendAndWait(final Credentials from, final L1Transaction tx) throws L1Exception {
    final boolean posting = OptimisticRollupContract.POST_BATCH.isCalledBy(tx.data());
    if (posting && when == When.BEFORE_SENDING) {
      throw new IllegalStateException("killed before the batch left");
    }
    final L1Receipt receipt = super.sendAndWait(from, tx);
    if (posting) {
      throw new IllegalStateException("killed after the batch was mined");
    }
    return receipt;
  }
}
