package io.rolluplab.rollup.contracts;

/** Prints a gas figure in one greppable format: {@code GAS <what>: <gas>}. */
final class GasReport {
  private GasReport() {}

  static void print(final String what, final long gas) {
    System.out.printf("GAS %-55s %,10d%n", what + ":", gas);
  }

  /**
   * What a transaction's call data alone costs (EIP-2028): 16 gas per non-zero byte, 4 per zero
   * byte. The rest of its gas is the 21,000 base and the contract's own work.
   */
  static long calldataGas(final byte[] data) {
    long gas = 0;
    for (final byte b : data) {
      gas += b == 0 ? 4 : 16;
    }
    return gas;
  }
}
