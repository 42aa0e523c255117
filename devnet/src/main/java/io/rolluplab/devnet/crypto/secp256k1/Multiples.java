package io.rolluplab.devnet.crypto.secp256k1;

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

  /**
   * One term k·P of a sum: k's wNAF digits and the odd multiples P, 3P, 5P, … they index, truly
   * affine or affine with the sum's shared Z ({@link #oddMultiples}).
   */
  record Term(int[] digits, Point[] oddMultiples, boolean sharedZ) {
    /**
     * k·P for an integer k in signed 30-bit limbs (the top limb signed), such as a half from {@link
     * Endomorphism#split}; a negative k is |k|·(−P): its digits negated.
     */
    static Term of(final int[] k, final Point[] oddMultiples, final boolean sharedZ) {
      final boolean negative = k[k.length - 1] < 0;
      final int[] digits = wnaf(negative ? negate(k) : k, windowOf(oddMultiples));
      if (negative) {
        for (int i = 0; i < digits.length; i++) {
          digits[i] = -digits[i];
        }
      }
      return new Term(digits, oddMultiples, sharedZ);
    }
  }

  /**
   * Σ k_i·P_i, in Jacobian coordinates; the point at infinity if it is zero. The sum is kept in the
   * coordinates of the tables with the shared Z {@code sharedZ} (null if there are none), and
   * brought back at the end by one multiplication.
   */
  static Point sum(final long[] sharedZ, final Term... terms) {
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
          sum.add(term.oddMultiples[(Math.abs(digit) - 1) / 2], digit < 0, term.sharedZ ? null : sharedZ);
        }
      }
    }
    if (sharedZ != null) {
      Field.mul(sum.z, sum.z, sharedZ);
    }
    return sum;
  }

  /**
   * P, 3P, 5P, …, (2^(w−1) − 1)·P for an affine P: the 2^(w−2) multiples a width-w NAF digit can
   * name, with one shared Z, written to {@code sharedZ} ("effective affine", as libsecp256k1 has
   * them). In the coordinates scaled by the Z of 2P, 2P is affine, so each next multiple is a mixed
   * addition; {@link Point#toSharedZ} then gives them one Z without an inversion, and the main loop
   * adds them with the mixed formula too.
   */
  static Point[] oddMultiples(final Point p, final int window, final long[] sharedZ) {
    final Point twice = p.copy();
    twice.twice();
    final Point step = Point.affine(twice.x, twice.y);
    final long[] scale2 = Field.create(); // (x, y) → (x·Z², y·Z³) with Z that of 2P
    final long[] scale3 = Field.create();
    Field.sqr(scale2, twice.z);
    Field.mul(scale3, scale2, twice.z);
    final Point multiple = Point.affine(p.x, p.y);
    Field.mul(multiple.x, multiple.x, scale2);
    Field.mul(multiple.y, multiple.y, scale3);
    final Point[] table = new Point[1 << (window - 2)];
    table[0] = multiple.copy();
    for (int i = 1; i < table.length; i++) {
      multiple.add(step, false, null);
      table[i] = multiple.copy();
    }
    final Point[] shared = Point.toSharedZ(table, sharedZ);
    Field.mul(sharedZ, sharedZ, twice.z);
    return shared;
  }

  /**
   * The width-w NAF of k ≥ 0 in 30-bit limbs (libsecp256k1's method): digits d_i with k = Σ d_i·2^i,
   * each 0 or odd with |d_i| < 2^(w−1). Scanning up from bit 0 with a carry: where the bit plus the
   * carry is odd, the next w bits plus the carry make the digit; a digit of 2^(w−1) or more is taken
   * as that minus 2^w, which carries one into the bits above.
   */
  static int[] wnaf(final int[] k, final int window) {
    final int[] limbs = java.util.Arrays.copyOf(k, k.length + 1); // a zero limb on top to read past
    final int length = bitLength(k) + 1;
    final int[] digits = new int[length];
    int carry = 0;
    int bit = 0;
    while (bit < length) {
      // a run of bits equal to the carry makes no digit: skip it (up to 30 bits at a time)
      final int run = Integer.numberOfTrailingZeros(bits(limbs, bit, 30) ^ (carry == 0 ? 0 : (1 << 30) - 1));
      if (run > 0) {
        bit += Math.min(run, 30);
        continue;
      }
      final int width = Math.min(window, length - bit);
      int digit = bits(limbs, bit, width) + carry;
      carry = (digit >> (window - 1)) & 1;
      digit -= carry << window;
      digits[bit] = digit;
      bit += width;
    }
    return digits;
  }

  private static int bitLength(final int[] k) {
    for (int i = k.length - 1; i >= 0; i--) {
      if (k[i] != 0) {
        return 30 * i + 32 - Integer.numberOfLeadingZeros(k[i]);
      }
    }
    return 0;
  }

  /** −k for k in signed 30-bit limbs: limbs negated, then carried. */
  private static int[] negate(final int[] k) {
    final int[] negated = new int[k.length];
    int carry = 0;
    for (int i = 0; i < k.length; i++) {
      carry += -k[i];
      negated[i] = i + 1 < k.length ? carry & ((1 << 30) - 1) : carry;
      carry >>= 30;
    }
    return negated;
  }

  private static int windowOf(final Point[] oddMultiples) {
    return Integer.numberOfTrailingZeros(oddMultiples.length) + 2;
  }

  /** The count bits (at most 30) of a number in 30-bit limbs from bit {@code from} up. */
  private static int bits(final int[] limbs, final int from, final int count) {
    final int limb = from / 30;
    final int shift = from % 30;
    long value = limbs[limb] >>> shift;
    if (shift + count > 30) {
      value |= (long) limbs[limb + 1] << (30 - shift);
    }
    return (int) (value & ((1L << count) - 1));
  }
}
