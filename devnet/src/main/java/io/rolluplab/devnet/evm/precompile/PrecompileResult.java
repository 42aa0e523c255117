package io.rolluplab.devnet.evm.precompile;

/**
 * The outcome of a precompile: its output, or a failure (bad input), which the EVM treats as an
 * exceptional halt of the call. {@code reason} says in words why it failed, for traces.
 */
public record PrecompileResult(boolean success, byte[] output, String reason) {
  private static final byte[] EMPTY = new byte[0];

  public static PrecompileResult ok(final byte[] output) {
    return new PrecompileResult(true, output, null);
  }

  public static PrecompileResult failure(final String reason) {
    return new PrecompileResult(false, EMPTY, reason);
  }
}
