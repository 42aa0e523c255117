package io.rolluplab.rollup.sequencer;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.event.EventSink;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.execution.Fee;
import io.rolluplab.rollup.execution.ItemOutcome;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.sequencer.SequencerEvent.BlockSealed;
import io.rolluplab.rollup.sequencer.SequencerEvent.DepositIncluded;
import io.rolluplab.rollup.sequencer.SequencerEvent.TransactionRejected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Seals one block: the waiting deposits in queue order, then the ready transactions in block order,
 * each applied to the state by the same {@link L2StateMachine} L1's fraud proof mirrors.
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

  BlockBuilder(final L2Chain chain, final L2StateMachine machine, final DepositQueue deposits, final Mempool pool,
      final EventSink events) {
    this.chain = chain;
    this.machine = machine;
    this.deposits = deposits;
    this.pool = pool;
    this.events = events;
  }

  L2Block seal(final Instant now, final long l1FeePerByte, final int maxItems) {
    final List<Deposit> included = new ArrayList<>();
    while (deposits.hasWaiting() && included.size() < maxItems) {
      final Deposit deposit = deposits.takeNext();
      machine.apply(BatchItem.deposit(deposit.index()), l1FeePerByte); // a deposit is always valid
      included.add(deposit);
    }
    final List<L2Block.Included> txs = new ArrayList<>();
    final Set<Address> dropped = new HashSet<>();
    for (final PooledTransaction pooled : pool.readyInBlockOrder(chain.state()::nonce)) {
      if (included.size() + txs.size() == maxItems) {
        break;
      }
      if (dropped.contains(pooled.sender())) {
        continue;
      }
      pool.remove(pooled);
      final ItemOutcome outcome = machine.apply(new BatchItem(pooled.body()), l1FeePerByte);
      if (outcome.applied()) {
        txs.add(new L2Block.Included(pooled.body(), pooled.tx(), receipt(pooled, outcome)));
      } else {
        dropped.add(pooled.sender());
        events.publish(new TransactionRejected(pooled.hash(), RejectReason.of(outcome.brokenRule()), outcome.reason()));
      }
    }
    return append(now, l1FeePerByte, included, txs);
  }

  private L2Block append(final Instant now, final long l1FeePerByte, final List<Deposit> included,
      final List<L2Block.Included> txs) {
    final L2Block head = chain.head();
    final L2Block block = L2Block.seal(head.number() + 1, head.hash(), now, chain.state().root(), l1FeePerByte,
        included, txs);
    chain.append(block);
    included.forEach(d -> events.publish(new DepositIncluded(block.number(), d)));
    events.publish(new BlockSealed(block.number(), block.hash(), included.size(), txs.size(), block.stateRoot()));
    return block;
  }

  private static L2Receipt receipt(final PooledTransaction pooled, final ItemOutcome outcome) {
    return new L2Receipt(pooled.hash(), outcome.sender(), pooled.tx().to(), pooled.tx().value(), outcome.fee(),
        Fee.price(pooled.tx()), outcome.withdrawal() != null);
  }
}
