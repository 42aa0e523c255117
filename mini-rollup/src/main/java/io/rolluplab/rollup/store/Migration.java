package io.rolluplab.rollup.store;

/**
 * One step of the schema's history. Versions count up from 1 and a released migration never
 * changes: a database remembers which versions it has, so a new column is a new migration.
 *
 * <p>H2 commits on every {@code CREATE} or {@code ALTER}, so a migration cannot be undone as a
 * whole if the process dies half-way. Instead its statements are written to be run again safely
 * ({@code IF NOT EXISTS}), and its version is recorded last: an interrupted migration simply runs
 * again at the next start.
 *
 * @param sql statements separated by {@code ;}
 */
public record Migration(int version, String description, String sql) {

  public Migration {
    if (version < 1) {
      throw new IllegalArgumentException("migration versions start at 1, got " + version);
    }
  }
}
