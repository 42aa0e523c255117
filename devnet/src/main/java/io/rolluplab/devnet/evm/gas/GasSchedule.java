package io.rolluplab.devnet.evm.gas;

/**
 * What each thing the EVM does costs in gas, for one fork. Method names say what they price; no
 * figure appears anywhere else in the EVM. A new fork extends the previous fork's schedule and
 * overrides only what its EIPs changed.
 */
public interface GasSchedule {
  // ---- the yellow paper's fee tiers, used as static costs in the operation table
  long zeroTier();
  long baseTier();
  long veryLowTier();
  long lowTier();
  long midTier();
  long highTier();
  long jumpDest();

  // ---- EIP-2929 state access
  /** Any access to an address or slot already touched in this transaction. */
  long warmAccess();
  /** Extra charge for the first access to an account in a transaction (on top of warmAccess). */
  long coldAccountAccessSurcharge();
  /** Extra charge for the first read of a storage slot in a transaction (on top of warmAccess). */
  long coldSloadSurcharge();

  // ---- storage writes (EIP-2200 net metering as re-priced by EIP-2929 and EIP-3529)
  long sstoreSet();
  long sstoreReset();
  long sstoreClearRefund();
  /** SSTORE fails if no more than this much gas is left (EIP-2200 "sentry"). */
  long sstoreSentry();

  // ---- memory, copying, hashing, logs
  /** Cost of growing memory from {@code fromWords} to {@code toWords} 32-byte words. */
  long memoryExpansionCost(long fromWords, long toWords);
  /** Per-word cost of the *COPY opcodes and MCOPY. */
  long copyCost(long bytes);
  long keccakBase();
  long keccakWordCost(long bytes);
  long expPerExponentByte();
  long logBase();
  long logPerTopic();
  long logPerDataByte();
  long blockHash();

  // ---- calls, creation, self-destruct
  long callValueTransfer();
  long callNewAccount();
  long callStipend();
  long create();
  /** EIP-3860: 2 gas per 32-byte word of initcode. */
  long initcodeCost(long bytes);
  long codeDepositPerByte();
  long selfDestruct();
  long selfDestructNewAccount();
  int maxCodeSize();
  int maxInitcodeSize();

  // ---- transactions
  long txBase();
  long txCreate();
  long txDataZeroByte();
  long txDataNonZeroByte();
  long accessListAddress();
  long accessListStorageKey();
  /** EIP-3529: the refund is capped at gasUsed / this. */
  long maxRefundQuotient();

  /**
   * What a transaction's data costs before any code runs: per zero byte and per non-zero byte
   * (EIP-2028), which is why rollups compress their batches and why zeros are cheap.
   */
  default long txData(final byte[] data) {
    long total = 0;
    for (final byte b : data) {
      total += b == 0 ? txDataZeroByte() : txDataNonZeroByte();
    }
    return total;
  }

  /** The number of 32-byte words needed for {@code bytes} bytes, rounding up. */
  static long words(final long bytes) {
    return (bytes + 31) / 32;
  }
}
