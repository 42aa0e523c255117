package io.rolluplab.rollup.store;

import io.rolluplab.rollup.state.Bytes32;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Sealed L2 blocks: what the L2 explorer lists and what a restarted sequencer continues from. */
public final class L2BlockTable {
  private final Jdbc jdbc;

  /** @param blockTime the block's timestamp, seconds since 1970 */
  public record Row(long number, Bytes32 hash, Bytes32 parentHash, Bytes32 stateRoot, long blockTime, int txCount) {}

  L2BlockTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(final Row block) {
    jdbc.update("INSERT INTO l2_blocks VALUES (?, ?, ?, ?, ?, ?)", block.number(), block.hash(), block.parentHash(),
        block.stateRoot(), block.blockTime(), block.txCount());
  }

  public Optional<Row> get(final long number) {
    return jdbc.queryOne("SELECT * FROM l2_blocks WHERE block_number = ?", L2BlockTable::read, number);
  }

  public Optional<Row> latest() {
    return jdbc.queryOne("SELECT * FROM l2_blocks ORDER BY block_number DESC LIMIT 1", L2BlockTable::read);
  }

  /** Blocks {@code from} to {@code to}, both included, oldest first: what a batch packs. */
  public List<Row> range(final long from, final long to) {
    return jdbc.query("SELECT * FROM l2_blocks WHERE block_number BETWEEN ? AND ? ORDER BY block_number",
        L2BlockTable::read, from, to);
  }

  private static Row read(final ResultSet r) throws SQLException {
    return new Row(r.getLong("block_number"), Jdbc.bytes32(r, "block_hash"), Jdbc.bytes32(r, "parent_hash"),
        Jdbc.bytes32(r, "state_root"), r.getLong("block_time"), r.getInt("tx_count"));
  }
}
