package io.rolluplab.rollup.store;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The store's connections and the few JDBC moves every table needs, so each table class holds only
 * its SQL.
 *
 * <p>Each outermost call runs on a connection of its own, taken from the idle ones (a new one is
 * opened when all are busy) and given back when it returns. A call made inside another on the same
 * thread (a table written inside {@link #inTransaction}) joins that call's connection and
 * transaction. So the RPC threads that accept transactions and the node's thread that seals and
 * posts them write at the same time, each in a transaction of its own, as H2's MVStore engine
 * allows: rows are locked one by one, and a reader sees only committed rows, never half of a
 * write. Until session 9 every call shared one connection under one lock, and the thread
 * submitting transactions spent a sixth of its time waiting for the node's writes.
 *
 * <p>Values are bound by type: {@link Address} and {@link Bytes32} as their bytes, {@link
 * BigInteger} as a {@code NUMERIC}, {@link Instant} as a {@code TIMESTAMP WITH TIME ZONE}.
 */
final class Jdbc {
  private final Opener opener;
  /** Connections no call is using: the most recently used first, its statements the likeliest prepared. */
  private final Deque<Session> idle = new ConcurrentLinkedDeque<>();
  /** Every connection opened, busy or idle: {@link #close} closes them all. */
  private final List<Session> opened = new CopyOnWriteArrayList<>();
  /** The connection the current thread's outermost call took, while it runs. */
  private final ThreadLocal<Session> active = new ThreadLocal<>();

  /** Opens a connection to the store's database. */
  @FunctionalInterface
  interface Opener {
    Connection open() throws SQLException;
  }

  /** Work done on the connection; it may throw {@link SQLException}, which becomes a {@link StoreException}. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Reads one row of a result. */
  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** One connection, the statements prepared on it, and how deep the transaction running on it is nested. */
  private static final class Session {
    final Connection connection;
    final Map<String, PreparedStatement> statements = new HashMap<>();
    /** How many {@link #inTransaction} calls are running on it: only the outermost commits. */
    int depth;

    Session(final Connection connection) {
      this.connection = connection;
    }
  }

  /** Opens the first connection at once, so a database that cannot be opened fails here. */
  Jdbc(final Opener opener) throws SQLException {
    this.opener = opener;
    idle.push(open());
  }

  private Session open() throws SQLException {
    final Connection connection = opener.open();
    connection.setAutoCommit(false);
    final Session session = new Session(connection);
    opened.add(session);
    return session;
  }

  /**
   * Runs {@code call} on the current thread's connection if an outer call holds one, else on an
   * idle connection that it holds until {@code call} returns. An outermost call ends its
   * transaction: it commits what the call wrote (or what its reads began, so that an idle
   * connection holds no transaction open), or rolls it all back if the call throws.
   */
  private <T> T onConnection(final Work<T> call) throws SQLException {
    final Session joined = active.get();
    if (joined != null) {
      return call.run(joined.connection);
    }
    Session session = idle.poll();
    if (session == null) {
      session = open();
    }
    active.set(session);
    try {
      final T result = call.run(session.connection);
      session.connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      rollback(session.connection);
      throw e;
    } finally {
      active.remove();
      idle.push(session);
    }
  }

  /** The connection of the outermost call running on this thread: what a call inside it uses. */
  private Session active() {
    final Session session = active.get();
    if (session == null) {
      throw new IllegalStateException("a statement ran outside Jdbc.inTransaction: wrap the table's writes in it");
    }
    return session;
  }

  /**
   * Runs {@code work} as one transaction and returns only after it is committed; rolls back if it
   * throws. Called inside another {@code work} (on the same thread), it joins that transaction:
   * the outermost call commits, or rolls back everything.
   */
  <T> T inTransaction(final Work<T> work) {
    try {
      return onConnection(connection -> {
        final Session session = active();
        session.depth++; // the outermost call's connection commits or rolls back (onConnection)
        try {
          return work.run(connection);
        } finally {
          session.depth--;
        }
      });
    } catch (StoreException e) {
      throw e;
    } catch (SQLException | RuntimeException e) {
      throw new StoreException("store write failed: " + e.getMessage(), e);
    }
  }

  /** {@link #inTransaction(Work)} for work that returns nothing and uses the tables, not the connection. */
  void inTransaction(final Runnable work) {
    inTransaction(c -> {
      work.run();
      return null;
    });
  }

  /**
   * Commits the transaction of the outermost {@link #inTransaction} running on this thread now,
   * before its work ends: for a writer whose commits must follow an order it keeps under a lock of
   * its own, as the event log's sequence numbers do. What the work writes after it is a transaction
   * of its own.
   *
   * @throws IllegalStateException inside a nested call: the outer work's commit would come later
   */
  void commitNow() throws SQLException {
    final Session session = active();
    if (session.depth != 1) {
      throw new IllegalStateException("commitNow inside a nested transaction: the outer one commits later, out of"
          + " the order the caller keeps; call it from the outermost inTransaction");
    }
    session.connection.commit();
  }

  private static void rollback(final Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the original failure is the one worth reporting
    }
  }

  /** One statement as its own transaction. */
  int update(final String sql, final Object... params) {
    return inTransaction(c -> execute(sql, params));
  }

  <T> List<T> query(final String sql, final Row<T> row, final Object... params) {
    try {
      return onConnection(c -> select(sql, row, params));
    } catch (SQLException e) {
      throw new StoreException("store read failed: " + e.getMessage(), e);
    }
  }

  <T> Optional<T> queryOne(final String sql, final Row<T> row, final Object... params) {
    return query(sql, row, params).stream().findFirst();
  }

  /** Runs one statement; call it inside {@link #inTransaction}. */
  int execute(final String sql, final Object... params) throws SQLException {
    final PreparedStatement statement = prepared(sql);
    bind(statement, params);
    return statement.executeUpdate();
  }

  /**
   * Runs one statement once per parameter list, as one JDBC batch (none for an empty list); call
   * it inside {@link #inTransaction}.
   */
  void executeEach(final String sql, final List<Object[]> params) throws SQLException {
    if (params.isEmpty()) {
      return;
    }
    final PreparedStatement statement = prepared(sql);
    try {
      for (final Object[] row : params) {
        bind(statement, row);
        statement.addBatch();
      }
      statement.executeBatch();
    } finally {
      statement.clearBatch();
    }
  }

  /** Runs one query; call it inside {@link #inTransaction} (or {@link #query}). */
  <T> List<T> select(final String sql, final Row<T> row, final Object... params) throws SQLException {
    final PreparedStatement statement = prepared(sql);
    bind(statement, params);
    final List<T> rows = new ArrayList<>();
    try (ResultSet result = statement.executeQuery()) {
      while (result.next()) {
        rows.add(row.read(result));
      }
    }
    return rows;
  }

  /**
   * The statement for {@code sql} on the current call's connection, prepared the first time it is
   * asked for there and kept open with the connection: H2 then parses and plans each of the
   * store's few statements once per connection, not once per call (its own cache of parsed
   * statements holds only the last 8).
   */
  private PreparedStatement prepared(final String sql) throws SQLException {
    final Session session = active();
    PreparedStatement statement = session.statements.get(sql);
    if (statement == null) {
      statement = session.connection.prepareStatement(sql);
      session.statements.put(sql, statement);
    }
    return statement;
  }

  private static void bind(final PreparedStatement statement, final Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      statement.setObject(i + 1, toSql(params[i]));
    }
  }

  private static Object toSql(final Object value) {
    if (value instanceof Address a) {
      return a.toArray();
    }
    if (value instanceof Bytes32 b) {
      return b.toArray();
    }
    if (value instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    return value;
  }

  // ------------------------------------------------------------------ reading typed columns

  static Address address(final ResultSet row, final String column) throws SQLException {
    final byte[] bytes = row.getBytes(column);
    return bytes == null ? null : Address.wrap(bytes);
  }

  static Bytes32 bytes32(final ResultSet row, final String column) throws SQLException {
    final byte[] bytes = row.getBytes(column);
    return bytes == null ? null : Bytes32.wrap(bytes);
  }

  static BigInteger bigInteger(final ResultSet row, final String column) throws SQLException {
    return row.getBigDecimal(column).toBigIntegerExact();
  }

  /** A nullable {@code BIGINT}. */
  static Long optionalLong(final ResultSet row, final String column) throws SQLException {
    final long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }

  static Instant instant(final ResultSet row, final String column) throws SQLException {
    return row.getObject(column, Instant.class);
  }

  /** Closes every connection; a call still running on one fails. */
  void close() {
    SQLException failure = null;
    for (final Session session : opened) {
      try {
        session.connection.close();
      } catch (SQLException e) {
        failure = e;
      }
    }
    if (failure != null) {
      throw new StoreException("could not close the store: " + failure.getMessage(), failure);
    }
  }
}
