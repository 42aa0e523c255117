package io.rolluplab.rollup.contracts;

/** Prints a gas figure in one greppable format: {@code GAS <what>: <gas>}. */
final class GasReport {
  private GasReport() {}

  static void print(final String what, final long gas) {
    System.out.printf("GAS %-55s %,10d%n", what + ":", gas);
  }
}
