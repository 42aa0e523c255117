package io.rolluplab.rollup.store;

/** The store could not do what it was asked; the message says what and, where it can, what to do. */
public final class StoreException extends RuntimeException {
  public StoreException(final String message) {
    super(message);
  }

  public StoreException(final String message, final Throwable cause) {
    super(message, cause);
  }
}
