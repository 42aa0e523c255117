package io.rolluplab.devnet.crypto;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Keccak-256, Ethereum's hash (the original Keccak padding, not NIST SHA3-256), written out here
 * rather than taken from a library: the state trees hash short inputs (two 32-byte node hashes, a
 * leaf's 65 bytes) millions of times, and on those a library digest spends much of its time in its
 * general machinery rather than in the permutation.
 *
 * <p>The sponge: a state of 25 lanes of 64 bits (1600 bits). The input, followed by the padding
 * {@code 0x01 0x00 … 0x80}, is XORed into the state's first {@value #RATE} bytes (the rate: 1600
 * bits minus twice the 256-bit output), one block at a time, with the permutation Keccak-f[1600]
 * after each block; the hash is then the state's first 32 bytes. Bytes map to lanes little-endian:
 * byte {@code i} of a block is bits {@code 8(i mod 8)} to {@code 8(i mod 8) + 7} of lane
 * {@code i / 8}. An input shorter than the rate (every node and leaf hash of a tree) is one block:
 * one permutation.
 */
public final class Keccak {
  /** Bytes absorbed per permutation: (1600 - 2 × 256) / 8. */
  private static final int RATE = 136;
  /** Reads or writes eight bytes of an array as one little-endian long, at any offset. */
  private static final VarHandle LITTLE_ENDIAN_LONG = MethodHandles.byteArrayViewVarHandle(long[].class,
      ByteOrder.LITTLE_ENDIAN);
  /** The ι step's constant of each of the 24 rounds (FIPS 202, §3.2.5). */
  private static final long[] ROUND_CONSTANTS = {
      0x0000000000000001L, 0x0000000000008082L, 0x800000000000808AL, 0x8000000080008000L,
      0x000000000000808BL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
      0x000000000000008AL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000AL,
      0x000000008000808BL, 0x800000000000008BL, 0x8000000000008089L, 0x8000000000008003L,
      0x8000000000008002L, 0x8000000000000080L, 0x000000000000800AL, 0x800000008000000AL,
      0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L};

  /** keccak256 of the empty string: the code hash of an account without code. */
  public static final byte[] EMPTY = hash(new byte[0]);

  private Keccak() {}

  public static byte[] hash(final byte[] data) {
    return hash(data, 0, data.length);
  }

  public static byte[] hash(final byte[] data, final int offset, final int length) {
    final long[] lanes = new long[25];
    return squeeze(lanes, absorb(lanes, 0, data, offset, length));
  }

  /** The hash of {@code first ‖ second} (a tree node's two children), without concatenating them. */
  public static byte[] hashConcat(final byte[] first, final byte[] second) {
    final long[] lanes = new long[25];
    final int at = absorb(lanes, 0, first, 0, first.length);
    return squeeze(lanes, absorb(lanes, at, second, 0, second.length));
  }

  /** The hash of {@code first ‖ second ‖ third}, without concatenating them. */
  public static byte[] hashConcat(final byte[] first, final byte[] second, final byte[] third) {
    final long[] lanes = new long[25];
    int at = absorb(lanes, 0, first, 0, first.length);
    at = absorb(lanes, at, second, 0, second.length);
    return squeeze(lanes, absorb(lanes, at, third, 0, third.length));
  }

  /**
   * XORs {@code length} bytes of {@code data} into the block from its byte {@code at} on, and
   * permutes each time the block is full.
   *
   * @return where in the block the next byte goes
   */
  private static int absorb(final long[] lanes, int at, final byte[] data, int offset, int length) {
    while (length > 0) {
      final int n = Math.min(length, RATE - at);
      int i = 0;
      for (; i + 8 <= n; i += 8) {
        xorLong(lanes, at + i, (long) LITTLE_ENDIAN_LONG.get(data, offset + i));
      }
      for (; i < n; i++) {
        xorLong(lanes, at + i, data[offset + i] & 0xffL);
      }
      at += n;
      offset += n;
      length -= n;
      if (at == RATE) {
        permute(lanes);
        at = 0;
      }
    }
    return at;
  }

  /**
   * XORs {@code value}'s bytes (little-endian, the ones beyond its highest set byte are zero) into
   * the block from its byte {@code at} on, which need not start a lane.
   */
  private static void xorLong(final long[] lanes, final int at, final long value) {
    final int shift = 8 * (at % 8);
    lanes[at / 8] ^= value << shift;
    if (shift != 0) {
      lanes[at / 8 + 1] ^= value >>> (64 - shift); // the bytes that spill into the next lane
    }
  }

  /** Pads the last block, of which {@code at} bytes are input, permutes, and reads the first 32 bytes. */
  private static byte[] squeeze(final long[] lanes, final int at) {
    xorLong(lanes, at, 0x01);
    xorLong(lanes, RATE - 1, 0x80);
    permute(lanes);
    final byte[] out = new byte[32];
    for (int i = 0; i < 4; i++) {
      LITTLE_ENDIAN_LONG.set(out, 8 * i, lanes[i]);
    }
    return out;
  }

