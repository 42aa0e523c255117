package io.rolluplab.rollup.store;

import java.util.Optional;

/**
 * What the circuit checked in the latest zk batches the prover took up: every check, item by item,
 * as the proof page lists them, in the prover's compact form (deflated).
 *
 * <p>Why not in the prover's event, with the rest of what it did? A batch of 100 transfers has
 * about 1,200 checks, 190 kB as JSON: the event log of a 100,000-transfer run would hold 190 MB of
 * them, which an in-memory store keeps on the heap. Deflated they still take 23.5 kB a batch (each
 * check names the roots it compared, random bytes), so only the latest {@value #KEPT_BATCHES}
 * batches' are kept, as a node prunes old witnesses; the prover's event keeps how many checks an
 * older batch passed.
 */
public final class ProofCheckTable {
  /** How many of the latest batches' checks are kept. */
  public static final int KEPT_BATCHES = 256;

  private final Jdbc jdbc;

  ProofCheckTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records the checks of {@code batchIndex}, replacing those of an earlier attempt, and forgets
   * those of batches {@value #KEPT_BATCHES} or more before it (the prover takes batches up in order).
   */
  public void put(final long batchIndex, final byte[] checks) {
    jdbc.inTransaction(c -> {
      jdbc.execute("MERGE INTO proof_checks KEY (batch_index) VALUES (?, ?)", batchIndex, checks);
      return jdbc.execute("DELETE FROM proof_checks WHERE batch_index <= ?", batchIndex - KEPT_BATCHES);
    });
  }

  /** The checks last recorded for {@code batchIndex}; empty if the prover has not taken it up, or they are forgotten. */
  public Optional<byte[]> get(final long batchIndex) {
    return jdbc.queryOne("SELECT checks FROM proof_checks WHERE batch_index = ?", r -> r.getBytes(1), batchIndex);
  }
}
