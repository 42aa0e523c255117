package io.rolluplab.rollup.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The event log's rows; {@link io.rolluplab.rollup.event.EventLog} decides what goes in. */
public final class EventTable {
  private final Jdbc jdbc;

  EventTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Runs {@code work} as one transaction: it writes to other tables, then {@link #insertAndCommit}s
   * the event, which commits it. If it throws, nothing it wrote is kept.
   */
  public void inTransaction(final Runnable work) {
    jdbc.inTransaction(work);
  }

  /**
   * Stores {@code event} and commits the transaction {@link #inTransaction} runs, with everything
   * written in it before; returns once it is committed. The caller numbers its events under a lock
   * and calls this under the same lock, so events commit in the order of their numbers.
   *
   * @throws IllegalStateException outside {@link #inTransaction}, or inside another transaction
   *     (which would commit later)
   */
  public void insertAndCommit(final StoredEvent event) {
    try {
      jdbc.execute("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", event.seq(), event.role(), event.type(),
          event.sentence(), event.l1Block(), event.l1Time(), event.l2Block(), event.payloadJson(), event.createdAt());
      jdbc.commitNow();
    } catch (SQLException e) {
      throw new StoreException("could not store event #" + event.seq() + " (" + event.type() + "): " + e.getMessage(),
          e);
    }
  }

  /** The highest sequence stored, 0 if none. */
  public long lastSeq() {
    return jdbc.queryOne("SELECT COALESCE(MAX(seq), 0) FROM events", r -> r.getLong(1)).orElse(0L);
  }

  /** The events after {@code seq}, oldest first. */
  public List<StoredEvent> since(final long seq) {
    return jdbc.query("SELECT * FROM events WHERE seq > ? ORDER BY seq", EventTable::read, seq);
  }

  /** At most {@code limit} events after {@code seq}, oldest first: a page of the log. */
  public List<StoredEvent> since(final long seq, final int limit) {
    return jdbc.query("SELECT * FROM events WHERE seq > ? ORDER BY seq LIMIT ?", EventTable::read, seq, limit);
  }

  /** The events of one type ("ProvingStarted"), oldest first: what a detail page looks up. */
  public List<StoredEvent> ofType(final String type) {
    return jdbc.query("SELECT * FROM events WHERE event_type = ? ORDER BY seq", EventTable::read, type);
  }

  private static StoredEvent read(final ResultSet r) throws SQLException {
    return new StoredEvent(r.getLong("seq"), r.getString("role"), r.getString("event_type"), r.getString("sentence"),
        r.getLong("l1_block"), r.getLong("l1_time"), r.getLong("l2_block"), r.getString("payload"),
        Jdbc.instant(r, "created_at"));
  }
}
