package io.rolluplab.rollup.prover;

/**
 * Where the prover is with the next batch to prove. Each transition is a method, so an impossible
 * one fails loudly.
 *
 * <pre>
 *   IDLE ──every check holds──▶ PROVING ──L1 verified the proof──▶ IDLE
 *    │                            └──L1 refused the proof──▶ IDLE (the batch is proven again)
 *    └──a check fails──▶ STUCK (no proof of that batch exists; none after it can be made)
 *                          └──the operator reverted the unproven batches──▶ IDLE
 * </pre>
 */
public enum ProverState {
  /** Waits for the next committed batch whose data it has derived. */
  IDLE,
  /** The witness holds; the (simulated) proof is being made, then sent to L1. */
  PROVING,
  /**
   * A committed batch fails a constraint: the honest prover cannot prove it, and since batches are
   * proven in order, nothing after it can be proven either, until the operator reverts it (as
   * zkSync's operator does with {@code revertBatches}; here {@link BatchExecutor} does it).
   */
  STUCK;

  public ProverState start() {
    return move(IDLE, PROVING, "start proving");
  }

  public ProverState verified() {
    return move(PROVING, IDLE, "finish a proof");
  }

  public ProverState refusedByL1() {
    return move(PROVING, IDLE, "see its proof refused");
  }

  public ProverState unprovable() {
    return move(IDLE, STUCK, "give up on a batch");
  }

  public ProverState reverted() {
    return move(STUCK, IDLE, "go on after a revert");
  }

  private ProverState move(final ProverState from, final ProverState to, final String action) {
    if (this != from) {
      throw new IllegalStateException("the prover cannot " + action + ": it is " + this + ", not " + from);
    }
    return to;
  }
}
