package io.rolluplab.rollup.store;

import io.rolluplab.rollup.state.Bytes32;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Batches and their status timeline: every status a batch reaches is kept with its time, so the
 * batch page can draw "sealed → posted → proposed → finalized" with how long each step took.
 */
public final class BatchTable {
  private final Jdbc jdbc;

  /**
   * @param status the batcher's and proposer's word for where the batch is ("sealed", "posted", "finalized")
   * @param dataBytes the compressed batch data's size, as posted to L1 calldata
   * @param l1Tx the L1 transaction that posted it, null before
   * @param l1GasUsed what that transaction cost in L1 gas, null before
   */
  public record Row(long index, String status, long firstBlock, long lastBlock, Bytes32 dataHash, Bytes32 postRoot,
      int dataBytes, Bytes32 l1Tx, Long l1GasUsed) {}

  /** One entry of a batch's timeline. */
  public record StatusChange(String status, Instant at) {}

  BatchTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a new batch with its first status. */
  public void insert(final Row batch, final Instant at) {
    jdbc.inTransaction(c -> {
      Jdbc.execute(c, "INSERT INTO batches VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", batch.index(), batch.status(),
          batch.firstBlock(), batch.lastBlock(), batch.dataHash(), batch.postRoot(), batch.dataBytes(), batch.l1Tx(),
          batch.l1GasUsed());
      return Jdbc.execute(c, "INSERT INTO batch_status_changes VALUES (?, ?, ?)", batch.index(), batch.status(), at);
    });
  }

  /** Moves a batch to {@code status} and adds it to the timeline, in one transaction. */
  public void setStatus(final long index, final String status, final Instant at) {
    jdbc.inTransaction(c -> changeStatus(c, index, status, at));
  }

  /** Records the L1 transaction that posted the batch and its gas, and moves it to "posted". */
  public void setPosted(final long index, final Bytes32 l1Tx, final long l1GasUsed, final Instant at) {
    jdbc.inTransaction(c -> {
      Jdbc.execute(c, "UPDATE batches SET l1_tx = ?, l1_gas_used = ? WHERE batch_index = ?", l1Tx, l1GasUsed, index);
      return changeStatus(c, index, "posted", at);
    });
  }

  private static int changeStatus(final Connection c, final long index, final String status, final Instant at)
      throws SQLException {
    if (Jdbc.execute(c, "UPDATE batches SET status = ? WHERE batch_index = ?", status, index) == 0) {
      throw new StoreException("there is no batch " + index + " to move to " + status);
    }
    return Jdbc.execute(c, "INSERT INTO batch_status_changes VALUES (?, ?, ?)", index, status, at);
  }

  public Optional<Row> get(final long index) {
    return jdbc.queryOne("SELECT * FROM batches WHERE batch_index = ?", BatchTable::read, index);
  }

  /** The newest {@code count} batches, newest first. */
  public List<Row> latest(final int count) {
    return jdbc.query("SELECT * FROM batches ORDER BY batch_index DESC LIMIT ?", BatchTable::read, count);
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
        Jdbc.optionalLong(r, "l1_gas_used"));
  }
}
