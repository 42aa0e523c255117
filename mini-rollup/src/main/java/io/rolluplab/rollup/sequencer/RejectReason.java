package io.rolluplab.rollup.sequencer;

import io.rolluplab.rollup.execution.Rule;

/**
 * Why the sequencer refused a transaction, each with what the sender should do about it. The first
 * ones are the rules of L2-RULES.md §3 (a broken nonce rule split into its two everyday cases);
 * the rest are the mempool's own limits.
 */
public enum RejectReason {
  MALFORMED("send a plain value transfer: EIP-1559 or EIP-155 legacy, with a recipient, no data, no access list"),
  WRONG_CHAIN_ID("sign it for this L2's chain id (is the wallet still on the L1 network?)"),
  BAD_SIGNATURE("sign it again with the sender's key; the signature must have a low s (EIP-2)"),
  GAS_LIMIT_TOO_LOW("set the gas limit to at least 21000, the gas every transfer pays"),
  NONCE_TOO_LOW("use the account's next nonce (eth_getTransactionCount with \"pending\"); this one is already used"),
  FEE_CAP_TOO_LOW("raise maxFeePerGas (legacy: gasPrice) to at least the L2 base fee of 1 gwei"),
  INSUFFICIENT_BALANCE("deposit more from L1 through the Bridge, or send less: the cost is value + L2 execution fee "
      + "+ L1 data fee"),
  NONCE_TOO_FAR_AHEAD("send the missing nonces first: the mempool holds back at most "
      + SequencerDriver.MAX_NONCE_GAP + " transactions beyond a sender's next nonce"),
  NONCE_ALREADY_PENDING("wait until the pending transaction with this nonce is sealed (replacing it is not supported)"),
  ALREADY_KNOWN("nothing to do: it is already pending or sealed; look it up by its hash"),
  POOL_FULL("send it again in a few seconds: sealed blocks make room, once the batcher has posted the blocks before "
      + "them if it lags behind"),
  NOT_ACCEPTING("the sequencer is stopped; start the rollup again to send transactions");

  private final String advice;

  RejectReason(final String advice) {
    this.advice = advice;
  }

  /** What to do about it, as a sentence to show the sender. */
  public String advice() {
    return advice;
  }

  /** The reason for a broken rule; a nonce mismatch reaching here is a nonce already used. */
  public static RejectReason of(final Rule rule) {
    return switch (rule) {
      case MALFORMED, UNKNOWN_RECIPIENT -> MALFORMED; // a wallet writes the recipient in full
      case WRONG_CHAIN_ID -> WRONG_CHAIN_ID;
      case BAD_SIGNATURE -> BAD_SIGNATURE;
      case GAS_LIMIT_TOO_LOW -> GAS_LIMIT_TOO_LOW;
      case NONCE_MISMATCH -> NONCE_TOO_LOW;
      case FEE_CAP_TOO_LOW -> FEE_CAP_TOO_LOW;
      case INSUFFICIENT_BALANCE -> INSUFFICIENT_BALANCE;
    };
  }
}
