package io.rolluplab.devnet.crypto.secp256k1;

import java.math.BigInteger;

/**
 * Sums of scalar multiples, a·P + b·Q + …, as signature recovery and signing need them.
 *
 * <p>Each scalar is written in width-w NAF ({@link #wnaf}): signed odd digits, at most one non-zero
 * in any w consecutive positions, so a 256-bit scalar costs about 256/(w + 1) point additions, each
 * adding a precomputed odd multiple ±P, ±3P, …. The scalars share one chain of doublings (Straus's
 * trick): going from the top bit down, double once, then add every scalar's digit at that position.
 * With the scalars split in halves ({@link Endomorphism}), a recovery sums four 128-bit multiples
 * and doubles 128 times, not 512.
 */
final class Multiples {
  private Multiples() {}

  /** One term k·P of a sum: k's wNAF digits and the odd multiples P, 3P, 5P, … they index. */
  record Term(int[] digits, Point[] oddMultiples) {
    /** k·P for any integer k (a negative k is |k|·(−P): its digits negated). */
    static Term of(final BigInteger k, final Point[] oddMultiples) {
      final int[] digits = wnaf(k.abs(), windowOf(oddMultiples));
      if (k.signum() < 0) {
        for (int i = 0; i < digits.length; i++) {
          digits[i] = -digits[i];
        }
      }
      return new Term(digits, oddMultiples);
    }
  }

  /** Σ k_i·P_i, in Jacobian coordinates; the point at infinity if it is zero. */
  static Point sum(final Term... terms) {
    int top = 0;
    for (final Term term : terms) {
      top = Math.max(top, term.digits.length);
    }
    final Point sum = new Point();
    for (int position = top - 1; position >= 0; position--) {
      sum.twice();
      for (final Term term : terms) {
        final int digit = position < term.digits.length ? term.digits[position] : 0;
        if (digit != 0) {
          sum.add(term.oddMultiples[(Math.abs(digit) - 1) / 2], digit < 0);
        }
      }
    }
    return sum;
  }

  /**
   * P, 3P, 5P, …, (2^(w−1) − 1)·P: the 2^(w−2) multiples a width-w NAF digit can name, in
   * Jacobian coordinates (P itself as given).
   */
  static Point[] oddMultiples(final Point p, final int window) {
    final Point[] table = new Point[1 << (window - 2)];
    table[0] = p;
    final Point twice = p.copy();
    twice.twice();
    final Point multiple = p.copy();
    for (int i = 1; i < table.length; i++) {
      multiple.add(twice, false);
      table[i] = multiple.copy();
    }
    return table;
  }

  /**
   * The width-w NAF of k ≥ 0 (libsecp256k1's method): digits d_i with k = Σ d_i·2^i, each 0 or odd
   * with |d_i| < 2^(w−1). Scanning up from bit 0 with a carry: where the bit plus the carry is odd,
   * the next w bits plus the carry make the digit; a digit of 2^(w−1) or more is taken as that
   * minus 2^w, which carries one into the bits above.
   */
  static int[] wnaf(final BigInteger k, final int window) {
    final long[] words = new long[k.bitLength() / 64 + 2]; // little-endian, with a zero word on top
    for (int i = 0; i < words.length; i++) {
      words[i] = k.shiftRight(64 * i).longValue();
    }
    final int length = k.bitLength() + 1;
    final int[] digits = new int[length];
    int carry = 0;
    int bit = 0;
    while (bit < length) {
      if (bits(words, bit, 1) == carry) {
        bit++;
        continue;
      }
      final int width = Math.min(window, length - bit);
      int digit = bits(words, bit, width) + carry;
      carry = (digit >> (window - 1)) & 1;
      digit -= carry << window;
      digits[bit] = digit;
      bit += width;
    }
    return digits;
  }

  private static int windowOf(final Point[] oddMultiples) {
    return Integer.numberOfTrailingZeros(oddMultiples.length) + 2;
  }

  /** The count bits (at most 31) of a little-endian number from bit {@code from} up. */
  private static int bits(final long[] words, final int from, final int count) {
    final int word = from >>> 6;
    final int shift = from & 63;
    long value = words[word] >>> shift;
    if (shift + count > 64) {
      value |= words[word + 1] << (64 - shift);
    }
    return (int) (value & ((1L << count) - 1));
  }
}
