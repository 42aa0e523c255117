package io.rolluplab.devnet.evm.frame;

import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;

/**
 * 256-bit arithmetic on words stored in {@link Stack#data}, four 64-bit limbs each, least
 * significant first. Binary operations read operands {@code a} (the top of the stack) and {@code b}
 * (the word below) and write the result over {@code b}; the caller then pops {@code a}.
 *
 * <p>Add, subtract, multiply, compare, bitwise and shift work limb by limb without allocating.
 * Division, modulo and exponentiation are rarer: they take a fast path when both values fit in a
 * long and otherwise go through {@link BigInteger}, which is slower but obviously correct.
 */
public final class WordMath {

  private WordMath() {}

  public static void add(final long[] d, final int a, final int b) {
    long carry = 0;
    for (int i = 0; i < 4; i++) {
      final long x = d[a + i];
      final long sum = x + d[b + i] + carry;
      // unsigned overflow happened if the sum is below an addend (or equal to it with a carry in)
      carry = (Long.compareUnsigned(sum, x) < 0 || (carry == 1 && sum == x)) ? 1 : 0;
      d[b + i] = sum;
    }
  }

  /** b := a - b. */
  public static void sub(final long[] d, final int a, final int b) {
    long borrow = 0;
    for (int i = 0; i < 4; i++) {
      final long x = d[a + i];
      final long y = d[b + i];
      final long diff = x - y - borrow;
      borrow = (Long.compareUnsigned(x, y) < 0 || (borrow == 1 && x == y)) ? 1 : 0;
      d[b + i] = diff;
    }
  }

  /** b := a * b mod 2^256, schoolbook on 64-bit limbs keeping only the low four. */
  public static void mul(final long[] d, final int a, final int b) {
    final long[] r = new long[4];
    if ((d[a + 1] | d[a + 2] | d[a + 3] | d[b + 1] | d[b + 2] | d[b + 3]) == 0) {
      r[0] = d[a] * d[b];
      r[1] = unsignedMultiplyHigh(d[a], d[b]);
    } else {
      for (int i = 0; i < 4; i++) {
        long carry = 0;
        final long x = d[a + i];
        for (int j = 0; i + j < 4; j++) {
          final long y = d[b + j];
          final long lo = x * y;
          final long hi = unsignedMultiplyHigh(x, y);
          long sum = r[i + j] + lo;
          long c = Long.compareUnsigned(sum, lo) < 0 ? 1 : 0;
          final long sum2 = sum + carry;
          c += Long.compareUnsigned(sum2, sum) < 0 ? 1 : 0;
          r[i + j] = sum2;
          carry = hi + c;
        }
      }
    }
    System.arraycopy(r, 0, d, b, 4);
  }

  static long unsignedMultiplyHigh(final long x, final long y) {
    return Math.multiplyHigh(x, y) + ((x >> 63) & y) + ((y >> 63) & x);
  }

  /** b := a / b (0 if b is 0). */
  public static void div(final long[] d, final int a, final int b) {
    if (isZero(d, b)) {
      return;
    }
    if (fitsPositiveLong(d, a) && fitsPositiveLong(d, b)) {
      setLong(d, b, d[a] / d[b]);
      return;
    }
    set(d, b, big(d, a).divide(big(d, b)));
  }

  /** b := a mod b (0 if b is 0). */
  public static void mod(final long[] d, final int a, final int b) {
    if (isZero(d, b)) {
      return;
    }
    if (fitsPositiveLong(d, a) && fitsPositiveLong(d, b)) {
      setLong(d, b, d[a] % d[b]);
      return;
    }
    set(d, b, big(d, a).mod(big(d, b)));
  }

  /** b := a / b with both read as two's-complement signed (0 if b is 0; -2^255 / -1 = -2^255). */
  public static void sdiv(final long[] d, final int a, final int b) {
    if (isZero(d, b)) {
      return;
    }
    set(d, b, signed(d, a).divide(signed(d, b)));
  }

  /** b := a mod b, signed, the result taking the sign of a (0 if b is 0). */
  public static void smod(final long[] d, final int a, final int b) {
    if (isZero(d, b)) {
      return;
    }
    final BigInteger x = signed(d, a);
    final BigInteger r = x.abs().mod(signed(d, b).abs());
    set(d, b, x.signum() < 0 ? r.negate() : r);
  }

  /** c := (a + b) mod n, computed without the 2^256 wrap (0 if n is 0). */
  public static void addmod(final long[] d, final int a, final int b, final int n) {
    if (isZero(d, n)) {
      return;
    }
    set(d, n, big(d, a).add(big(d, b)).mod(big(d, n)));
  }

  /** c := (a * b) mod n, computed on the full 512-bit product (0 if n is 0). */
  public static void mulmod(final long[] d, final int a, final int b, final int n) {
    if (isZero(d, n)) {
      return;
    }
    set(d, n, big(d, a).multiply(big(d, b)).mod(big(d, n)));
  }

  /** b := a ^ b mod 2^256 by square-and-multiply. */
  public static void exp(final long[] d, final int a, final int b) {
    set(d, b, big(d, a).modPow(big(d, b), UInt256.MODULUS));
  }

  /** The number of bytes the exponent occupies, for EXP's dynamic gas. */
  public static int byteLength(final long[] d, final int w) {
    for (int i = 3; i >= 0; i--) {
      if (d[w + i] != 0) {
        return i * 8 + (64 - Long.numberOfLeadingZeros(d[w + i]) + 7) / 8;
      }
    }
    return 0;
  }

