package io.rolluplab.devnet.evm.precompile;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Helpers for the 32-byte words that precompile inputs, outputs and prices are made of.
 *
 * <p>Precompiles read missing input as zeros: a call with 10 bytes of input to a precompile that
 * wants 128 sees those 10 bytes followed by 118 zero bytes. {@link #read} does exactly that.
 */
final class Words {
  static final int SIZE = 32;

  private Words() {}

  /** The number of 32-byte words that hold {@code length} bytes, rounding up. */
  static long count(final long length) {
    return (length + SIZE - 1) / SIZE;
  }

  /** The price "base + perWord × words" shared by SHA-256, RIPEMD-160 and identity. */
  static long linearGas(final long base, final long perWord, final int inputLength) {
    return base + perWord * count(inputLength);
  }

  /**
   * {@code length} bytes of input starting at {@code offset}, zero-padded past the end of the input
   * (and all zeros if the offset is past it).
   */
  static byte[] read(final byte[] input, final long offset, final int length) {
    final byte[] out = new byte[length];
    if (offset < input.length) {
      final int start = (int) offset;
      System.arraycopy(input, start, out, 0, Math.min(length, input.length - start));
    }
    return out;
  }

  /** {@link #read} as an unsigned big-endian number. */
  static BigInteger unsigned(final byte[] input, final long offset, final int length) {
    return new BigInteger(1, read(input, offset, length));
  }

  /** The input zero-padded (or cut) to exactly {@code length} bytes. */
  static byte[] padRight(final byte[] input, final int length) {
    return Arrays.copyOf(input, length);
  }

  /** A value of at most {@code length} bytes, left-padded with zeros to {@code length}. */
  static byte[] padLeft(final byte[] value, final int length) {
    final byte[] out = new byte[length];
    System.arraycopy(value, 0, out, length - value.length, value.length);
    return out;
  }
}
