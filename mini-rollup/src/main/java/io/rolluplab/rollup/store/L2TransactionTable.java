package io.rolluplab.rollup.store;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every L2 transaction the sequencer accepted, stored before the sender hears "accepted": so a
 * restart refills the mempool from {@link #withStatus withStatus("pending")} and loses none.
 */
public final class L2TransactionTable {
  private final Jdbc jdbc;

  /**
   * @param raw the signed encoding, as the wallet sent it
   * @param status the sequencer's word for where it is ("pending", "included", "batched", "dropped")
   * @param blockNumber the L2 block that included it, null while pending
   * @param batchIndex the batch that carries it to L1, null before
   */
  public record Row(Bytes32 hash, byte[] raw, Address sender, long nonce, String status, Long blockNumber,
      Long batchIndex, Instant receivedAt) {}

  L2TransactionTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(final Row tx) {
    jdbc.update("INSERT INTO l2_transactions VALUES (?, ?, ?, ?, ?, ?, ?, ?)", tx.hash(), tx.raw(), tx.sender(),
        tx.nonce(), tx.status(), tx.blockNumber(), tx.batchIndex(), tx.receivedAt());
  }

  /** Marks the transactions of a sealed block as included, all in one transaction. */
  public void setIncluded(final List<Bytes32> hashes, final long blockNumber) {
    jdbc.inTransaction(c -> {
      Jdbc.executeEach(c, "UPDATE l2_transactions SET status = 'included', block_number = ? WHERE tx_hash = ?",
          hashes.stream().map(hash -> new Object[] {blockNumber, hash}).toList());
      return null;
    });
  }

  /** Marks a transaction the mempool let go of, so a restart does not take it back. */
  public void setDropped(final Bytes32 hash) {
    jdbc.update("UPDATE l2_transactions SET status = 'dropped' WHERE tx_hash = ?", hash);
  }

  /** Marks every transaction of L2 blocks {@code from}..{@code to} as carried by batch {@code batchIndex}. */
  public void setBatched(final long from, final long to, final long batchIndex) {
    jdbc.update("UPDATE l2_transactions SET status = 'batched', batch_index = ? WHERE block_number BETWEEN ? AND ?",
        batchIndex, from, to);
  }

  public Optional<Row> get(final Bytes32 hash) {
    return jdbc.queryOne("SELECT * FROM l2_transactions WHERE tx_hash = ?", L2TransactionTable::read, hash);
  }

  /** The transactions block {@code blockNumber} included, in no particular order. */
  public List<Row> inBlock(final long blockNumber) {
    return jdbc.query("SELECT * FROM l2_transactions WHERE block_number = ?", L2TransactionTable::read, blockNumber);
  }

  /** Transactions in {@code status}, in the order they arrived. */
  public List<Row> withStatus(final String status) {
    return jdbc.query("SELECT * FROM l2_transactions WHERE status = ? ORDER BY received_at", L2TransactionTable::read,
        status);
  }

  private static Row read(final ResultSet r) throws SQLException {
    return new Row(Jdbc.bytes32(r, "tx_hash"), r.getBytes("raw"), Jdbc.address(r, "sender"), r.getLong("nonce"),
        r.getString("status"), Jdbc.optionalLong(r, "block_number"), Jdbc.optionalLong(r, "batch_index"),
        Jdbc.instant(r, "received_at"));
  }
}
