package io.rolluplab.rollup.store;

import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** L1 deposits by queue index, and the L2 block that included each. */
public final class DepositTable {
  private final Jdbc jdbc;

  /**
   * @param l1Block the L1 block that logged it, null when the writer did not learn it (the
   *     sequencer stores deposits as the bridge hands them over, by queue index)
   * @param l2Block the L2 block that credited it, null while it waits in the queue
   */
  public record Row(long queueIndex, Address l1Sender, Address l2Recipient, BigInteger amount, Long l1Block,
      Long l2Block) {}

  DepositTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(final Row deposit) {
    jdbc.update("INSERT INTO deposits VALUES (?, ?, ?, ?, ?, ?)", deposit.queueIndex(), deposit.l1Sender(),
        deposit.l2Recipient(), deposit.amount(), deposit.l1Block(), deposit.l2Block());
  }

  /** Marks the deposits {@code queueIndexes} as credited by L2 block {@code l2Block}, as one JDBC batch. */
  public void setIncluded(final List<Long> queueIndexes, final long l2Block) {
    jdbc.inTransaction(c -> {
      jdbc.executeEach("UPDATE deposits SET l2_block = ? WHERE queue_index = ?",
          queueIndexes.stream().map(index -> new Object[] {l2Block, index}).toList());
      return null;
    });
  }

  public Optional<Row> get(final long queueIndex) {
    return jdbc.queryOne("SELECT * FROM deposits WHERE queue_index = ?", DepositTable::read, queueIndex);
  }

  /** The deposits not yet included on L2, in queue order (the order they must be included in). */
  public List<Row> waiting() {
    return jdbc.query("SELECT * FROM deposits WHERE l2_block IS NULL ORDER BY queue_index", DepositTable::read);
  }

  /** The newest {@code count} deposits, newest first. */
  public List<Row> latest(final int count) {
    return jdbc.query("SELECT * FROM deposits ORDER BY queue_index DESC LIMIT ?", DepositTable::read, count);
  }

  /** Every deposit, in queue order: what a restarted sequencer queues again. */
  public List<Row> all() {
    return jdbc.query("SELECT * FROM deposits ORDER BY queue_index", DepositTable::read);
  }

  private static Row read(final ResultSet r) throws SQLException {
    return new Row(r.getLong("queue_index"), Jdbc.address(r, "l1_sender"), Jdbc.address(r, "l2_recipient"),
        Jdbc.bigInteger(r, "amount"), Jdbc.optionalLong(r, "l1_block"), Jdbc.optionalLong(r, "l2_block"));
  }
}
