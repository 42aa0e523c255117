package io.rolluplab.devnet.evm.precompile;

/**
 * 0x04: returns its input unchanged (Frontier). Before MCOPY (EIP-5656) it was the cheapest way
 * for a contract to copy a block of memory: call it with the source and let the output land at
 * the destination.
 */
public final class Identity implements Precompile {
  @Override
  public String name() {
    return "identity";
  }

  /** 15 + 3 per 32-byte word of input. */
  @Override
  public long gasCost(final byte[] input) {
    return Words.linearGas(15, 3, input.length);
  }

  @Override
  public PrecompileResult run(final byte[] input) {
    return PrecompileResult.ok(input.clone());
  }
}
