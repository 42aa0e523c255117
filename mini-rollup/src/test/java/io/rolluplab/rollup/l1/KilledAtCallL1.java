package io.rolluplab.rollup.l1;

import io.rolluplab.rollup.contracts.ContractFunction;
import org.web3j.crypto.Credentials;

/**
 * An L1 client whose process "dies" at a call of one contract function (the batcher's
 * {@code postBatch}, the mirror's {@code deposit}): just before the transaction leaves, or just
 * after it is mined and before anyone hears back. The throw stands for the kill; the test then
 * drops what it opened and opens it again on the same data directory.
 */
public final class KilledAtCallL1 extends ForwardingL1 {
  public enum When { BEFORE_SENDING, AFTER_MINING }

  private final ContractFunction function;
  private final When when;

  public KilledAtCallL1(final L1Client l1, final ContractFunction function, final When when) {
    super(l1);
    this.function = function;
    this.when = when;
  }

  @Override
  public L1Receipt sendAndWait(final Credentials from, final L1Transaction tx) throws L1Exception {
    final boolean killing = function.isCalledBy(tx.data());
    if (killing && when == When.BEFORE_SENDING) {
      throw new IllegalStateException("killed before the " + function.name() + " left");
    }
    final L1Receipt receipt = super.sendAndWait(from, tx);
    if (killing) {
      throw new IllegalStateException("killed after the " + function.name() + " was mined");
    }
    return receipt;
  }
}
