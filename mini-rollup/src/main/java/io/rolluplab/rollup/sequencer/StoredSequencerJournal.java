package io.rolluplab.rollup.sequencer;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.l2tx.CompactTransfer;
import io.rolluplab.rollup.l2tx.L2Transaction;
import io.rolluplab.rollup.l2tx.MalformedTransactionException;
import io.rolluplab.rollup.l2tx.RecipientNames;
import io.rolluplab.rollup.l2tx.UnknownRecipientException;
import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.DepositTable;
import io.rolluplab.rollup.store.L2BlockTable;
import io.rolluplab.rollup.store.L2TransactionTable;
import io.rolluplab.rollup.store.RollupStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.web3j.utils.Numeric;

/**
 * The sequencer's journal in the rollup's store: its L2 transaction, L2 block and deposit tables.
 * It also reads sealed blocks back, so the sequencer keeps only its newest blocks in memory.
 */
public final class StoredSequencerJournal implements SequencerJournal {
  private final RollupStore store;
  private final long l2ChainId;

  /** @param l2ChainId the chain id a stored compact transfer implies (L2-RULES.md §2.1) */
  public StoredSequencerJournal(final RollupStore store, final long l2ChainId) {
    this.store = store;
    this.l2ChainId = l2ChainId;
  }

  @Override
  public Saved saved() {
    final List<SavedBlock> blocks = store.l2Blocks().all().stream().map(this::savedBlock).toList();
    final List<Deposit> deposits = store.deposits().all().stream().map(StoredSequencerJournal::deposit).toList();
    return new Saved(blocks, deposits, store.pendingTransactions().all());
  }

  private SavedBlock savedBlock(final L2BlockTable.Row row) {
    final List<BatchItem> items = store.l2Blocks().items(row.number()).stream().map(BatchItem::new).toList();
    return new SavedBlock(row.number(), row.hash(), Instant.ofEpochSecond(row.blockTime()), row.stateRoot(),
        row.l1FeePerByte(), items);
  }

  private static Deposit deposit(final DepositTable.Row d) {
    return new Deposit(d.queueIndex(), d.l1Sender(), d.l2Recipient(), d.amount());
  }

  @Override
  public void accepted(final PooledTransaction tx) {
    store.pendingTransactions().insert(tx.hash(), tx.body(), tx.receivedAt());
  }

  @Override
  public void dropped(final Bytes32 hash) {
    store.pendingTransactions().remove(List.of(hash));
  }

  @Override
  public void depositQueued(final Deposit deposit) {
    store.deposits().insert(new DepositTable.Row(deposit.index(), deposit.l1From(), deposit.l2To(), deposit.amount(),
        null, null));
  }

  /**
   * The block, its items, its transactions and deposits as included, in one transaction that
   * commits once: a restart re-executes from the block and its items alone, finds its deposits
   * marked as included, and its transactions no longer pending.
   */
  @Override
  public void sealed(final L2Block block) {
    final List<L2TransactionTable.Included> txs = block.transactions().stream().map(t ->
        new L2TransactionTable.Included(t.receipt().txHash(), t.receipt().from(), t.tx().nonce().longValueExact(),
            t.tx().to()))
        .toList();
    store.inOneTransaction(() -> {
      store.l2Blocks().insert(new L2BlockTable.Row(block.number(), block.hash(), block.parentHash(),
          block.stateRoot(), block.timestamp().getEpochSecond(), block.transactions().size(), block.l1FeePerByte()),
          block.items().stream().map(BatchItem::body).toList());
      store.l2Transactions().insert(block.number(), txs);
      store.pendingTransactions().remove(txs.stream().map(L2TransactionTable.Included::hash).toList());
      store.deposits().setIncluded(block.deposits().stream().map(Deposit::index).toList(), block.number());
    });
  }

  @Override
  public boolean readsBack() {
    return true;
  }

