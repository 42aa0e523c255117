package io.rolluplab.rollup.l2tx;

/**
 * A compact transfer's key prefix names no single account in the state before it (rule 1b, {@code
 * UNKNOWN_RECIPIENT}, L2-RULES.md §2.1); the message says which prefix.
 */
public final class UnknownRecipientException extends Exception {
  public UnknownRecipientException(final String message) {
    super(message);
  }
}
