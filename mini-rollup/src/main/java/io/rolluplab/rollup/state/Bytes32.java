package io.rolluplab.rollup.state;

import io.rolluplab.devnet.crypto.Keccak;
import java.math.BigInteger;
import java.util.Arrays;
import org.web3j.utils.Numeric;

/**
 * 32 bytes: a tree key, a leaf value or a node hash. Immutable, usable as a map key.
 *
 * <p>The state tree reads a key from its most significant bit down ({@link #bitFromTop}): the first
 * bit decides at the root.
 */
public final class Bytes32 {
  public static final int SIZE = 32;
  public static final Bytes32 ZERO = new Bytes32(new byte[SIZE]);

  private final byte[] bytes;
  /** {@link #hashCode()}, computed when first asked for (most node hashes never go into a map); 0 until then. */
  private int hash;

  private Bytes32(final byte[] bytes) {
    this.bytes = bytes;
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

  /** H(data). */
  public static Bytes32 keccak(final byte[] data) {
    return new Bytes32(Keccak.hash(data));
  }

  /** H(left ‖ right): the interior node hash of the state tree. */
  public static Bytes32 hashPair(final Bytes32 left, final Bytes32 right) {
    return new Bytes32(Keccak.hashConcat(left.bytes, right.bytes));
  }

  /** H(prefix ‖ first ‖ second), such as a leaf's H(0x01 ‖ key ‖ value). */
  public static Bytes32 hashConcat(final byte[] prefix, final Bytes32 first, final Bytes32 second) {
    return new Bytes32(Keccak.hashConcat(prefix, first.bytes, second.bytes));
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

  /**
   * Bit {@code i} counted from the most significant one (i = 0) down to the least significant
   * (i = 255): the direction the state tree's path takes at depth i (true = right).
   */
  public boolean bitFromTop(final int i) {
    return (bytes[i / 8] >> (7 - i % 8) & 1) == 1;
  }

  /** How many leading bits (from the most significant) the two have in common: 256 when equal. */
  public int commonPrefixLength(final Bytes32 other) {
    for (int i = 0; i < SIZE; i++) {
      final int difference = (bytes[i] ^ other.bytes[i]) & 0xff;
      if (difference != 0) {
        return i * 8 + Integer.numberOfLeadingZeros(difference) - 24;
      }
    }
    return 8 * SIZE;
  }

  public String toHex() {
    return Numeric.toHexString(bytes);
  }

  /** The first two and last two bytes ({@code 0x1234…abcd}): enough to tell hashes apart in a sentence. */
  public String toShortHex() {
    final String hex = toHex();
    return hex.substring(0, 6) + "…" + hex.substring(hex.length() - 4);
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof Bytes32 other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Arrays.hashCode(bytes); // a hash that is 0 is computed each time: harmless
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return toHex();
  }
}