  /**
   * The block as sealed, from its row, its items, its transactions (recorded when they were
   * accepted, with their senders) and its deposits: every receipt field follows from those (see {@link
   * L2Block.Included#applied}).
   */
  @Override
  public Optional<L2Block> block(final long number) {
    return store.l2Blocks().get(number).map(row -> {
      final List<L2TransactionTable.Row> included = store.l2Transactions().inBlock(number);
      final Map<Bytes32, Address> senders = new HashMap<>();
      included.forEach(tx -> senders.put(tx.hash(), tx.sender()));
      Map<Bytes32, Address> recipients = null; // only for items that name theirs by a key prefix
      final List<Deposit> deposits = new ArrayList<>();
      final List<L2Block.Included> txs = new ArrayList<>();
      for (final byte[] body : store.l2Blocks().items(number)) {
        final BatchItem item = new BatchItem(body);
        if (item.isDeposit()) {
          deposits.add(deposit(store.deposits().get(item.depositIndex()).orElseThrow(() -> missing(number,
              "deposit #" + item.depositIndex()))));
          continue;
        }
        if (recipients == null && CompactTransfer.recipientPrefix(body).length > 0) {
          recipients = recipientsByKey(included);
        }
        final Rebuilt tx = rebuild(body, number, recipients, senders.keySet());
        final Address sender = senders.get(tx.hash());
        if (sender == null) {
          throw missing(number, "the sender of transaction " + tx.hash());
        }
        txs.add(L2Block.Included.applied(tx.hash(), tx.signed(), item, tx.tx(), sender, row.l1FeePerByte()));
      }
      return new L2Block(row.number(), row.hash(), row.parentHash(), Instant.ofEpochSecond(row.blockTime()),
          row.stateRoot(), row.l1FeePerByte(), deposits, txs);
    });
  }

  /** The recipients of a block's transactions by their keys {@code H(address)}, each hashed once. */
  private static Map<Bytes32, Address> recipientsByKey(final List<L2TransactionTable.Row> included) {
    final Map<Bytes32, Address> byKey = new HashMap<>();
    included.stream().map(L2TransactionTable.Row::recipient).filter(Objects::nonNull)
        .forEach(to -> byKey.putIfAbsent(Account.key(to), to));
    return byKey;
  }

  /** A stored transaction item as its wallet signed it: decoded, its signed bytes and their hash. */
  private record Rebuilt(L2Transaction tx, byte[] signed, Bytes32 hash) {
    static Rebuilt of(final byte[] body, final L2Transaction tx) {
      final byte[] signed = CompactTransfer.signedBytes(body, tx);
      return new Rebuilt(tx, signed, Bytes32.wrap(Keccak.hash(signed)));
    }
  }

  /**
   * A stored block's transaction item, rebuilt. An item that names its recipient by a key prefix
   * was resolved against the state before it, which is gone: of the block's recipients ({@code
   * recipients}, by key) that the prefix could name, the one is taken whose transaction, rebuilt
   * with it, is one the block holds. Each candidate is hashed once, and the hash is kept.
   */
  private Rebuilt rebuild(final byte[] body, final long number, final Map<Bytes32, Address> recipients,
      final Set<Bytes32> hashes) {
    final byte[] prefix = CompactTransfer.recipientPrefix(body);
    if (prefix.length == 0) {
      return Rebuilt.of(body, decode(body, RecipientNames.NONE));
    }
    for (final Map.Entry<Bytes32, Address> recipient : recipients.entrySet()) {
      if (startsWith(recipient.getKey(), prefix)) {
        final Rebuilt tx = Rebuilt.of(body, decode(body, p -> Optional.of(recipient.getValue())));
        if (hashes.contains(tx.hash())) {
          return tx;
        }
      }
    }
    throw missing(number, "a transfer to the key prefix " + Numeric.toHexString(prefix));
  }

  private static boolean startsWith(final Bytes32 key, final byte[] prefix) {
    return Arrays.equals(key.toArray(), 0, prefix.length, prefix, 0, prefix.length);
  }

  @Override
  public Optional<Long> blockNumber(final Bytes32 blockHash) {
    return store.l2Blocks().numberOf(blockHash);
  }

  @Override
  public Optional<Long> blockOfTransaction(final Bytes32 txHash) {
    return store.l2Transactions().get(txHash).map(L2TransactionTable.Row::blockNumber);
  }

  private static IllegalStateException missing(final long number, final String what) {
    return new IllegalStateException("stored L2 block " + number + " names " + what + ", which the store does not"
        + " hold: the data directory was changed by hand; start with a new --data-dir");
  }

  /** A stored transaction, its key prefix (if it has one) naming what {@code names} says. */
  private L2Transaction decode(final byte[] body, final RecipientNames names) {
    try {
      return CompactTransfer.decodeBody(body, l2ChainId, names);
    } catch (MalformedTransactionException | UnknownRecipientException e) {
      throw new IllegalStateException("a stored L2 block holds a transaction that does not decode: "
          + e.getMessage() + "; the data directory was changed by hand; start with a new --data-dir", e);
    }
  }
}
