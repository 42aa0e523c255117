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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store's one connection and the few JDBC moves every table needs, so each table class holds
 * only its SQL. Every call holds this object's lock: writes are serialized (H2 would do that
 * anyway) and a reader never sees half of a write.
 *
 * <p>Values are bound by type: {@link Address} and {@link Bytes32} as their bytes, {@link
 * BigInteger} as a {@code NUMERIC}, {@link Instant} as a {@code TIMESTAMP WITH TIME ZONE}.
 */
final class Jdbc {
  private final Connection connection;
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  /** How many {@link #inTransaction} calls are running on the connection: only the outermost commits. */
  private int depth;

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

  Jdbc(final Connection connection) throws SQLException {
    this.connection = connection;
    connection.setAutoCommit(false);
  }

  /**
   * Runs {@code work} as one transaction and returns only after it is committed; rolls back if it
   * throws. Called inside another {@code work} (on the same thread), it joins that transaction:
   * the outermost call commits, or rolls back everything.
   */
  synchronized <T> T inTransaction(final Work<T> work) {
    depth++;
    try {
      final T result = work.run(connection);
      if (depth == 1) {
        connection.commit();
      }
      return result;
    } catch (SQLException | RuntimeException e) {
      if (depth == 1) {
        rollback();
      }
      throw e instanceof StoreException s ? s : new StoreException("store write failed: " + e.getMessage(), e);
    } finally {
      depth--;
    }
  }

  private void rollback() {
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

  synchronized <T> List<T> query(final String sql, final Row<T> row, final Object... params) {
    try {
      return select(sql, row, params);
    } catch (SQLException e) {
      throw new StoreException("store read failed: " + e.getMessage(), e);
    }
  }

  <T> Optional<T> queryOne(final String sql, final Row<T> row, final Object... params) {
    return query(sql, row, params).stream().findFirst();
  }

  /** Runs one statement; call it inside {@link #inTransaction}. */
  synchronized int execute(final String sql, final Object... params) throws SQLException {
    final PreparedStatement statement = prepared(sql);
    bind(statement, params);
    return statement.executeUpdate();
  }

  /**
   * Runs one statement once per parameter list, as one JDBC batch (none for an empty list); call
   * it inside {@link #inTransaction}.
   */
  synchronized void executeEach(final String sql, final List<Object[]> params) throws SQLException {
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

  synchronized <T> List<T> select(final String sql, final Row<T> row, final Object... params) throws SQLException {
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
   * The statement for {@code sql}, prepared the first time it is asked for and kept open with the
   * connection: H2 then parses and plans each of the store's few statements once, not once per
   * call (its own cache of parsed statements holds only the last 8).
   */
  private PreparedStatement prepared(final String sql) throws SQLException {
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      statements.put(sql, statement);
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

  synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("could not close the store: " + e.getMessage(), e);
    }
  }
}
