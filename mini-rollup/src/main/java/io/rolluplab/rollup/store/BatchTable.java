package io.rolluplab.rollup.store;

import io.rolluplab.rollup.state.Bytes32;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Batches and their status timeline: the time each status was last reached is kept, so the batch
 * page can draw "intended → posted → proposed → final" with how long each step took.
 *
 * <p>A batch index can be written twice: when a batch would not count on L1 (it leaves an overdue
 * deposit out) or the zk rollup reverts it, the next batch the batcher builds gets the same index,
 * and {@link #record} replaces the row. The event log keeps the full story; this table keeps where each index stands.
 */
public final class BatchTable {
  private final Jdbc jdbc;

  /**
   * @param status where the batch is: "intended" (stored, maybe not sent), "posted", "withheld" (kept
   *     off L1: a teaching fault), "refused" (it would not count; built again), "proposed", "final",
   *     "rolled-back"; in zk mode also "reverted", "proving", "proven", "executed", "unprovable"
   * @param postRoot the sequencer's state root after the batch's last block
   * @param dataBytes the batch data's size, as posted to L1 calldata
   * @param l1Tx the L1 transaction that posted it, null before
   * @param l1GasUsed what that transaction cost in L1 gas, null before
   * @param itemCount deposits and transactions in the batch
   * @param txCount the L2 transactions among them (items that are not deposits)
   * @param deflatedBytes the data's size after DEFLATE: what compression would post instead
   */
  public record Row(long index, String status, long firstBlock, long lastBlock, Bytes32 dataHash, Bytes32 postRoot,
      int dataBytes, Bytes32 l1Tx, Long l1GasUsed, int itemCount, int txCount, int deflatedBytes) {

    /** L1 gas per item (deposit or transaction) of the batch, once posted; 0 before. */
    public long l1GasPerItem() {
      return l1GasUsed == null || itemCount == 0 ? 0 : l1GasUsed / itemCount;
    }
  }

  /** One entry of a batch's timeline. */
  public record StatusChange(String status, Instant at) {}

  BatchTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a new batch with its first status. */
  public void insert(final Row batch, final Instant at) {
    jdbc.inTransaction(c -> write("INSERT", batch, at));
  }

  /** Stores a batch, replacing whatever was stored at its index before (one refused or reverted). */
  public void record(final Row batch, final Instant at) {
    jdbc.inTransaction(c -> write("MERGE", batch, at));
  }

  private int write(final String verb, final Row batch, final Instant at)
      throws SQLException {
    jdbc.execute(verb + " INTO batches (batch_index, status, first_block, last_block, data_hash, post_root,"
        + " data_bytes, l1_tx, l1_gas_used, item_count, tx_count, deflated_bytes)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        batch.index(), batch.status(), batch.firstBlock(), batch.lastBlock(), batch.dataHash(), batch.postRoot(),
        batch.dataBytes(), batch.l1Tx(), batch.l1GasUsed(), batch.itemCount(), batch.txCount(), batch.deflatedBytes());
    return addToTimeline(batch.index(), batch.status(), at);
  }

  /** Moves a batch to {@code status} and adds it to the timeline, in one transaction. */
  public void setStatus(final long index, final String status, final Instant at) {
    jdbc.inTransaction(c -> changeStatus(index, status, at));
  }

  /** Records the L1 transaction that posted the batch and its gas, and moves it to "posted". */
  public void setPosted(final long index, final Bytes32 l1Tx, final long l1GasUsed, final Instant at) {
    setSent(index, l1Tx, l1GasUsed, "posted", at);
  }

  /** Records the L1 transaction that sent the batch and moves it to {@code status}. */
  public void setSent(final long index, final Bytes32 l1Tx, final long l1GasUsed, final String status,
      final Instant at) {
    jdbc.inTransaction(c -> {
      jdbc.execute("UPDATE batches SET l1_tx = ?, l1_gas_used = ? WHERE batch_index = ?", l1Tx, l1GasUsed, index);
      return changeStatus(index, status, at);
    });
  }

  /**
   * Records the L1 transaction that posts the batch, leaving its status: one sent whose receipt
   * has not come yet ({@code l1GasUsed} null), or one whose sender learned of it late (after a
   * restart), when the proposer had already moved the batch on.
   */
  public void setL1Tx(final long index, final Bytes32 l1Tx, final Long l1GasUsed) {
    jdbc.update("UPDATE batches SET l1_tx = ?, l1_gas_used = ? WHERE batch_index = ?", l1Tx, l1GasUsed, index);
  }

  /**
   * Marks a batch reverted (the zk sequencer's {@code revertBatches} took it back on L1) and keeps
   * the L1 gas its commit cost: the row is written anew when its blocks are committed again, but
   * that gas was spent. Marking it twice counts its gas once.
   */
  public void setReverted(final long index, final Instant at) {
    jdbc.inTransaction(c -> {
      jdbc.execute("UPDATE batches SET reverted_l1_gas = reverted_l1_gas + COALESCE(l1_gas_used, 0)"
          + " WHERE batch_index = ? AND status <> 'reverted'", index);
      return changeStatus(index, "reverted", at);
    });
  }

  /** The L1 gas of every commit L1 took back ({@link #setReverted}), spent all the same. */
  public long revertedL1Gas() {
    return jdbc.queryOne("SELECT COALESCE(SUM(reverted_l1_gas), 0) AS gas FROM batches", r -> r.getLong("gas"))
        .orElse(0L);
  }

  private int changeStatus(final long index, final String status, final Instant at)
      throws SQLException {
    if (jdbc.execute("UPDATE batches SET status = ? WHERE batch_index = ?", status, index) == 0) {
      throw new StoreException("there is no batch " + index + " to move to " + status);
    }
    return addToTimeline(index, status, at);
  }

  private int addToTimeline(final long index, final String status, final Instant at)
      throws SQLException {
    return jdbc.execute("MERGE INTO batch_status_changes KEY (batch_index, status) VALUES (?, ?, ?)", index, status,
        at);
  }

  public Optional<Row> get(final long index) {
    return jdbc.queryOne("SELECT * FROM batches WHERE batch_index = ?", BatchTable::read, index);
  }

  /** The newest {@code count} batches, newest first. */
  public List<Row> latest(final int count) {
    return jdbc.query("SELECT * FROM batches ORDER BY batch_index DESC LIMIT ?", BatchTable::read, count);
  }

  /** Batches {@code from}, {@code from + 1}, … at most {@code count} of them, oldest first. */
  public List<Row> range(final long from, final int count) {
    return jdbc.query("SELECT * FROM batches WHERE batch_index >= ? ORDER BY batch_index LIMIT ?", BatchTable::read,
        from, count);
  }

  /** The batch with the highest index, if any. */
  public Optional<Row> last() {
    return jdbc.queryOne("SELECT * FROM batches ORDER BY batch_index DESC LIMIT 1", BatchTable::read);
  }

  /** How many batches are in each status now. */
  public Map<String, Long> countByStatus() {
    final Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.query("SELECT status, COUNT(*) AS n FROM batches GROUP BY status ORDER BY status",
        r -> Map.entry(r.getString("status"), r.getLong("n"))).forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  public List<Row> withStatus(final String status) {
    return jdbc.query("SELECT * FROM batches WHERE status = ? ORDER BY batch_index", BatchTable::read, status);
  }

  /** The batch's statuses in the order it reached them. */
  public List<StatusChange> timeline(final long index) {
    return jdbc.query("SELECT status, changed_at FROM batch_status_changes WHERE batch_index = ? ORDER BY changed_at",
        r -> new StatusChange(r.getString("status"), Jdbc.instant(r, "changed_at")), index);
  }

  private static Row read(final ResultSet r) throws SQLException {
    return new Row(r.getLong("batch_index"), r.getString("status"), r.getLong("first_block"), r.getLong("last_block"),
        Jdbc.bytes32(r, "data_hash"), Jdbc.bytes32(r, "post_root"), r.getInt("data_bytes"), Jdbc.bytes32(r, "l1_tx"),
        Jdbc.optionalLong(r, "l1_gas_used"), r.getInt("item_count"), r.getInt("tx_count"), r.getInt("deflated_bytes"));
  }
}
