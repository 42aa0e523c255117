package io.rolluplab.rollup.store;

import java.util.Optional;

/** Per role that reads L1 (the bridge), the first L1 block it has not read: where a restart resumes. */
public final class L1ProgressTable {
  private final Jdbc jdbc;

  L1ProgressTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public void set(final String role, final long nextL1Block) {
    jdbc.update("MERGE INTO l1_progress KEY (role) VALUES (?, ?)", role, nextL1Block);
  }

  public Optional<Long> get(final String role) {
    return jdbc.queryOne("SELECT next_l1_block FROM l1_progress WHERE role = ?", r -> r.getLong(1), role);
  }
}
