package io.rolluplab.rollup.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The teaching faults switched on and not yet committed, each with its item (wrong-root's K, 0 for
 * the others): a restart switches them on again, so a lie armed before a crash is still told after it.
 */
public final class FaultTable {
  private final Jdbc jdbc;

  FaultTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Records {@code fault} as on, replacing its item if it already was. */
  public void switchOn(final String fault, final int item) {
    jdbc.update("MERGE INTO faults_on KEY (fault) VALUES (?, ?)", fault, item);
  }

  public void switchOff(final String fault) {
    jdbc.update("DELETE FROM faults_on WHERE fault = ?", fault);
  }

  /** Every fault on, with its item, in the order of their names. */
  public Map<String, Integer> on() {
    final Map<String, Integer> on = new LinkedHashMap<>();
    jdbc.query("SELECT fault, item FROM faults_on ORDER BY fault", r -> Map.entry(r.getString(1), r.getInt(2)))
        .forEach(row -> on.put(row.getKey(), row.getValue()));
    return on;
  }
}
