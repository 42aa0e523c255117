package io.rolluplab.rollup.store;

import io.rolluplab.rollup.state.Bytes32;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sealed L2 blocks: what the L2 explorer lists and what a restarted sequencer continues from. */
public final class L2BlockTable {
  private final Jdbc jdbc;

  /**
   * @param blockTime the block's timestamp, seconds since 1970
   * @param l1FeePerByte the L1 data price its transactions paid: re-executing them needs it
   */
  public record Row(long number, Bytes32 hash, Bytes32 parentHash, Bytes32 stateRoot, long blockTime, int txCount,
      long l1FeePerByte) {}

  L2BlockTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores a block with its items (batch item bodies, in order) in one transaction, so a restart
   * finds either the whole block or none of it.
   */
  public void insert(final Row block, final List<byte[]> items) {
    jdbc.inTransaction(c -> {
      jdbc.execute("INSERT INTO l2_blocks (block_number, block_hash, parent_hash, state_root, block_time, tx_count,"
          + " l1_fee_per_byte) VALUES (?, ?, ?, ?, ?, ?, ?)", block.number(), block.hash(), block.parentHash(),
          block.stateRoot(), block.blockTime(), block.txCount(), block.l1FeePerByte());
      final List<Object[]> rows = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        rows.add(new Object[] {block.number(), i, items.get(i)});
      }
      jdbc.executeEach("INSERT INTO l2_block_items VALUES (?, ?, ?)", rows);
      return null;
    });
  }

  /** Marks blocks {@code from}..{@code to} as carried by batch {@code batchIndex}: it was sent to L1. */
  public void setBatched(final long from, final long to, final long batchIndex) {
    jdbc.update("UPDATE l2_blocks SET batch_index = ? WHERE block_number BETWEEN ? AND ?", batchIndex, from, to);
  }

  /** The item bodies of block {@code number}, in block order. */
  public List<byte[]> items(final long number) {
    return jdbc.query("SELECT body FROM l2_block_items WHERE block_number = ? ORDER BY item_index",
        r -> r.getBytes(1), number);
  }

  /** Every block from genesis on, oldest first: what a restarted sequencer re-executes. */
  public List<Row> all() {
    return jdbc.query("SELECT * FROM l2_blocks ORDER BY block_number", L2BlockTable::read);
  }

  public Optional<Row> get(final long number) {
    return jdbc.queryOne("SELECT * FROM l2_blocks WHERE block_number = ?", L2BlockTable::read, number);
  }

  /** The number of the block with this hash. */
  public Optional<Long> numberOf(final Bytes32 hash) {
    return jdbc.queryOne("SELECT block_number FROM l2_blocks WHERE block_hash = ?", r -> r.getLong(1), hash);
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
        Jdbc.bytes32(r, "state_root"), r.getLong("block_time"), r.getInt("tx_count"),
        r.getLong("l1_fee_per_byte"));
  }
}
