package io.rolluplab.rollup.sequencer;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.execution.DepositSource;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The L1 deposit queue as the sequencer sees it: every deposit by index (execution looks them up)
 * and those not yet in a block, in queue order. L1 refuses a batch that skips or reorders deposits,
 * so the queue only takes the next index: a gap means a missed {@code DepositQueued} log, a bug.
 */
final class DepositQueue implements DepositSource {
  /** Copied on write: the sequencer's loop reads it while executing a block, outside the lock that guards adding. */
  private final List<Deposit> all = new CopyOnWriteArrayList<>();
  private final Deque<Deposit> waiting = new ArrayDeque<>();

  /**
   * Adds the next deposit; the same deposit again (a log seen twice) is ignored.
   *
   * @return whether it was new
   * @throws IllegalArgumentException if it is not the next index, or differs from the one known
   */
  boolean enqueue(final Deposit deposit) {
    final long index = deposit.index();
    if (index >= 0 && index < all.size()) {
      if (!all.get((int) index).equals(deposit)) {
        throw new IllegalArgumentException("deposit #" + index + " is already queued with other fields: "
            + all.get((int) index) + ", now " + deposit);
      }
      return false;
    }
    if (index != all.size()) {
      throw new IllegalArgumentException("deposit #" + index + " arrived, but the next in L1 queue order is #"
          + all.size() + ": deposits are taken in order, without gaps");
    }
    all.add(deposit);
    waiting.add(deposit);
    return true;
  }

  @Override
  public Deposit deposit(final long index) {
    if (index < 0 || index >= all.size()) {
      throw new IllegalArgumentException("no deposit #" + index + " in the queue of " + all.size());
    }
    return all.get((int) index);
  }

  boolean hasWaiting() {
    return !waiting.isEmpty();
  }

  /** Whether the oldest waiting deposit has an index of at most {@code through}. */
  boolean hasWaitingThrough(final long through) {
    return !waiting.isEmpty() && waiting.peek().index() <= through;
  }

  int waitingCount() {
    return waiting.size();
  }

  /** The oldest waiting deposits, up to index {@code through} and {@code max} of them, left waiting. */
  List<Deposit> waitingThrough(final long through, final int max) {
    return waiting.stream().takeWhile(d -> d.index() <= through).limit(max).toList();
  }

  /** The oldest deposit not yet in a block, removed from the waiting line. */
  Deposit takeNext() {
    return waiting.remove();
  }

  /** What waiting deposits will credit to {@code address} in the next block. */
  BigInteger waitingCredit(final Address address) {
    return waiting.stream().filter(d -> d.l2To().equals(address)).map(Deposit::amount)
        .reduce(BigInteger.ZERO, BigInteger::add);
  }
}
