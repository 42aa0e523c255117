package io.rolluplab.rollup.store;

import java.util.Optional;

/**
 * What the circuit checked in each zk batch, the last time the prover took it up: every check,
 * item by item, as the proof page lists them, in the prover's compact form (deflated).
 *
 * <p>Why not in the prover's event, with the rest of what it did? A batch of 100 transfers has
 * about 1,300 checks, 190 kB as JSON: the event log of a 100,000-transfer run would hold 190 MB of
 * them, which an in-memory store keeps on the heap. Deflated they take about a tenth.
 */
public final class ProofCheckTable {
  private final Jdbc jdbc;

  ProofCheckTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the checks of {@code batchIndex}, replacing those of an earlier attempt. */
  public void put(final long batchIndex, final byte[] checks) {
    jdbc.update("MERGE INTO proof_checks KEY (batch_index) VALUES (?, ?)", batchIndex, checks);
  }

  /** The checks last recorded for {@code batchIndex}, empty if the prover has not taken it up. */
  public Optional<byte[]> get(final long batchIndex) {
    return jdbc.queryOne("SELECT checks FROM proof_checks WHERE batch_index = ?", r -> r.getBytes(1), batchIndex);
  }
}
