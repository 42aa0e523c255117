package io.rolluplab.rollup.l1;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.ContractFunction;
import java.util.function.Predicate;
import org.web3j.crypto.Credentials;

/**
 * An L1 client whose process "dies" at one kind of transaction (the batcher's batch to the inbox,
 * the mirror's {@code deposit}): just before it leaves, or just after it is mined and before anyone
 * hears back. The throw stands for the kill; the test then drops what it opened and opens it again
 * on the same data directory.
 */
public final class KilledAtCallL1 extends ForwardingL1 {
  public enum When { BEFORE_SENDING, AFTER_MINING }

  private final Predicate<L1Transaction> killing;
  private final String what;
  private final When when;

  private KilledAtCallL1(final L1Client l1, final Predicate<L1Transaction> killing, final String what,
      final When when) {
    super(l1);
    this.killing = killing;
    this.what = what;
    this.when = when;
  }

  /** Dies at a call of {@code function}. */
  public KilledAtCallL1(final L1Client l1, final ContractFunction function, final When when) {
    this(l1, tx -> function.isCalledBy(tx.data()), function.name(), when);
  }

  /** Dies at a transaction to {@code to} (a batch to the inbox). */
  public static KilledAtCallL1 atTransactionsTo(final L1Client l1, final Address to, final When when) {
    return new KilledAtCallL1(l1, tx -> to.equals(tx.to()), "transaction to " + to, when);
  }

  @Override
  public L1Receipt sendAndWait(final Credentials from, final L1Transaction tx) throws L1Exception {
    final boolean kill = killing.test(tx);
    if (kill && when == When.BEFORE_SENDING) {
      throw new IllegalStateException("killed before the " + what + " left");
    }
    final L1Receipt receipt = super.sendAndWait(from, tx);
    if (kill) {
      throw new IllegalStateException("killed after the " + what + " was mined");
    }
    return receipt;
  }
}
