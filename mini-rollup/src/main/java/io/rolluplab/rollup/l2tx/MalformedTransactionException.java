package io.rolluplab.rollup.l2tx;

/** The bytes are not a transaction this L2 accepts (rule 1, {@code MALFORMED}); the message says why. */
public final class MalformedTransactionException extends Exception {
  public MalformedTransactionException(final String message) {
    super(message);
  }
}
