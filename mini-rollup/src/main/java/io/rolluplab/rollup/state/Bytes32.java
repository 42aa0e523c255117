package io.rolluplab.rollup.state;

import io.rolluplab.devnet.crypto.Keccak;
import java.math.BigInteger;
import java.util.Arrays;
import org.web3j.utils.Numeric;

/**
 * 32 bytes: a tree key, a leaf value or a node hash. Immutable, usable as a map key.
 *
 * <p>Read as a 256-bit big-endian number, bit 0 is the least significant bit of the last byte:
 * the tree's path uses bit 0 next to the leaves and bit 255 at the root.
 */
public final class Bytes32 {
  public static final int SIZE = 32;
  public static final Bytes32 ZERO = new Bytes32(new byte[SIZE]);

  private final byte[] bytes;
  private final int hash;

  private Bytes32(final byte[] bytes) {
    this.bytes = bytes;
    this.hash = Arrays.hashCode(bytes);
  }

  /** Wraps a copy of exactly 32 bytes. */
  public static Bytes32 wrap(final byte[] thirtyTwoBytes) {
    if (thirtyTwoBytes.length != SIZE) {
      throw new IllegalArgumentException("expected 32 bytes, got " + thirtyTwoBytes.length);
    }
    return new Bytes32(thirtyTwoBytes.clone());
  }

  /** A number below 2^256 as 32 big-endian bytes. */
  public static Bytes32 of(final BigInteger value) {
    return new Bytes32(Numeric.toBytesPadded(value, SIZE));
  }

  /** Parses 64 hex digits, with or without {@code 0x}. */
  public static Bytes32 fromHex(final String hex) {
    return wrap(Numeric.hexStringToByteArray(hex));
  }

  /** H(left ‖ right): the node hash of the sparse Merkle tree. */
  public static Bytes32 hashPair(final Bytes32 left, final Bytes32 right) {
    final byte[] pair = new byte[2 * SIZE];
    System.arraycopy(left.bytes, 0, pair, 0, SIZE);
    System.arraycopy(right.bytes, 0, pair, SIZE, SIZE);
    return new Bytes32(Keccak.hash(pair));
  }

  public byte[] toArray() {
    return bytes.clone();
  }

  public BigInteger toBigInteger() {
    return new BigInteger(1, bytes);
  }

  public boolean isZero() {
    return equals(ZERO);
  }

  /** Bit {@code i} of the big-endian number (bit 0 = lowest bit of the last byte). */
  public boolean bit(final int i) {
    return (bytes[SIZE - 1 - i / 8] >> (i % 8) & 1) == 1;
  }

  /** The same number with bit {@code i} flipped. */
  public Bytes32 withBitFlipped(final int i) {
    final byte[] b = bytes.clone();
    b[SIZE - 1 - i / 8] ^= (byte) (1 << (i % 8));
    return new Bytes32(b);
  }

  /** The same number with its lowest {@code count} bits set to zero. */
  public Bytes32 withLowBitsCleared(final int count) {
    final byte[] b = bytes.clone();
    for (int i = 0; i < count; i++) {
      b[SIZE - 1 - i / 8] &= (byte) ~(1 << (i % 8));
    }
    return new Bytes32(b);
  }

  public String toHex() {
    return Numeric.toHexString(bytes);
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof Bytes32 other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return toHex();
  }
}
