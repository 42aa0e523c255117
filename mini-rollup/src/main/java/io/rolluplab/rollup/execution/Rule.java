package io.rolluplab.rollup.execution;

/**
 * The rules a signed transaction can break, declared in the order both sides check them (L2-RULES.md §3).
 * The first one broken is reported; the item then changes nothing.
 */
public enum Rule {
  /** Not a canonical type-2 or legacy transaction; or data, access list or recipient not allowed. */
  MALFORMED(1),
  /**
   * Rule 1b: a compact transfer's key prefix names no single account in the state before it. Code 8,
   * so that the rules after it keep the codes they had before it was added.
   */
  UNKNOWN_RECIPIENT(8),
  /** Another chain's transaction, or a legacy signature without EIP-155 (replayable on any chain). */
  WRONG_CHAIN_ID(2),
  /** High s (EIP-2), a bad y parity, or no signer recoverable. */
  BAD_SIGNATURE(3),
  /** Less gas than the 21000 a transfer costs. */
  GAS_LIMIT_TOO_LOW(4),
  /** Not the sender's next nonce: a replay (too low) or a gap (too high). */
  NONCE_MISMATCH(5),
  /** The fee cap (legacy: gas price) is below the L2 base fee. */
  FEE_CAP_TOO_LOW(6),
  /** The balance cannot pay value + fee (an amount beyond uint256 counts as unpayable). */
  INSUFFICIENT_BALANCE(7);

  private final int code;

  Rule(final int code) {
    this.code = code;
  }

  /** The outcome code the Solidity library returns for this rule (0 means applied). */
  public int code() {
    return code;
  }
}
