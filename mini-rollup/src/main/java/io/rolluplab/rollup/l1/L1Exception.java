package io.rolluplab.rollup.l1;

/**
 * Something the rollup asked of L1 did not happen: the node was unreachable, refused the
 * transaction, or the transaction reverted ({@link L1RevertException}). The message says what went
 * wrong and what to do. Checked on purpose: every role decides what a failed L1 step means for its
 * state machine (retry on the next tick, or give up loudly).
 */
public class L1Exception extends Exception {

  public L1Exception(final String message) {
    super(message);
  }

  public L1Exception(final String message, final Throwable cause) {
    super(message, cause);
  }
}
