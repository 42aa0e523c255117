package io.rolluplab.rollup.store;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Disputes over a batch's root and every move of their bisection, in order, for the dispute page. */
public final class DisputeTable {
  private final Jdbc jdbc;

  /**
   * @param id the dispute game's id on L1
   * @param disputedTx the transaction index k the bisection narrowed to, null until then
   * @param winner "proposer" or "challenger", null while open
   */
  public record Row(long id, long batchIndex, Address challenger, String status, Long disputedTx, String winner,
      Instant openedAt, Instant resolvedAt) {}

  /**
   * @param player "proposer" or "challenger"
   * @param kind "bisect", "one-step-proof" or "timeout"
   * @param txIndex the transaction index the move is about (the midpoint of a bisection)
   * @param claimedRoot the state root the player claims there, null for a timeout
   */
  public record Move(long disputeId, int number, String player, String kind, long txIndex, Bytes32 claimedRoot,
      Bytes32 l1Tx, Instant madeAt) {}

  DisputeTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public void open(final Row dispute) {
    jdbc.update("INSERT INTO disputes VALUES (?, ?, ?, ?, ?, ?, ?, ?)", dispute.id(), dispute.batchIndex(),
        dispute.challenger(), dispute.status(), dispute.disputedTx(), dispute.winner(), dispute.openedAt(),
        dispute.resolvedAt());
  }

  public void addMove(final Move move) {
    jdbc.update("INSERT INTO dispute_moves VALUES (?, ?, ?, ?, ?, ?, ?, ?)", move.disputeId(), move.number(),
        move.player(), move.kind(), move.txIndex(), move.claimedRoot(), move.l1Tx(), move.madeAt());
  }

  public void setDisputedTx(final long id, final long txIndex) {
    jdbc.update("UPDATE disputes SET disputed_tx = ? WHERE dispute_id = ?", txIndex, id);
  }

  public void resolve(final long id, final String status, final String winner, final Instant at) {
    jdbc.update("UPDATE disputes SET status = ?, winner = ?, resolved_at = ? WHERE dispute_id = ?", status, winner, at,
        id);
  }

  public Optional<Row> get(final long id) {
    return jdbc.queryOne("SELECT * FROM disputes WHERE dispute_id = ?", DisputeTable::read, id);
  }

  /** The games still running (no verdict yet), oldest first. */
  public List<Row> running() {
    return jdbc.query("SELECT * FROM disputes WHERE status = 'running' ORDER BY dispute_id", DisputeTable::read);
  }

  public List<Row> forBatch(final long batchIndex) {
    return jdbc.query("SELECT * FROM disputes WHERE batch_index = ? ORDER BY dispute_id", DisputeTable::read,
        batchIndex);
  }

  public List<Move> moves(final long id) {
    return jdbc.query("SELECT * FROM dispute_moves WHERE dispute_id = ? ORDER BY move_number", r -> new Move(
        r.getLong("dispute_id"), r.getInt("move_number"), r.getString("player"), r.getString("kind"),
        r.getLong("tx_index"), Jdbc.bytes32(r, "claimed_root"), Jdbc.bytes32(r, "l1_tx"), Jdbc.instant(r, "made_at")),
        id);
  }

  private static Row read(final ResultSet r) throws SQLException {
    return new Row(r.getLong("dispute_id"), r.getLong("batch_index"), Jdbc.address(r, "challenger"),
        r.getString("status"), Jdbc.optionalLong(r, "disputed_tx"), r.getString("winner"), Jdbc.instant(r, "opened_at"),
        Jdbc.instant(r, "resolved_at"));
  }
}
