package io.rolluplab.rollup.sequencer;

/**
 * What each byte of an L2 transaction costs on L1, in wei: the price of the calldata the batcher
 * will post it in. A real sequencer follows the L1 base fee; ours is a constant for now.
 */
@FunctionalInterface
public interface L1FeeSource {
  long l1FeePerByte();

  static L1FeeSource constant(final long weiPerByte) {
    if (weiPerByte < 0) {
      throw new IllegalArgumentException("an L1 fee per byte is never negative, got " + weiPerByte);
    }
    return () -> weiPerByte;
  }
}
