package io.rolluplab.devnet.evm.precompile;

/**
 * A contract built into the protocol at a low address (0x01..0x0a), run natively instead of as EVM
 * code because the EVM would be far too slow (or unable) to do the job: signature recovery,
 * hashing, big-number and elliptic-curve arithmetic.
 *
 * <p>The EVM first asks {@link #gasCost(byte[])}; if the call's gas covers it, it runs
 * {@link #run(byte[])}. A failed run consumes all gas given to the call, like an exceptional halt.
 */
public interface Precompile {

  /** A short name for traces and the UI, e.g. {@code "ecrecover"}. */
  String name();

  /** The gas this input costs; may be larger than any gas limit (then the call fails). */
  long gasCost(byte[] input);

  /** Runs on the input; never throws for bad input, returns {@link PrecompileResult#failure} instead. */
  PrecompileResult run(byte[] input);
}
