package io.rolluplab.rollup.store;

import io.rolluplab.rollup.state.Bytes32;
import java.time.Instant;
import java.util.List;

/**
 * The L2 transactions the sequencer accepted that no block holds yet: each is stored before its
 * sender hears "accepted", and removed in the same transaction that stores the block sealing it
 * (or when the mempool lets it go). So a restart refills the mempool from {@link #all} and loses
 * none, and the table stays as small as the mempool.
 */
public final class PendingTransactionTable {
  private final Jdbc jdbc;

  PendingTransactionTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** @param signed the transaction as its wallet signed it */
  public void insert(final Bytes32 hash, final byte[] signed, final Instant receivedAt) {
    jdbc.update("INSERT INTO pending_transactions VALUES (?, ?, ?)", hash, signed, receivedAt);
  }

  /** Removes the transactions {@code hashes}, as one JDBC batch: sealed, or let go. */
  public void remove(final List<Bytes32> hashes) {
    jdbc.inTransaction(c -> {
      jdbc.executeEach("DELETE FROM pending_transactions WHERE tx_hash = ?",
          hashes.stream().map(hash -> new Object[] {hash}).toList());
      return null;
    });
  }

  /**
   * The signed transactions, in the order they arrived. Several can share an instant; H2's row id,
   * which grows with each insert, keeps theirs, so a sender's transactions come back in the order
   * the mempool took them (one far ahead of its sender's nonce would otherwise be refused).
   */
  public List<byte[]> all() {
    return jdbc.query("SELECT raw FROM pending_transactions ORDER BY received_at, _ROWID_", r -> r.getBytes(1));
  }
}
