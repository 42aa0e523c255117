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
   * @param l2Tx the L2 transaction that withdrew
   * @param batchIndex the batch that carries it to L1, null before it is batched
   * @param status the bridge's word for where it is (the names of {@code bridge.WithdrawalStatus})
   * @param challengeDeadline the L1 time (seconds) until which its batch's root can be challenged,
   *     null while no root is proposed
   * @param l1Tx the L1 transaction that paid it out, null before
   * @param l1GasUsed the L1 gas that payout cost, null before
   */
  public record Row(Bytes32 hash, Address sender, BigInteger amount, long nonce, long l2Block, Bytes32 l2Tx,
      Long batchIndex, String status, Long challengeDeadline, Bytes32 l1Tx, Long l1GasUsed) {}

  WithdrawalTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(final Row w) {
    jdbc.update("INSERT INTO withdrawals (withdrawal_hash, sender, amount, nonce, l2_block, l2_tx, batch_index, status,"
        + " challenge_deadline, l1_tx, l1_gas_used) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", w.hash(), w.sender(),
        w.amount(), w.nonce(), w.l2Block(), w.l2Tx(), w.batchIndex(), w.status(), w.challengeDeadline(), w.l1Tx(),
        w.l1GasUsed());
  }

  /** Writes what changed as the withdrawal moved on: batch, status, deadline and payout. */
  public void update(final Row w) {
    jdbc.update("UPDATE withdrawals SET batch_index = ?, status = ?, challenge_deadline = ?, l1_tx = ?, l1_gas_used = ?"
        + " WHERE withdrawal_hash = ?", w.batchIndex(), w.status(), w.challengeDeadline(), w.l1Tx(), w.l1GasUsed(),
        w.hash());
  }

  public Optional<Row> get(final Bytes32 hash) {
    return jdbc.queryOne("SELECT * FROM withdrawals WHERE withdrawal_hash = ?", WithdrawalTable::read, hash);
  }

  public List<Row> bySender(final Address sender) {
    return jdbc.query("SELECT * FROM withdrawals WHERE sender = ? ORDER BY l2_block, nonce", WithdrawalTable::read,
        sender);
  }

  /** The newest {@code count} withdrawals, newest first. */
  public List<Row> latest(final int count) {
    return jdbc.query("SELECT * FROM withdrawals ORDER BY l2_block DESC, nonce DESC LIMIT ?", WithdrawalTable::read,
        count);
  }

  /** The withdrawals not in {@code status}, oldest first. */
  public List<Row> allBut(final String status) {
    return jdbc.query("SELECT * FROM withdrawals WHERE status <> ? ORDER BY l2_block, nonce", WithdrawalTable::read,
        status);
  }

  /** The withdrawals in {@code status}, oldest first. */
  public List<Row> in(final String status) {
    return jdbc.query("SELECT * FROM withdrawals WHERE status = ? ORDER BY l2_block, nonce", WithdrawalTable::read,
        status);
  }

  /** The newest L2 block that holds a withdrawal, 0 if none does. */
  public long lastL2Block() {
    return jdbc.queryOne("SELECT COALESCE(MAX(l2_block), 0) FROM withdrawals", r -> r.getLong(1)).orElse(0L);
  }

  private static Row read(final ResultSet r) throws SQLException {
    return new Row(Jdbc.bytes32(r, "withdrawal_hash"), Jdbc.address(r, "sender"), Jdbc.bigInteger(r, "amount"),
        r.getLong("nonce"), r.getLong("l2_block"), Jdbc.bytes32(r, "l2_tx"), Jdbc.optionalLong(r, "batch_index"),
        r.getString("status"), Jdbc.optionalLong(r, "challenge_deadline"), Jdbc.bytes32(r, "l1_tx"),
        Jdbc.optionalLong(r, "l1_gas_used"));
  }
}
