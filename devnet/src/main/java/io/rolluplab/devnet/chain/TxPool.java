package io.rolluplab.devnet.chain;

import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.state.WorldState;
import io.rolluplab.devnet.tx.BlockContext;
import io.rolluplab.devnet.tx.InvalidTransactionException;
import io.rolluplab.devnet.tx.Transaction;
import io.rolluplab.devnet.tx.TransactionProcessor;
import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Transactions that were accepted but are not in a block yet.
 *
 * <p>Validation happens on entry, by the {@link TransactionProcessor} itself: the pool keeps a
 * "pending state", a copy of the chain state with every pending transaction already applied, and
 * runs each new transaction on it. So the sender learns at once about a wrong nonce (it must be the
 * next one after its pending transactions: no gaps, no replacements), a wrong chain id, too little
 * balance or too little gas, with the broken rule's reason, and a rejected transaction changes
 * nothing. Re-using the processor means these rules are written once.
 *
 * <p>Not thread-safe; the {@link Devnet} guards it with its lock.
 */
final class TxPool {
  private final TransactionProcessor processor;
  private final List<Transaction> pending = new ArrayList<>();
  private WorldState pendingState;

  /** A pending transaction that a new block made invalid, e.g. its sender's balance is gone. */
  record Dropped(Transaction transaction, InvalidTransactionException reason) {}

  TxPool(final TransactionProcessor processor, final WorldState head) {
    this.processor = processor;
    this.pendingState = head.copy();
  }

  /**
   * Validates {@code tx} against the pending state and, if valid, adds it.
   *
   * @param nextBlock the block it would be mined into if mined now
   * @throws InvalidTransactionException with the broken rule; the pool is unchanged
   */
  void add(final Transaction tx, final BlockContext nextBlock) throws InvalidTransactionException {
    processor.process(pendingState, nextBlock, tx, Tracer.NONE);
    pending.add(tx);
  }

  /**
   * {@link #add}, but only if {@code tx} also succeeds on the pending state: one that reverts or
   * runs out of gas leaves the pool as it was.
   *
   * @return whether it was added
   * @throws InvalidTransactionException with the broken rule; the pool is unchanged
   */
  boolean addIfItSucceeds(final Transaction tx, final BlockContext nextBlock) throws InvalidTransactionException {
    final int before = pendingState.snapshot();
    if (!processor.process(pendingState, nextBlock, tx, Tracer.NONE).success()) {
      pendingState.revertTo(before);
      return false;
    }
    pending.add(tx);
    return true;
  }

  /** The pending transactions in arrival order. */
  List<Transaction> pending() {
    return List.copyOf(pending);
  }

  /** The nonce the sender's next transaction needs, counting its pending ones. */
  long nextNonce(final Address sender) {
    return pendingState.getNonce(sender);
  }

  boolean isEmpty() {
    return pending.isEmpty();
  }

  /**
   * The order in which a block takes the pending transactions: the highest tip per gas first (what
   * the block producer earns), each sender's transactions in nonce order, equal tips by arrival.
   * Transactions whose fee cap is below {@code baseFee} cannot pay it and are left out.
   */
  List<Transaction> inBlockOrder(final BigInteger baseFee) {
    return blockOrder(pending, baseFee);
  }

  /** {@link #inBlockOrder} for any list of transactions in arrival order. */
  static List<Transaction> blockOrder(final List<Transaction> pending, final BigInteger baseFee) {
    final Map<Address, Deque<Transaction>> bySender = new LinkedHashMap<>();
    for (final Transaction tx : pending) {
      bySender.computeIfAbsent(tx.sender(), a -> new ArrayDeque<>()).add(tx);
    }
    final Comparator<Deque<Transaction>> byTipOfFirst =
        Comparator.comparing((Deque<Transaction> q) -> tip(q.peekFirst(), baseFee)).reversed()
            .thenComparingInt(q -> pending.indexOf(q.peekFirst()));
    final PriorityQueue<Deque<Transaction>> queues = new PriorityQueue<>(byTipOfFirst);
    bySender.values().forEach(queues::add);
    final List<Transaction> ordered = new ArrayList<>();
    while (!queues.isEmpty()) {
      final Deque<Transaction> next = queues.poll();
      final Transaction tx = next.pollFirst();
      if (tx.maxFeePerGas().compareTo(baseFee) < 0) {
        continue; // its later nonces cannot go before it, so the whole sender waits
      }
      ordered.add(tx);
      if (!next.isEmpty()) {
        queues.add(next);
      }
    }
    return ordered;
  }

  /** EIP-1559 effective tip: the priority fee, capped by what the fee cap leaves above the base fee. */
  private static BigInteger tip(final Transaction tx, final BigInteger baseFee) {
    return tx.maxPriorityFeePerGas().min(tx.maxFeePerGas().subtract(baseFee));
  }

  /**
   * Moves to a new chain head: the transactions that {@code left} (mined, or rejected by the
   * block) are forgotten, and the rest are re-validated as by {@link #restore}.
   */
  List<Dropped> advance(final WorldState head, final List<Transaction> left, final BlockContext nextBlock) {
    final List<Transaction> waiting = new ArrayList<>(pending);
    waiting.removeAll(left);
    return restore(head, waiting, nextBlock);
  }

  /**
   * Starts over from {@code head} with {@code waiting} as the pending transactions, re-validating
   * each on a fresh copy of the head state; those no longer valid are dropped and returned.
   */
  List<Dropped> restore(final WorldState head, final List<Transaction> waiting, final BlockContext nextBlock) {
    pending.clear();
    pendingState = head.copy();
    final List<Dropped> dropped = new ArrayList<>();
    for (final Transaction tx : waiting) {
      try {
        add(tx, nextBlock);
      } catch (InvalidTransactionException e) {
        dropped.add(new Dropped(tx, e));
      }
    }
    return dropped;
  }
}
