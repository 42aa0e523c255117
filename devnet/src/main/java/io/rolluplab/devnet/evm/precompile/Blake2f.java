package io.rolluplab.devnet.evm.precompile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * 0x09: the BLAKE2b compression function F (EIP-152, Istanbul). The caller does the padding and
 * chaining and pays per round, which lets contracts verify Zcash (Equihash) headers cheaply.
 *
 * <p>Input: exactly 213 bytes: rounds (4 bytes, big-endian), state h (8 × 8 bytes), message m (16
 * × 8 bytes), offset counter t (2 × 8 bytes), final-block flag (1 byte, 0 or 1). The 8-byte words
 * are little-endian, as in BLAKE2b itself. Output: the new 64-byte state.
 */
public final class Blake2f implements Precompile {
  private static final int INPUT_SIZE = 213;

  @Override
  public String name() {
    return "blake2f";
  }

  /** One gas per round; a malformed input costs nothing, because the call fails anyway. */
  @Override
  public long gasCost(final byte[] input) {
    return input.length == INPUT_SIZE ? rounds(input) : 0;
  }

  @Override
  public PrecompileResult run(final byte[] input) {
    if (input.length != INPUT_SIZE) {
      return PrecompileResult.failure("blake2f input must be exactly 213 bytes");
    }
    final byte flag = input[INPUT_SIZE - 1];
    if (flag != 0 && flag != 1) {
      return PrecompileResult.failure("blake2f final-block flag must be 0 or 1");
    }
    final ByteBuffer in = ByteBuffer.wrap(input, 4, INPUT_SIZE - 4).order(ByteOrder.LITTLE_ENDIAN);
    final long[] h = readWords(in, 8);
    final long[] m = readWords(in, 16);
    final long t0 = in.getLong();
    final long t1 = in.getLong();
    Blake2bCompression.compress(h, m, t0, t1, flag == 1, rounds(input));
    final ByteBuffer out = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
    for (final long word : h) {
      out.putLong(word);
    }
    return PrecompileResult.ok(out.array());
  }

  private static long rounds(final byte[] input) {
    return Integer.toUnsignedLong(ByteBuffer.wrap(input, 0, 4).getInt());
  }

  private static long[] readWords(final ByteBuffer in, final int count) {
    final long[] words = new long[count];
    for (int i = 0; i < count; i++) {
      words[i] = in.getLong();
    }
    return words;
  }
}
