package io.rolluplab.rollup.store;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The L2 transactions sealed blocks included, by hash: which block, who sent it (so reading a
 * block back needs no signature recovery) and to whom (a block's item may name its recipient by a
 * key prefix, which only the state of that moment resolves). Each row is written once, with its
 * block; its signed bytes are not repeated here, its block's item holds them ({@link L2BlockTable#items}). The batch
 * that carries it is its block's ({@link L2BlockTable#setBatched}). Accepted transactions no block
 * holds yet are in {@link PendingTransactionTable}.
 */
public final class L2TransactionTable {
  /** A transaction's row with its batch, which is its block's. */
  private static final String WITH_BATCH = "SELECT t.*, b.batch_index FROM l2_transactions t JOIN l2_blocks b"
      + " ON b.block_number = t.block_number";

  private final Jdbc jdbc;

  /**
   * @param recipient its {@code to}; null in rows written before version 12, whose items all name
   *     their recipients in full
   * @param batchIndex the batch that carries its block to L1, null until that batch is sent
   */
  public record Row(Bytes32 hash, Address sender, long nonce, Address recipient, long blockNumber, Long batchIndex) {}

  /** A transaction of a block being stored. */
  public record Included(Bytes32 hash, Address sender, long nonce, Address recipient) {}

  L2TransactionTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the transactions block {@code blockNumber} included, as one JDBC batch. */
  public void insert(final long blockNumber, final List<Included> txs) {
    jdbc.inTransaction(c -> {
      jdbc.executeEach("INSERT INTO l2_transactions (tx_hash, sender, nonce, recipient, block_number)"
              + " VALUES (?, ?, ?, ?, ?)",
          txs.stream().map(tx -> new Object[] {tx.hash(), tx.sender(), tx.nonce(), tx.recipient(), blockNumber})
              .toList());
      return null;
    });
  }

  public Optional<Row> get(final Bytes32 hash) {
    return jdbc.queryOne(WITH_BATCH + " WHERE t.tx_hash = ?", L2TransactionTable::read, hash);
  }

  /** The transactions block {@code blockNumber} included, in no particular order. */
  public List<Row> inBlock(final long blockNumber) {
    return jdbc.query(WITH_BATCH + " WHERE t.block_number = ?", L2TransactionTable::read, blockNumber);
  }

  private static Row read(final ResultSet r) throws SQLException {
    return new Row(Jdbc.bytes32(r, "tx_hash"), Jdbc.address(r, "sender"), r.getLong("nonce"),
        Jdbc.address(r, "recipient"), r.getLong("block_number"), Jdbc.optionalLong(r, "batch_index"));
  }
}
