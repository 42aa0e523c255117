package io.rolluplab.rollup.store;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Withdrawals from their L2 block to their payout on L1, with a status a user can follow. */
public final class WithdrawalTable {
  private final Jdbc jdbc;

  /**
   * @param batchIndex the batch that carries it to L1, null before it is batched
   * @param status the bridge's word for where it is ("in-l2-block", "in-batch", "finalizable", "paid")
   * @param l1Tx the L1 transaction that paid it out, null before
   */
  public record Row(Bytes32 hash, Address sender, BigInteger amount, long nonce, long l2Block, Long batchIndex,
      String status, Bytes32 l1Tx) {}

  WithdrawalTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(final Row withdrawal) {
    jdbc.update("INSERT INTO withdrawals VALUES (?, ?, ?, ?, ?, ?, ?, ?)", withdrawal.hash(), withdrawal.sender(),
        withdrawal.amount(), withdrawal.nonce(), withdrawal.l2Block(), withdrawal.batchIndex(), withdrawal.status(),
        withdrawal.l1Tx());
  }

  public void setBatch(final Bytes32 hash, final long batchIndex, final String status) {
    jdbc.update("UPDATE withdrawals SET batch_index = ?, status = ? WHERE withdrawal_hash = ?", batchIndex, status, hash);
  }

  public void setStatus(final Bytes32 hash, final String status, final Bytes32 l1Tx) {
    jdbc.update("UPDATE withdrawals SET status = ?, l1_tx = ? WHERE withdrawal_hash = ?", status, l1Tx, hash);
  }

  public Optional<Row> get(final Bytes32 hash) {
    return jdbc.queryOne("SELECT * FROM withdrawals WHERE withdrawal_hash = ?", WithdrawalTable::read, hash);
  }

  public List<Row> bySender(final Address sender) {
    return jdbc.query("SELECT * FROM withdrawals WHERE sender = ? ORDER BY l2_block, nonce", WithdrawalTable::read,
        sender);
  }

  private static Row read(final ResultSet r) throws SQLException {
    return new Row(Jdbc.bytes32(r, "withdrawal_hash"), Jdbc.address(r, "sender"), Jdbc.bigInteger(r, "amount"),
        r.getLong("nonce"), r.getLong("l2_block"), Jdbc.optionalLong(r, "batch_index"), r.getString("status"),
        Jdbc.bytes32(r, "l1_tx"));
  }
}
