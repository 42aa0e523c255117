package io.rolluplab.devnet.tx;

/**
 * A transaction that may not enter a block. It names the rule it broke, and its message says what
 * was wrong and what to do; nothing in the state has changed when it is thrown.
 */
public final class InvalidTransactionException extends Exception {

  /** The validity rules of a transaction (yellow paper section 6.2 and the EIPs that added to it). */
  public enum Rule {
    MALFORMED,
    INVALID_SIGNATURE,
    WRONG_CHAIN_ID,
    NONCE_TOO_LOW,
    NONCE_TOO_HIGH,
    NONCE_AT_MAXIMUM,
    INTRINSIC_GAS_TOO_LOW,
    GAS_LIMIT_EXCEEDS_BLOCK,
    FEE_CAP_BELOW_BASE_FEE,
    PRIORITY_FEE_ABOVE_FEE_CAP,
    INSUFFICIENT_FUNDS,
    SENDER_NOT_EOA,
    INITCODE_TOO_LARGE,
    VALUE_OUT_OF_RANGE
  }

  private final Rule rule;

  public InvalidTransactionException(final Rule rule, final String message) {
    super(message);
    this.rule = rule;
  }

  public Rule rule() {
    return rule;
  }
}
