package io.rolluplab.rollup.l1;

/**
 * The L1 cannot do this: the dev controls ({@link L1Client#increaseTime}, {@link L1Client#mine})
 * exist only on dev nodes (the embedded devnet, anvil, Hardhat), not on a real network's node,
 * where time passes only by itself.
 */
public final class L1UnsupportedException extends L1Exception {

  public L1UnsupportedException(final String message) {
    super(message);
  }
}
