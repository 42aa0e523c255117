package io.rolluplab.devnet.evm.gas;

/**
 * Gas costs in force since Cancun. Each figure carries the EIP (or yellow-paper fee name) it comes
 * from, so a student can look it up.
 */
public class CancunGasSchedule implements GasSchedule {
  // yellow paper, appendix G
  @Override public long zeroTier() { return 0; }
  @Override public long baseTier() { return 2; }
  @Override public long veryLowTier() { return 3; }
  @Override public long lowTier() { return 5; }
  @Override public long midTier() { return 8; }
  @Override public long highTier() { return 10; }
  @Override public long jumpDest() { return 1; }

  // EIP-2929
  @Override public long warmAccess() { return 100; }
  @Override public long coldAccountAccessSurcharge() { return 2600 - 100; }
  @Override public long coldSloadSurcharge() { return 2100 - 100; }

  // EIP-2200, re-priced by EIP-2929 (reset = 5000 - cold sload) and EIP-3529 (clear refund)
  @Override public long sstoreSet() { return 20000; }
  @Override public long sstoreReset() { return 5000 - 2100; }
  @Override public long sstoreClearRefund() { return 4800; }
  @Override public long sstoreSentry() { return 2300; }

  /** Yellow paper: C_mem(a) = 3a + a²/512 for a words; an expansion pays the difference. */
  @Override
  public long memoryExpansionCost(final long fromWords, final long toWords) {
    return toWords <= fromWords ? 0 : memoryCost(toWords) - memoryCost(fromWords);
  }

  private static long memoryCost(final long words) {
    return 3 * words + words * words / 512;
  }

  @Override public long copyCost(final long bytes) { return 3 * GasSchedule.words(bytes); }
  @Override public long keccakBase() { return 30; }
  @Override public long keccakWordCost(final long bytes) { return 6 * GasSchedule.words(bytes); }
  // EIP-160
  @Override public long expPerExponentByte() { return 50; }
  @Override public long logBase() { return 375; }
  @Override public long logPerTopic() { return 375; }
  @Override public long logPerDataByte() { return 8; }
  @Override public long blockHash() { return 20; }

  @Override public long callValueTransfer() { return 9000; }
  @Override public long callNewAccount() { return 25000; }
  @Override public long callStipend() { return 2300; }
  @Override public long create() { return 32000; }
  // EIP-3860
  @Override public long initcodeCost(final long bytes) { return 2 * GasSchedule.words(bytes); }
  @Override public long codeDepositPerByte() { return 200; }
  // EIP-150
  @Override public long selfDestruct() { return 5000; }
  @Override public long selfDestructNewAccount() { return 25000; }
  // EIP-170 and EIP-3860
  @Override public int maxCodeSize() { return 24576; }
  @Override public int maxInitcodeSize() { return 2 * 24576; }

  @Override public long txBase() { return 21000; }
  @Override public long txCreate() { return 32000; }
  // EIP-2028
  @Override public long txDataZeroByte() { return 4; }
  @Override public long txDataNonZeroByte() { return 16; }
  // EIP-2930
  @Override public long accessListAddress() { return 2400; }
  @Override public long accessListStorageKey() { return 1900; }
  // EIP-3529
  @Override public long maxRefundQuotient() { return 5; }
}
