package io.rolluplab.web.rollup;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.ProofCheckTable;
import java.time.Instant;
import java.util.List;
import org.web3j.utils.Numeric;

/**
 * The proof page of a zk batch: what was proven, the checks a circuit would make, the mock proof,
 * how L1 took it, and what the mock does and does not prove.
 *
 * @param batchStatus where the batch stands ("proving", "proven", "executed", …)
 * @param inputs the public inputs as L1 holds them (post-root: the one proven, once it is)
 * @param checks what the circuit checks, in order, each with its result; empty before proving starts,
 *     and for a batch older than the latest {@code ProofCheckTable.KEPT_BATCHES} the prover took up
 * @param checksNotKept for such an older batch, how many checks held; else 0
 * @param constraintEstimate R1CS constraints a real circuit for this batch would have
 * @param attempts every proof sent for the batch, oldest first (a refused one, then the right one)
 * @param executedAt when the batch was executed (its root final), null before
 * @param note {@code WhatTheMockProves}: paragraphs in plain words
 */
public record ProofView(long batchIndex, String batchStatus, PublicInputsView inputs, List<CheckView> checks,
    int checksNotKept, long constraintEstimate, List<Attempt> attempts, Instant executedAt, List<String> note) {

  /** The four public inputs and their hash, the one value the proof is bound to. */
  public record PublicInputsView(Bytes32 preRoot, Bytes32 postRoot, Bytes32 dataHash, Bytes32 depositQueueHash,
      Bytes32 hash) {}

  /**
   * One constraint the circuit checks.
   *
   * @param item the batch item it belongs to, -1 for the whole batch
   */
  public record CheckView(int item, String name, boolean passed, String detail, long constraints) {}

  /**
   * One proof sent to L1.
   *
   * @param status "generated", "verified" or "rejected"
   * @param proof the mock proof: the signer's 65-byte signature over the public input hash
   * @param claimedRoot the post-state root it was sent with
   * @param l1Tx the {@code proveBatch} transaction, null before it was sent
   * @param l1GasUsed what verifying it cost on L1
   */
  public record Attempt(String status, byte[] proof, Bytes32 publicInputHash, Bytes32 claimedRoot, Address signer,
      Bytes32 l1Tx, Long l1GasUsed, Instant startedAt, Instant generatedAt, Instant verifiedAt) {
    public String proofHex() {
      return Numeric.toHexString(proof);
    }
  }

  /** For how many of the latest batches the checks are kept, item by item. */
  public int keptBatches() {
    return ProofCheckTable.KEPT_BATCHES;
  }

  /** The checks that passed. */
  public long passedChecks() {
    return checks.stream().filter(CheckView::passed).count();
  }

  /** The last attempt, if any: the proof that counts. */
  public Attempt latest() {
    return attempts.isEmpty() ? null : attempts.get(attempts.size() - 1);
  }
}
