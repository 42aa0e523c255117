package io.rolluplab.rollup.prover;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.event.RollupEvent;
import io.rolluplab.rollup.state.Bytes32;

/** Every step the prover takes, one record each, with the sentence the event feed shows. */
public sealed interface ProverEvent extends RollupEvent {

  @Override
  default String role() {
    return "prover";
  }

  /**
   * The witness of a committed batch satisfies every check: proving starts.
   *
   * @param checks how many checks the circuit makes; each is stored with the batch ({@code proof_checks})
   * @param constraints the estimated size of a real circuit for this batch
   * @param inputs the public inputs the proof will be bound to (the UI's proof page shows them)
   */
  record ProvingStarted(long batchIndex, int items, int checks, long constraints, PublicInputs inputs,
      long expectedMillis) implements ProverEvent {
    @Override
    public String sentence() {
      return "Built the witness of batch " + batchIndex + " (" + items + " items) and checked all " + checks
          + " constraints a circuit would check; a real circuit would have about " + millions(constraints)
          + " million R1CS constraints. Proving, ready in " + expectedMillis / 1000.0 + " s.";
    }
  }

  /** Part of the (simulated) proving time has passed. */
  record ProvingProgress(long batchIndex, int percent) implements ProverEvent {
    @Override
    public String sentence() {
      return "Proving batch " + batchIndex + ": " + percent + "% done.";
    }
  }

  /**
   * The mock proof is made: a signature over the public inputs.
   *
   * @param claimedRoot the post-state root it is sent with (a made-up one under the wrong-root fault)
   * @param fault empty when honest, else what the fault changed
   */
  record ProofGenerated(long batchIndex, Bytes32 publicInputHash, Bytes32 claimedRoot, Address signer, String fault)
      implements ProverEvent {
    @Override
    public String sentence() {
      return "Made the mock proof of batch " + batchIndex + ": " + signer + "'s signature over the public input hash "
          + publicInputHash + (fault.isEmpty() ? "; sending it with post-state root " + claimedRoot + "."
              : "; teaching fault: " + fault + ".");
    }
  }

  /** L1's verifier accepted the proof: the batch's root is proven. */
  record ProofVerified(long batchIndex, Bytes32 postRoot, Bytes32 l1Tx, long l1GasUsed) implements ProverEvent {
    @Override
    public String sentence() {
      return "L1's verifier accepted the proof of batch " + batchIndex + " (proveBatch, " + l1GasUsed + " gas): its"
          + " post-state root " + postRoot + " is proven, with no challenge window. It is final once executed.";
    }
  }

  /** L1 refused the proof; the prover proves the batch again, honestly. */
  record ProofRejected(long batchIndex, String reason) implements ProverEvent {
    @Override
    public String sentence() {
      return "L1 refused the proof of batch " + batchIndex + ": " + reason + ". The batch stays unproven; the prover"
          + " proves it again.";
    }
  }

  /**
   * A check failed: no proof of this batch exists, so the honest prover makes none. The checks made,
   * up to and with the failed one, are stored with the batch ({@code proof_checks}).
   */
  record ProvingRefused(long batchIndex, Check failed) implements ProverEvent {
    @Override
    public String sentence() {
      return "Cannot prove batch " + batchIndex + ": " + failed.describe() + ". No circuit can be satisfied by this"
          + " witness, so no proof exists, and batches are proven in order: the chain would stop here. The operator"
          + " reverts it on L1 (revertBatches) and commits its transactions again, without the invalid one.";
    }
  }

  /**
   * A committed batch this operator did not make (someone forced it in once a deposit was overdue),
   * whose diff is exactly what its deposits make: the prover proves it from what L1 holds.
   */
  record UnrecordedBatchFound(long batchIndex, long deposits, Bytes32 l1Tx) implements ProverEvent {
    @Override
    public String sentence() {
      return "Batch " + batchIndex + " was committed by someone else (L1 transaction " + l1Tx + "): L1 lets anyone"
          + " commit once a deposit is overdue. This operator has no record of it, but its diff is exactly what its "
          + deposits + (deposits == 1 ? " deposit makes" : " deposits make") + ", so the prover proves it from L1.";
    }
  }

  /**
   * A committed batch this operator did not make whose diff its deposits alone do not make: it holds
   * transactions only its committer knows, so no witness can be built here.
   */
  record UnrecordedBatchUnprovable(long batchIndex, long deposits, Bytes32 l1Tx, Check failed)
      implements ProverEvent {
    @Override
    public String sentence() {
      return "Cannot prove batch " + batchIndex + ": someone else committed it (L1 transaction " + l1Tx + "), this"
          + " operator has no record of its transactions, and its diff is not what its " + deposits
          + (deposits == 1 ? " deposit makes" : " deposits make") + " (" + failed.describe() + "). L1 holds the"
          + " transactions' effect, not the transactions, so only its committer can give the witness, and batches are"
          + " proven in order: the chain waits here. The operator must get the transactions from the committer and"
          + " prove it, or take it back with revertBatches and commit its deposits in a batch of its own.";
    }
  }

  private static String millions(final long constraints) {
    return String.format("%,d", Math.round(constraints / 1e6));
  }
}
