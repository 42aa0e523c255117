package io.rolluplab.rollup.store;

import java.util.Optional;

/**
 * Where the mirror stands in this rollup's event log: the sequence of the last event it copied (or
 * found nothing to copy in) to the other rollup. The events after it are its queue, so a restart
 * copies what it had not copied yet.
 *
 * <p>Next to it, the deposit the mirror is copying ({@link Pending}), recorded before it sends
 * anything, so that a restart looks for that deposit on L1 before making it again.
 */
public final class MirrorProgressTable {
  private final Jdbc jdbc;

  /**
   * The deposit of event {@code seq} of this log, about to be made on the other rollup by a
   * transaction mined after L1 block {@code afterL1Block}.
   */
  public record Pending(long seq, long afterL1Block) {}

  MirrorProgressTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** The mirror's place is event {@code lastSeq}, and no deposit is under way. */
  public void set(final long lastSeq) {
    jdbc.update("MERGE INTO mirror_progress (singleton, last_seq, pending_seq, pending_after_l1_block) KEY (singleton)"
        + " VALUES (1, ?, NULL, NULL)", lastSeq);
  }

  /** The mirror's place is event {@code lastSeq}, and it is about to copy the deposit {@code pending}. */
  public void setPending(final long lastSeq, final Pending pending) {
    jdbc.update("MERGE INTO mirror_progress (singleton, last_seq, pending_seq, pending_after_l1_block) KEY (singleton)"
        + " VALUES (1, ?, ?, ?)", lastSeq, pending.seq(), pending.afterL1Block());
  }

  /** Empty if no mirror has read this log, or since {@link #forget}. */
  public Optional<Long> get() {
    return jdbc.queryOne("SELECT last_seq FROM mirror_progress", r -> r.getLong(1));
  }

  /** The deposit the mirror was copying when it stopped, if its place was not saved after it. */
  public Optional<Pending> pending() {
    return jdbc.queryOne("SELECT pending_seq, pending_after_l1_block FROM mirror_progress"
        + " WHERE pending_seq IS NOT NULL", r -> new Pending(r.getLong(1), r.getLong(2)));
  }

  /** Forgets the mirror's place: a run without the mirror, whose events a later mirror must not copy. */
  public void forget() {
    jdbc.update("DELETE FROM mirror_progress");
  }
}
