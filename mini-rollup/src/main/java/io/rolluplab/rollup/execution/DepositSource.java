package io.rolluplab.rollup.execution;

/** The L1 deposit queue as L2 execution reads it (the Bridge's {@code DepositQueued} events). */
@FunctionalInterface
public interface DepositSource {
  /**
   * The queue entry {@code index}.
   *
   * @throws IllegalArgumentException if there is none (L1 refuses a batch naming it, so this is a bug)
   */
  Deposit deposit(long index);
}