  /**
   * Keccak-f[1600]: 24 rounds of θ, ρ, π, χ and ι (FIPS 202, §3.2). Lane {@code (x, y)} is
   * {@code aNN} with NN = x + 5y, and {@code bNN} the lane between π and χ; ρ's rotation offsets
   * are FIPS 202's, written into the code. Written out lane by lane, so that the lanes stay in
   * local variables (registers) through all 24 rounds instead of in an array.
   */
  private static void permute(final long[] lanes) {
    long a00 = lanes[0];
    long a01 = lanes[1];
    long a02 = lanes[2];
    long a03 = lanes[3];
    long a04 = lanes[4];
    long a05 = lanes[5];
    long a06 = lanes[6];
    long a07 = lanes[7];
    long a08 = lanes[8];
    long a09 = lanes[9];
    long a10 = lanes[10];
    long a11 = lanes[11];
    long a12 = lanes[12];
    long a13 = lanes[13];
    long a14 = lanes[14];
    long a15 = lanes[15];
    long a16 = lanes[16];
    long a17 = lanes[17];
    long a18 = lanes[18];
    long a19 = lanes[19];
    long a20 = lanes[20];
    long a21 = lanes[21];
    long a22 = lanes[22];
    long a23 = lanes[23];
    long a24 = lanes[24];
    for (int round = 0; round < 24; round++) {
      // θ: XOR into every lane the parities of the two columns beside it
      final long c0 = a00 ^ a05 ^ a10 ^ a15 ^ a20;
      final long c1 = a01 ^ a06 ^ a11 ^ a16 ^ a21;
      final long c2 = a02 ^ a07 ^ a12 ^ a17 ^ a22;
      final long c3 = a03 ^ a08 ^ a13 ^ a18 ^ a23;
      final long c4 = a04 ^ a09 ^ a14 ^ a19 ^ a24;
      final long d0 = c4 ^ Long.rotateLeft(c1, 1);
      final long d1 = c0 ^ Long.rotateLeft(c2, 1);
      final long d2 = c1 ^ Long.rotateLeft(c3, 1);
      final long d3 = c2 ^ Long.rotateLeft(c4, 1);
      final long d4 = c3 ^ Long.rotateLeft(c0, 1);
      // ρ and π: rotate lane (x, y) by its offset and move it to (y, 2x + 3y)
      final long b00 = a00 ^ d0;
      final long b01 = Long.rotateLeft(a06 ^ d1, 44);
      final long b02 = Long.rotateLeft(a12 ^ d2, 43);
      final long b03 = Long.rotateLeft(a18 ^ d3, 21);
      final long b04 = Long.rotateLeft(a24 ^ d4, 14);
      final long b05 = Long.rotateLeft(a03 ^ d3, 28);
      final long b06 = Long.rotateLeft(a09 ^ d4, 20);
      final long b07 = Long.rotateLeft(a10 ^ d0, 3);
      final long b08 = Long.rotateLeft(a16 ^ d1, 45);
      final long b09 = Long.rotateLeft(a22 ^ d2, 61);
      final long b10 = Long.rotateLeft(a01 ^ d1, 1);
      final long b11 = Long.rotateLeft(a07 ^ d2, 6);
      final long b12 = Long.rotateLeft(a13 ^ d3, 25);
      final long b13 = Long.rotateLeft(a19 ^ d4, 8);
      final long b14 = Long.rotateLeft(a20 ^ d0, 18);
      final long b15 = Long.rotateLeft(a04 ^ d4, 27);
      final long b16 = Long.rotateLeft(a05 ^ d0, 36);
      final long b17 = Long.rotateLeft(a11 ^ d1, 10);
      final long b18 = Long.rotateLeft(a17 ^ d2, 15);
      final long b19 = Long.rotateLeft(a23 ^ d3, 56);
      final long b20 = Long.rotateLeft(a02 ^ d2, 62);
      final long b21 = Long.rotateLeft(a08 ^ d3, 55);
      final long b22 = Long.rotateLeft(a14 ^ d4, 39);
      final long b23 = Long.rotateLeft(a15 ^ d0, 41);
      final long b24 = Long.rotateLeft(a21 ^ d1, 2);
      // χ: flip a bit where its row's next bit is 0 and the one after is 1
      a00 = b00 ^ (~b01 & b02);
      a01 = b01 ^ (~b02 & b03);
      a02 = b02 ^ (~b03 & b04);
      a03 = b03 ^ (~b04 & b00);
      a04 = b04 ^ (~b00 & b01);
      a05 = b05 ^ (~b06 & b07);
      a06 = b06 ^ (~b07 & b08);
      a07 = b07 ^ (~b08 & b09);
      a08 = b08 ^ (~b09 & b05);
      a09 = b09 ^ (~b05 & b06);
      a10 = b10 ^ (~b11 & b12);
      a11 = b11 ^ (~b12 & b13);
      a12 = b12 ^ (~b13 & b14);
      a13 = b13 ^ (~b14 & b10);
      a14 = b14 ^ (~b10 & b11);
      a15 = b15 ^ (~b16 & b17);
      a16 = b16 ^ (~b17 & b18);
      a17 = b17 ^ (~b18 & b19);
      a18 = b18 ^ (~b19 & b15);
      a19 = b19 ^ (~b15 & b16);
      a20 = b20 ^ (~b21 & b22);
      a21 = b21 ^ (~b22 & b23);
      a22 = b22 ^ (~b23 & b24);
      a23 = b23 ^ (~b24 & b20);
      a24 = b24 ^ (~b20 & b21);
      // ι: break the symmetry between rounds
      a00 ^= ROUND_CONSTANTS[round];
    }
    lanes[0] = a00;
    lanes[1] = a01;
    lanes[2] = a02;
    lanes[3] = a03;
    lanes[4] = a04;
    lanes[5] = a05;
    lanes[6] = a06;
    lanes[7] = a07;
    lanes[8] = a08;
    lanes[9] = a09;
    lanes[10] = a10;
    lanes[11] = a11;
    lanes[12] = a12;
    lanes[13] = a13;
    lanes[14] = a14;
    lanes[15] = a15;
    lanes[16] = a16;
    lanes[17] = a17;
    lanes[18] = a18;
    lanes[19] = a19;
    lanes[20] = a20;
    lanes[21] = a21;
    lanes[22] = a22;
    lanes[23] = a23;
    lanes[24] = a24;
  }
}
