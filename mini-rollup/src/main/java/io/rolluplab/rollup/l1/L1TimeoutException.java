package io.rolluplab.rollup.l1;

import io.rolluplab.rollup.state.Bytes32;

/**
 * A transaction was accepted by the L1 node but no receipt came in time. It may still be mined:
 * look it up with {@link L1Client#receipt} before deciding to send anything again, or the same
 * batch could land twice.
 */
public final class L1TimeoutException extends L1Exception {
  private final Bytes32 transactionHash;

  public L1TimeoutException(final Bytes32 transactionHash, final String message) {
    super(message);
    this.transactionHash = transactionHash;
  }

  public Bytes32 transactionHash() {
    return transactionHash;
  }
}
