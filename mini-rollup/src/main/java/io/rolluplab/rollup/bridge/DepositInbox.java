package io.rolluplab.rollup.bridge;

import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;

/**
 * Where the bridge hands the deposits it sees: the sequencer's {@code enqueueDeposit}. An
 * interface, so the bridge's tests need no sequencer and the bridge cannot reach into one.
 */
@FunctionalInterface
public interface DepositInbox {
  /**
   * Queues L1 deposit {@code index} for inclusion on L2; the same deposit again is ignored.
   *
   * @throws IllegalArgumentException if {@code index} is not the next in L1 queue order
   */
  void enqueueDeposit(long index, Address l1From, Address l2To, BigInteger amount);
}