  /** b := b sign-extended from byte number a (counting from the least significant, 0..30). */
  public static void signExtend(final long[] d, final int a, final int b) {
    if (!fitsPositiveLong(d, a) || d[a] >= 31) {
      return;
    }
    final int bit = (int) d[a] * 8 + 7;
    final int limb = bit >>> 6;
    final int inLimb = bit & 63;
    final boolean negative = ((d[b + limb] >>> inLimb) & 1) == 1;
    final long mask = inLimb == 63 ? -1L : (1L << (inLimb + 1)) - 1;
    d[b + limb] = negative ? d[b + limb] | ~mask : d[b + limb] & mask;
    for (int i = limb + 1; i < 4; i++) {
      d[b + i] = negative ? -1L : 0;
    }
  }

  /** Unsigned comparison: negative, zero or positive as a is below, equal to or above b. */
  public static int compare(final long[] d, final int a, final int b) {
    for (int i = 3; i >= 0; i--) {
      final int c = Long.compareUnsigned(d[a + i], d[b + i]);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** Two's-complement signed comparison. */
  public static int compareSigned(final long[] d, final int a, final int b) {
    final int c = Long.compare(d[a + 3], d[b + 3]);
    if (c != 0) {
      return c;
    }
    for (int i = 2; i >= 0; i--) {
      final int u = Long.compareUnsigned(d[a + i], d[b + i]);
      if (u != 0) {
        return u;
      }
    }
    return 0;
  }

  /** b := the a-th byte of b counting from the most significant (0 if a >= 32). */
  public static void byteAt(final long[] d, final int a, final int b) {
    if (!fitsPositiveLong(d, a) || d[a] >= 32) {
      setLong(d, b, 0);
      return;
    }
    final int bit = (31 - (int) d[a]) * 8;
    setLong(d, b, (d[b + (bit >>> 6)] >>> (bit & 63)) & 0xFF);
  }

  /** b := b << a (0 if a >= 256). */
  public static void shl(final long[] d, final int a, final int b) {
    final int shift = shiftAmount(d, a);
    if (shift >= 256) {
      setLong(d, b, 0);
      return;
    }
    final int limbs = shift >>> 6;
    final int bits = shift & 63;
    for (int i = 3; i >= 0; i--) {
      final int from = i - limbs;
      long v = from >= 0 ? d[b + from] << bits : 0;
      if (bits != 0 && from - 1 >= 0) {
        v |= d[b + from - 1] >>> (64 - bits);
      }
      d[b + i] = v;
    }
  }

  /** b := b >>> a, logical (0 if a >= 256). */
  public static void shr(final long[] d, final int a, final int b) {
    shiftRight(d, a, b, false);
  }

  /** b := b >> a, arithmetic: the sign bit fills in from the left. */
  public static void sar(final long[] d, final int a, final int b) {
    shiftRight(d, a, b, true);
  }

  private static void shiftRight(final long[] d, final int a, final int b, final boolean arithmetic) {
    final long fill = arithmetic && d[b + 3] < 0 ? -1L : 0;
    final int shift = shiftAmount(d, a);
    if (shift >= 256) {
      for (int i = 0; i < 4; i++) {
        d[b + i] = fill;
      }
      return;
    }
    final int limbs = shift >>> 6;
    final int bits = shift & 63;
    for (int i = 0; i < 4; i++) {
      final int from = i + limbs;
      final long lo = from < 4 ? d[b + from] : fill;
      final long hi = from + 1 < 4 ? d[b + from + 1] : fill;
      d[b + i] = bits == 0 ? lo : (lo >>> bits) | (hi << (64 - bits));
    }
  }

  private static int shiftAmount(final long[] d, final int a) {
    return fitsPositiveLong(d, a) && d[a] < 256 ? (int) d[a] : 256;
  }

  public static boolean isZero(final long[] d, final int w) {
    return (d[w] | d[w + 1] | d[w + 2] | d[w + 3]) == 0;
  }

  private static boolean fitsPositiveLong(final long[] d, final int w) {
    return (d[w + 1] | d[w + 2] | d[w + 3]) == 0 && d[w] >= 0;
  }

  private static void setLong(final long[] d, final int w, final long v) {
    d[w] = v;
    d[w + 1] = 0;
    d[w + 2] = 0;
    d[w + 3] = 0;
  }

  private static BigInteger big(final long[] d, final int w) {
    final byte[] bytes = new byte[33];
    for (int limb = 0; limb < 4; limb++) {
      final long v = d[w + limb];
      for (int i = 0; i < 8; i++) {
        bytes[32 - limb * 8 - i] = (byte) (v >>> (8 * i));
      }
    }
    return new BigInteger(bytes);
  }

  private static BigInteger signed(final long[] d, final int w) {
    final BigInteger v = big(d, w);
    return d[w + 3] < 0 ? v.subtract(UInt256.MODULUS) : v;
  }

  /** Stores {@code value} reduced modulo 2^256, as {@link UInt256#fromBigInteger} reduces it. */
  private static void set(final long[] d, final int w, final BigInteger value) {
    final UInt256 v = UInt256.fromBigInteger(value);
    d[w] = v.l0;
    d[w + 1] = v.l1;
    d[w + 2] = v.l2;
    d[w + 3] = v.l3;
  }
}
