package io.rolluplab.rollup.store;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * Validity proofs (the zk mode's mock proofs) per batch: what was proved, the proof bytes, and how
 * the L1 verifier took it. A batch can have several, e.g. a wrong proof refused and a right one.
 */
public final class ProofTable {
  private final Jdbc jdbc;

  /**
   * A proof as the prover made it.
   *
   * @param publicInputHash hash of pre-root, post-root, batch data hash and deposit queue hash
   * @param postRoot the post-state root it claims
   * @param signer the key that signed it (the mock proof is a signature)
   * @param constraintEstimate how many R1CS constraints a real circuit for this batch would have
   */
  public record Generated(long batchIndex, Bytes32 publicInputHash, Bytes32 postRoot, Address signer,
      long constraintEstimate, byte[] proof, Instant startedAt, Instant generatedAt) {}

  /**
   * A stored proof. Its post-root, signer, constraint estimate and start time are null for proofs
   * stored before schema version 5.
   *
   * @param id assigned by the store
   * @param status "generated", "verified" or "rejected"
   */
  public record Row(long id, long batchIndex, Bytes32 publicInputHash, byte[] proof, String status, Bytes32 l1Tx,
      Long l1GasUsed, Instant generatedAt, Instant verifiedAt, Bytes32 postRoot, Address signer,
      Long constraintEstimate, Instant startedAt) {}

  ProofTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a freshly generated proof and returns its id. */
  public long insert(final Generated p) {
    return jdbc.inTransaction(c -> {
      try (var statement = c.prepareStatement("INSERT INTO proofs (batch_index, public_input_hash, proof, status,"
          + " generated_at, post_root, signer, constraint_estimate, started_at)"
          + " VALUES (?, ?, ?, 'generated', ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        statement.setLong(1, p.batchIndex());
        statement.setBytes(2, p.publicInputHash().toArray());
        statement.setBytes(3, p.proof());
        statement.setObject(4, p.generatedAt());
        statement.setBytes(5, p.postRoot().toArray());
        statement.setBytes(6, p.signer().toArray());
        statement.setLong(7, p.constraintEstimate());
        statement.setObject(8, p.startedAt());
        statement.executeUpdate();
        try (ResultSet keys = statement.getGeneratedKeys()) {
          keys.next();
          return keys.getLong(1);
        }
      }
    });
  }

  /** Records the verifier's answer on L1. */
  public void setVerified(final long id, final String status, final Bytes32 l1Tx, final long l1GasUsed,
      final Instant at) {
    jdbc.update("UPDATE proofs SET status = ?, l1_tx = ?, l1_gas_used = ?, verified_at = ? WHERE proof_id = ?", status,
        l1Tx, l1GasUsed, at, id);
  }

  public List<Row> forBatch(final long batchIndex) {
    return jdbc.query("SELECT * FROM proofs WHERE batch_index = ? ORDER BY proof_id", ProofTable::read, batchIndex);
  }

  private static Row read(final ResultSet r) throws SQLException {
    return new Row(r.getLong("proof_id"), r.getLong("batch_index"), Jdbc.bytes32(r, "public_input_hash"),
        r.getBytes("proof"), r.getString("status"), Jdbc.bytes32(r, "l1_tx"), Jdbc.optionalLong(r, "l1_gas_used"),
        Jdbc.instant(r, "generated_at"), Jdbc.instant(r, "verified_at"), Jdbc.bytes32(r, "post_root"),
        Jdbc.address(r, "signer"), Jdbc.optionalLong(r, "constraint_estimate"), Jdbc.instant(r, "started_at"));
  }
}
