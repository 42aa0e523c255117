package io.rolluplab.devnet.evm;

/**
 * Ethereum protocol upgrades, in order. The devnet runs {@link #CANCUN}; the earlier forks are named
 * so that rules can say since when they hold ({@code fork.isAtLeast(Fork.BERLIN)}).
 */
public enum Fork {
  /** EIP-2929 cold/warm access, EIP-2930 access lists. */
  BERLIN,
  /** EIP-1559 base fee, EIP-3529 smaller refunds, EIP-3541 no 0xEF code. */
  LONDON,
  /** EIP-3855 PUSH0, EIP-3860 initcode limit, EIP-3651 warm coinbase. */
  SHANGHAI,
  /** EIP-1153 transient storage, EIP-5656 MCOPY, EIP-6780 SELFDESTRUCT, EIP-4844 blobs, EIP-7516. */
  CANCUN;

  public boolean isAtLeast(final Fork other) {
    return compareTo(other) >= 0;
  }
}
