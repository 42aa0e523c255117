package io.rolluplab.rollup.sequencer;

import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.DepositTable;
import io.rolluplab.rollup.store.L2BlockTable;
import io.rolluplab.rollup.store.L2TransactionTable;
import io.rolluplab.rollup.store.RollupStore;
import java.time.Instant;
import java.util.List;

/** The sequencer's journal in the rollup's store: its L2 transaction, L2 block and deposit tables. */
public final class StoredSequencerJournal implements SequencerJournal {
  private final RollupStore store;

  public StoredSequencerJournal(final RollupStore store) {
    this.store = store;
  }

  @Override
  public Saved saved() {
    final List<SavedBlock> blocks = store.l2Blocks().all().stream().map(this::savedBlock).toList();
    final List<Deposit> deposits = store.deposits().all().stream()
        .map(d -> new Deposit(d.queueIndex(), d.l1Sender(), d.l2Recipient(), d.amount())).toList();
    final List<byte[]> pending = store.l2Transactions().withStatus("pending").stream()
        .map(L2TransactionTable.Row::raw).toList();
    return new Saved(blocks, deposits, pending);
  }

  private SavedBlock savedBlock(final L2BlockTable.Row row) {
    final List<BatchItem> items = store.l2Blocks().items(row.number()).stream().map(BatchItem::new).toList();
    return new SavedBlock(row.number(), row.hash(), Instant.ofEpochSecond(row.blockTime()), row.stateRoot(),
        row.l1FeePerByte(), items);
  }

  @Override
  public void accepted(final PooledTransaction tx) {
    store.l2Transactions().insert(new L2TransactionTable.Row(tx.hash(), tx.body(), tx.sender(), tx.nonce(), "pending",
        null, null, tx.receivedAt()));
  }

  @Override
  public void dropped(final Bytes32 hash) {
    store.l2Transactions().setDropped(hash);
  }

  @Override
  public void depositQueued(final Deposit deposit) {
    store.deposits().insert(new DepositTable.Row(deposit.index(), deposit.l1From(), deposit.l2To(), deposit.amount(),
        null, null));
  }

  /** The block and its items first, in one transaction: a restart re-executes from those alone. */
  @Override
  public void sealed(final L2Block block) {
    store.l2Blocks().insert(new L2BlockTable.Row(block.number(), block.hash(), block.parentHash(), block.stateRoot(),
        block.timestamp().getEpochSecond(), block.transactions().size(), block.l1FeePerByte()),
        block.items().stream().map(BatchItem::body).toList());
    store.l2Transactions().setIncluded(block.transactions().stream().map(t -> t.receipt().txHash()).toList(),
        block.number());
    block.deposits().forEach(d -> store.deposits().setIncluded(d.index(), block.number()));
  }
}
