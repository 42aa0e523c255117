package io.rolluplab.rollup.sequencer;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * Admitted transactions not yet in a block, by sender and nonce. A sender's transactions are
 * <em>ready</em> from its state nonce on, as long as the nonces run without a gap; a transaction
 * behind a gap is <em>held back</em> until the gap fills, or evicted when it has waited too long.
 * The mempool only stores and orders: the driver checks the rules before anything enters.
 *
 * <p>A transaction is <em>being stored</em> from when it is admitted until the store has committed
 * its acceptance ({@link #addBeingStored}, {@link #stored}): admission counts it (its nonce is
 * taken, its cost is spent), but no block takes it, nor any later nonce of its sender, so no block
 * holds a transaction a crash could forget was accepted.
 */
final class Mempool {
  private final Map<Address, TreeMap<Long, PooledTransaction>> bySender = new HashMap<>();
  private final Map<Bytes32, PooledTransaction> byHash = new HashMap<>();
  private final Set<Bytes32> beingStored = new HashSet<>();
  private long arrivals;

  int size() {
    return byHash.size();
  }

  boolean isEmpty() {
    return byHash.isEmpty();
  }

  Optional<PooledTransaction> get(final Bytes32 hash) {
    return Optional.ofNullable(byHash.get(hash));
  }

  boolean hasNonce(final Address sender, final long nonce) {
    final TreeMap<Long, PooledTransaction> nonces = bySender.get(sender);
    return nonces != null && nonces.containsKey(nonce);
  }

  /** The arrival number the next transaction gets: order of arrival breaks ties between equal tips. */
  long nextArrival() {
    return arrivals++;
  }

  void add(final PooledTransaction tx) {
    bySender.computeIfAbsent(tx.sender(), s -> new TreeMap<>()).put(tx.nonce(), tx);
    byHash.put(tx.hash(), tx);
  }

  /** Adds {@code tx} as being stored: admission counts it, blocks wait for {@link #stored}. */
  void addBeingStored(final PooledTransaction tx) {
    add(tx);
    beingStored.add(tx.hash());
  }

  /** Its acceptance is committed: blocks may take {@code tx} now. */
  void stored(final PooledTransaction tx) {
    beingStored.remove(tx.hash());
  }

  /** Whether a block may take {@code tx} (given it is its sender's next). */
  private boolean sealable(final PooledTransaction tx) {
    return tx != null && !beingStored.contains(tx.hash());
  }

  void remove(final PooledTransaction tx) {
    beingStored.remove(tx.hash());
    byHash.remove(tx.hash());
    final TreeMap<Long, PooledTransaction> nonces = bySender.get(tx.sender());
    nonces.remove(tx.nonce());
    if (nonces.isEmpty()) {
      bySender.remove(tx.sender());
    }
  }

  /** The nonce after the sender's ready run: its next nonce counting what is pending. */
  long pendingNonce(final Address sender, final long stateNonce) {
    final TreeMap<Long, PooledTransaction> nonces = bySender.get(sender);
    long next = stateNonce;
    while (nonces != null && nonces.containsKey(next)) {
      next++;
    }
    return next;
  }

  /** What the sender's ready transactions will take from its balance. */
  BigInteger pendingCost(final Address sender, final long stateNonce) {
    final TreeMap<Long, PooledTransaction> nonces = bySender.get(sender);
    BigInteger cost = BigInteger.ZERO;
    for (long n = stateNonce; nonces != null && nonces.containsKey(n); n++) {
      cost = cost.add(nonces.get(n).cost());
    }
    return cost;
  }

  boolean hasReady(final ToLongFunction<Address> stateNonce) {
    return bySender.entrySet().stream().anyMatch(e -> sealable(e.getValue().get(stateNonce.applyAsLong(e.getKey()))));
  }

  /**
   * The first {@code limit} ready transactions in block order: repeatedly the best of the senders'
   * next transactions (highest tip, then earliest arrival), so each sender's go in nonce order. A
   * sender's run ends before a transaction still being stored.
   */
  List<PooledTransaction> readyInBlockOrder(final ToLongFunction<Address> stateNonce, final int limit) {
    final PriorityQueue<PooledTransaction> heads = new PriorityQueue<>(PooledTransaction.BLOCK_ORDER);
    bySender.forEach((sender, nonces) -> {
      final PooledTransaction first = nonces.get(stateNonce.applyAsLong(sender));
      if (sealable(first)) {
        heads.add(first);
      }
    });
    final List<PooledTransaction> order = new ArrayList<>();
    while (!heads.isEmpty() && order.size() < limit) {
      final PooledTransaction best = heads.poll();
      order.add(best);
      final PooledTransaction next = bySender.get(best.sender()).get(best.nonce() + 1);
      if (sealable(next)) {
        heads.add(next);
      }
    }
    return order;
  }

  /** Held-back transactions that have waited longer than {@code timeout} at {@code now} (none being stored). */
  List<PooledTransaction> heldLongerThan(final Duration timeout, final Instant now, final ToLongFunction<Address> stateNonce) {
    final List<PooledTransaction> stale = new ArrayList<>();
    bySender.forEach((sender, nonces) -> {
      final long ready = pendingNonce(sender, stateNonce.applyAsLong(sender));
      for (final PooledTransaction tx : nonces.tailMap(ready, false).values()) {
        if (sealable(tx) && tx.receivedAt().plus(timeout).isBefore(now)) {
          stale.add(tx);
        }
      }
    });
    return stale;
  }
}
