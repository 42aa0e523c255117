package io.rolluplab.devnet.chain;

/** The state of a block was asked for that the devnet does not have (too old, or not mined yet). */
public final class StateUnavailableException extends RuntimeException {
  public StateUnavailableException(final String message) {
    super(message);
  }
}
