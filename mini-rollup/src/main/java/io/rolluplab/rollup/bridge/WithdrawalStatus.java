package io.rolluplab.rollup.bridge;

/**
 * Where one withdrawal is on its way from L2 to L1, as the user follows it. Each transition is a
 * method, so an impossible one (paying a withdrawal whose batch is not final) fails loudly instead
 * of being silently ignored. The names are what the store and {@code rollup_getWithdrawal} show.
 */
public enum WithdrawalStatus {
  /** In a sealed L2 block: soft-confirmed by the sequencer, not yet on L1. */
  INCLUDED,
  /** Its batch's data is on L1; no state root is claimed for that batch (yet, or any more after a rollback). */
  WAITING_FOR_ROOT,
  /** A proposer claimed its batch's state root; anyone may challenge it until the deadline. */
  IN_CHALLENGE_WINDOW,
  /** Zk mode: L1's verifier accepted a proof of its batch's root; it is final once the batch is executed. */
  PROVEN,
  /** Its batch is final: L1 trusts the root, and the Bridge pays against it. */
  FINAL,
  /** The Bridge paid it on L1. Nothing follows. */
  PAID;

  /** The batch that carries it was posted to L1. */
  public WithdrawalStatus batchPosted() {
    return move(INCLUDED, WAITING_FOR_ROOT, "be posted in a batch");
  }

  /** A proposer claimed the root of its batch. */
  public WithdrawalStatus rootProposed() {
    return move(WAITING_FOR_ROOT, IN_CHALLENGE_WINDOW, "have its root proposed");
  }

  /** The root of its batch was withdrawn after a lost dispute; an honest proposer proposes again. */
  public WithdrawalStatus rootRolledBack() {
    return move(IN_CHALLENGE_WINDOW, WAITING_FOR_ROOT, "have its root rolled back");
  }

  /** The challenge window of its batch passed without a successful challenge. */
  public WithdrawalStatus batchFinalized() {
    return move(IN_CHALLENGE_WINDOW, FINAL, "become final");
  }

  /** Zk mode: the root of its batch was proven. */
  public WithdrawalStatus rootProven() {
    return move(WAITING_FOR_ROOT, PROVEN, "have its root proven");
  }

  /** Zk mode: its proven batch was executed, so its root is final. */
  public WithdrawalStatus batchExecuted() {
    return move(PROVEN, FINAL, "become final by execution");
  }

  /** The Bridge paid it (the relayer's transaction, or anyone's: the Bridge pays each once). */
  public WithdrawalStatus paid() {
    return move(FINAL, PAID, "be paid");
  }

  private WithdrawalStatus move(final WithdrawalStatus from, final WithdrawalStatus to, final String action) {
    if (this != from) {
      throw new IllegalStateException("a withdrawal that is " + this + " cannot " + action + ": only one that is "
          + from + " can");
    }
    return to;
  }
}
