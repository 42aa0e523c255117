package io.rolluplab.rollup.sequencer;

/** A submitted transaction the sequencer refused; it never entered the mempool. */
public final class TransactionRejectedException extends Exception {
  private final RejectReason reason;

  TransactionRejectedException(final RejectReason reason, final String problem) {
    super(problem + "; " + reason.advice(), null, false, false);
    this.reason = reason;
  }

  public RejectReason reason() {
    return reason;
  }
}
