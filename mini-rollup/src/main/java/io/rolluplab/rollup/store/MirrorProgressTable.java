package io.rolluplab.rollup.store;

import java.util.Optional;

/**
 * Where the mirror stands in this rollup's event log: the sequence of the last event it copied (or
 * found nothing to copy in) to the other rollup. The events after it are its queue, so a restart
 * copies what it had not copied yet.
 */
public final class MirrorProgressTable {
  private final Jdbc jdbc;

  MirrorProgressTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public void set(final long lastSeq) {
    jdbc.update("MERGE INTO mirror_progress KEY (singleton) VALUES (1, ?)", lastSeq);
  }

  /** Empty if no mirror has read this log, or since {@link #forget}. */
  public Optional<Long> get() {
    return jdbc.queryOne("SELECT last_seq FROM mirror_progress", r -> r.getLong(1));
  }

  /** Forgets the mirror's place: a run without the mirror, whose events a later mirror must not copy. */
  public void forget() {
    jdbc.update("DELETE FROM mirror_progress");
  }
}
