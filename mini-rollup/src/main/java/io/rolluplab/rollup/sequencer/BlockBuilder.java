package io.rolluplab.rollup.sequencer;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.event.EventSink;
import io.rolluplab.rollup.event.RollupEvent;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.execution.ItemOutcome;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.execution.Rule;
import io.rolluplab.rollup.l2tx.CompactTransfer;
import io.rolluplab.rollup.sequencer.SequencerEvent.BlockSealed;
import io.rolluplab.rollup.sequencer.SequencerEvent.DepositIncluded;
import io.rolluplab.rollup.sequencer.SequencerEvent.TransactionRejected;
import io.rolluplab.rollup.state.Bytes32;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Seals one block: the waiting deposits in queue order, then the ready transactions in block order,
 * each applied to the state by the same {@link L2StateMachine} L1's fraud proof mirrors. In four
 * steps, so that only the short ones hold the sequencer's lock: {@link #pick} the items (locked),
 * {@link #build} the block on the chain's state (not locked), {@link #takeOut} its items from the
 * queue and the mempool (locked), {@link #store} it (not locked).
 *
 * <p>Admission already checked every transaction, but against the pending state of its time: a
 * transaction that breaks a rule now is dropped (with a {@code TransactionRejected} event), never
 * sealed, and its sender's later transactions wait for the gap to fill.
 */
final class BlockBuilder {
  private final L2Chain chain;
  private final L2StateMachine machine;
  private final DepositQueue deposits;
  private final Mempool pool;
  private final EventSink events;
  private final SequencerJournal journal;

  BlockBuilder(final L2Chain chain, final L2StateMachine machine, final DepositQueue deposits, final Mempool pool,
      final EventSink events, final SequencerJournal journal) {
    this.chain = chain;
    this.machine = machine;
    this.deposits = deposits;
    this.pool = pool;
    this.events = events;
    this.journal = journal;
  }

  /** What a block will hold, picked under the sequencer's lock: deposits in queue order, then transactions in block order. */
  record Picked(Instant now, long l1FeePerByte, List<Deposit> deposits, List<PooledTransaction> transactions) {}

  /**
   * A block executed, and the transactions it dropped: they broke a rule by the time they were sealed
   * (a pooled transaction's rule and reason).
   */
  record Built(L2Block block, Picked picked, List<Dropped> dropped) {}

  /** A transaction a block dropped, and why. */
  record Dropped(PooledTransaction tx, Rule rule, String reason) {}

  /**
   * Picks what the next block holds: the waiting deposits up to index {@code depositsThrough}, then
   * ready transactions, {@code maxItems} in all and at most {@code maxTransactions} of them. Nothing
   * is taken out of the queue or the mempool yet: {@link #takeOut} does, once the block is built, so
   * admission meanwhile still counts them. Call it under the sequencer's lock.
   */
  Picked pick(final Instant now, final long l1FeePerByte, final int maxItems, final int maxTransactions,
      final long depositsThrough) {
    final List<Deposit> included = deposits.waitingThrough(depositsThrough, maxItems);
    final List<PooledTransaction> txs = pool.readyInBlockOrder(chain.state()::nonce,
        Math.min(maxTransactions, maxItems - included.size()));
    return new Picked(now, l1FeePerByte, included, txs);
  }

  /**
   * Executes what was picked on the chain's state, and seals the block. It needs no lock: only the
   * sequencer's loop, which calls it, touches the chain's state (admission reads a view of the
   * accounts as of the head). The block is not the chain's head yet: the caller {@link #takeOut}s
   * its items, {@link #store}s it, then appends it to the chain.
   */
  Built build(final Picked picked) {
    for (final Deposit deposit : picked.deposits()) {
      machine.applyWithoutWitness(BatchItem.deposit(deposit.index()), picked.l1FeePerByte()); // always valid
    }
    final List<L2Block.Included> txs = new ArrayList<>();
    final List<Dropped> dropped = new ArrayList<>();
    final Set<Address> droppedSenders = new HashSet<>();
    // a transaction dropped below leaves its place empty until the next block
    for (final PooledTransaction pooled : picked.transactions()) {
      if (droppedSenders.contains(pooled.sender())) {
        continue;
      }
      // the state before this item is known now: a standard transfer may name its recipient by a
      // key prefix (L2-RULES.md §2.1), and pays its L1 data fee on that shorter body
      final BatchItem item = new BatchItem(
          machine.rules().sealedBody(pooled.item().body(), pooled.tx(), machine.state()::accountByKeyPrefix));
      final ItemOutcome outcome = machine.applyWithoutWitness(item, picked.l1FeePerByte());
      if (outcome.applied()) {
        txs.add(L2Block.Included.applied(pooled.hash(), pooled.body(), item, pooled.tx(), outcome.sender(),
            picked.l1FeePerByte()));
      } else {
        droppedSenders.add(pooled.sender());
        dropped.add(new Dropped(pooled, outcome.brokenRule(), outcome.reason()));
      }
    }
    final L2Block head = chain.head();
    final L2Block block = L2Block.seal(head.number() + 1, head.hash(), picked.now(), chain.state().root(),
        picked.l1FeePerByte(), picked.deposits(), txs);
    return new Built(block, picked, dropped);
  }

  /**
   * Takes a built block's deposits out of the queue and its transactions, sealed or dropped, out of
   * the mempool; a dropped one is let go with a {@code TransactionRejected} event. Call it under the
   * sequencer's lock.
   */
  void takeOut(final Built built) {
    built.picked().deposits().forEach(d -> deposits.takeNext());
    built.block().transactions().forEach(t -> pool.remove(pool.get(t.receipt().txHash()).orElseThrow()));
    for (final Dropped drop : built.dropped()) {
      pool.remove(drop.tx());
      journal.dropped(drop.tx().hash());
      events.publish(new TransactionRejected(drop.tx().hash(), RejectReason.of(drop.rule()), drop.reason()));
    }
  }

  /**
   * Writes a sealed block down with its events: the block with its first event, in one store
   * transaction. It reads only the block, so it may run while submissions change the mempool.
   */
  void store(final L2Block block) {
    final List<RollupEvent> published = new ArrayList<>();
    block.deposits().forEach(d -> published.add(new DepositIncluded(block.number(), d)));
    published.add(new BlockSealed(block.number(), block.hash(), block.deposits().size(),
        block.transactions().size(), block.stateRoot()));
    events.publish(published.get(0), () -> journal.sealed(block));
    published.stream().skip(1).forEach(events::publish);
  }

  /**
   * Executes a block written down before a restart, item by item, and appends it. Nothing is
   * published: its events were, when it was first sealed.
   *
   * @throws IllegalStateException if an item fails, or the block comes out with another state root
   *     or hash than the one written down: the store and this code disagree on the L2's history
   */
  void replay(final SequencerJournal.SavedBlock saved) {
    final List<Deposit> included = new ArrayList<>();
    final List<L2Block.Included> txs = new ArrayList<>();
    for (final BatchItem item : saved.items()) {
      final ItemOutcome outcome = machine.applyWithoutWitness(item, saved.l1FeePerByte());
      if (!outcome.applied()) {
        throw replayFailed(saved, "item " + (included.size() + txs.size()) + " no longer applies: " + outcome.reason());
      }
      if (item.isDeposit()) {
        final Deposit next = deposits.takeNext();
        if (next.index() != item.depositIndex()) {
          throw replayFailed(saved, "it includes deposit #" + item.depositIndex() + " where #" + next.index() + " is next");
        }
        included.add(next);
      } else {
        final byte[] signed = CompactTransfer.signedBytes(item.body(), outcome.tx());
        txs.add(L2Block.Included.applied(Bytes32.wrap(Keccak.hash(signed)), signed, item, outcome.tx(),
            outcome.sender(), saved.l1FeePerByte()));
      }
    }
    final L2Block block = L2Block.seal(saved.number(), chain.head().hash(), saved.timestamp(), chain.state().root(),
        saved.l1FeePerByte(), included, txs);
    if (!block.stateRoot().equals(saved.stateRoot()) || !block.hash().equals(saved.hash())) {
      throw replayFailed(saved, "it re-executes to state root " + block.stateRoot() + " and hash " + block.hash()
          + ", but the store says " + saved.stateRoot() + " and " + saved.hash());
    }
    chain.append(block);
  }

  private static IllegalStateException replayFailed(final SequencerJournal.SavedBlock saved, final String problem) {
    return new IllegalStateException("cannot restore stored L2 block " + saved.number() + ": " + problem
        + "; the data directory was written by another version of the rules, or changed by hand."
        + " Start with a new --data-dir");
  }

}
