package io.rolluplab.rollup.execution;

/**
 * The rules a signed transaction can break, in the order both sides check them (L2-RULES.md §3).
 * The first one broken is reported; the item then changes nothing.
 */
public enum Rule {
  /** Not a canonical type-2 or legacy transaction; or data, access list or recipient not allowed. */
  MALFORMED,
  /** Another chain's transaction, or a legacy signature without EIP-155 (replayable on any chain). */
  WRONG_CHAIN_ID,
  /** High s (EIP-2), a bad y parity, or no signer recoverable. */
  BAD_SIGNATURE,
  /** Less gas than the 21000 a transfer costs. */
  GAS_LIMIT_TOO_LOW,
  /** Not the sender's next nonce: a replay (too low) or a gap (too high). */
  NONCE_MISMATCH,
  /** The fee cap (legacy: gas price) is below the L2 base fee. */
  FEE_CAP_TOO_LOW,
  /** The balance cannot pay value + fee (an amount beyond uint256 counts as unpayable). */
  INSUFFICIENT_BALANCE;

  /** The outcome code the Solidity library returns for this rule (0 means applied). */
  public int code() {
    return ordinal() + 1;
  }
}
