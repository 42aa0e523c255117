package io.rolluplab.devnet.types;

import java.math.BigInteger;
import java.util.Arrays;
import org.web3j.utils.Numeric;

/**
 * An immutable unsigned 256-bit integer: storage keys and values, balances on the stack, hashes.
 *
 * <p>It is held as four 64-bit limbs, least significant first ({@code l0} = bits 0..63), the same
 * layout as a word on the EVM {@link io.rolluplab.devnet.evm.frame.Stack}, so moving a word between
 * the stack and storage is four long copies and no byte shuffling.
 */
public final class UInt256 implements Comparable<UInt256> {
  public static final UInt256 ZERO = new UInt256(0, 0, 0, 0);
  public static final UInt256 ONE = new UInt256(1, 0, 0, 0);
  public static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);
  public static final BigInteger MAX_VALUE_BIG = MODULUS.subtract(BigInteger.ONE);

  public final long l0;
  public final long l1;
  public final long l2;
  public final long l3;

  public UInt256(final long l0, final long l1, final long l2, final long l3) {
    this.l0 = l0;
    this.l1 = l1;
    this.l2 = l2;
    this.l3 = l3;
  }

  public static UInt256 valueOf(final long nonNegative) {
    if (nonNegative < 0) {
      throw new IllegalArgumentException("negative: " + nonNegative);
    }
    return nonNegative == 0 ? ZERO : new UInt256(nonNegative, 0, 0, 0);
  }

  /** Reduces any BigInteger modulo 2^256 (two's complement for negatives), as the EVM does. */
  public static UInt256 fromBigInteger(final BigInteger value) {
    final BigInteger v = value.signum() < 0 || value.bitLength() > 256 ? value.mod(MODULUS) : value;
    return new UInt256(
        v.longValue(), v.shiftRight(64).longValue(), v.shiftRight(128).longValue(), v.shiftRight(192).longValue());
  }

  /** Big-endian bytes, at most 32; shorter input is left-padded with zeros. */
  public static UInt256 fromBytes(final byte[] bigEndian) {
    if (bigEndian.length > 32) {
      throw new IllegalArgumentException("more than 32 bytes: " + bigEndian.length);
    }
    final byte[] w = new byte[32];
    System.arraycopy(bigEndian, 0, w, 32 - bigEndian.length, bigEndian.length);
    return new UInt256(readLong(w, 24), readLong(w, 16), readLong(w, 8), readLong(w, 0));
  }

  /** Parses a hex quantity such as {@code 0x01} or a 64-digit hash. */
  public static UInt256 fromHex(final String hex) {
    final String digits = Numeric.cleanHexPrefix(hex);
    return digits.isEmpty() ? ZERO : fromBigInteger(new BigInteger(digits, 16));
  }

  public boolean isZero() {
    return (l0 | l1 | l2 | l3) == 0;
  }

  public BigInteger toBigInteger() {
    return new BigInteger(1, toBytes());
  }

  /** The 32-byte big-endian encoding. */
  public byte[] toBytes() {
    final byte[] w = new byte[32];
    writeLong(w, 0, l3);
    writeLong(w, 8, l2);
    writeLong(w, 16, l1);
    writeLong(w, 24, l0);
    return w;
  }

  /** The shortest big-endian encoding (no leading zero bytes; empty for zero), as RLP wants. */
  public byte[] toMinimalBytes() {
    final byte[] full = toBytes();
    int i = 0;
    while (i < 32 && full[i] == 0) {
      i++;
    }
    return Arrays.copyOfRange(full, i, 32);
  }

  public String toHex() {
    return Numeric.toHexString(toBytes());
  }

  /** A JSON-RPC quantity: {@code 0x} and no leading zeros. */
  public String toQuantity() {
    return "0x" + toBigInteger().toString(16);
  }

  static long readLong(final byte[] b, final int off) {
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = (v << 8) | (b[off + i] & 0xFF);
    }
    return v;
  }

  static void writeLong(final byte[] b, final int off, final long v) {
    for (int i = 0; i < 8; i++) {
      b[off + i] = (byte) (v >>> (56 - 8 * i));
    }
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof UInt256 u && l0 == u.l0 && l1 == u.l1 && l2 == u.l2 && l3 == u.l3;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(l0) * 31 * 31 * 31 + Long.hashCode(l1) * 31 * 31 + Long.hashCode(l2) * 31
        + Long.hashCode(l3);
  }

  @Override
  public int compareTo(final UInt256 o) {
    int c = Long.compareUnsigned(l3, o.l3);
    if (c != 0) {
      return c;
    }
    c = Long.compareUnsigned(l2, o.l2);
    if (c != 0) {
      return c;
    }
    c = Long.compareUnsigned(l1, o.l1);
    return c != 0 ? c : Long.compareUnsigned(l0, o.l0);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
