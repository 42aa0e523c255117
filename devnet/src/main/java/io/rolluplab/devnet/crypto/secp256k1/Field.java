package io.rolluplab.devnet.crypto.secp256k1;

/**
 * Arithmetic modulo secp256k1's prime p = 2^256 − 2^32 − 977, on elements held as five 52-bit limbs
 * in a {@code long[5]} (value = Σ limb[i]·2^(52·i)), the layout of libsecp256k1's {@code field_5x52}.
 *
 * <p>Why limbs rather than {@link java.math.BigInteger}: a recovery does a few thousand field
 * multiplications, and a BigInteger allocates for each and reduces by division. Here a product of
 * two limbs (under 2^106) is split into its low and high 52 bits with {@link Math#multiplyHigh}, the
 * column sums fit a long, and reduction is cheap because 2^256 ≡ 2^32 + 977 (mod p): the bits above
 * 256 are multiplied by that small number and added back at the bottom.
 *
 * <p>Methods write into their first argument, which may be one of the inputs; the arithmetic
 * allocates nothing (only the inverse and the square root make a few temporaries).
 * Results are only <em>weakly</em> reduced: limbs 0, 2, 3 below 2^52, limb 1 below 2^52 + 2, limb 4
 * below 2^48, so the value is below 2^256 + 2^53 but may be ≥ p. Every method accepts such inputs;
 * {@link #normalize} makes the value canonical (below p) before it is compared, tested or written.
 */
final class Field {
  static final int LIMBS = 5;
  private static final long M52 = (1L << 52) - 1;
  private static final long M48 = (1L << 48) - 1;
  /** 2^256 mod p. */
  private static final long FOLD_256 = 0x1000003D1L;
  /** 2^260 mod p: what the limb above the fifth (bit 260) is worth. */
  private static final long FOLD_260 = FOLD_256 << 4;
  /** p's lowest limb; its limbs 1 to 3 are all ones (52 bits) and limb 4 is 48 ones. */
  private static final long P0 = (1L << 52) - FOLD_256;
  private static final SafeGcd INVERSE = new SafeGcd(toLimbs30(new long[] {P0, M52, M52, M52, M48}));

  private Field() {}

  static long[] create() {
    return new long[LIMBS];
  }

  static long[] of(final long small) {
    final long[] r = create();
    r[0] = small;
    return r;
  }

  /** A constant from 64 hex digits. */
  static long[] fromHex(final String hex) {
    final long[] r = create();
    setBytes(r, java.util.HexFormat.of().parseHex(hex), 0);
    return r;
  }

  /** Reads 32 big-endian bytes; false (and r undefined) if they are p or more. */
  static boolean setBytes(final long[] r, final byte[] bytes, final int offset) {
    for (int limb = 0; limb < LIMBS; limb++) {
      r[limb] = 0;
    }
    for (int bit = 0; bit < 256; bit += 8) {
      final long b = bytes[offset + 31 - bit / 8] & 0xFF;
      r[bit / 52] |= (b << (bit % 52)) & M52;
      if (bit % 52 > 44) {
        r[bit / 52 + 1] |= b >>> (52 - bit % 52); // the byte straddles two limbs
      }
    }
    return !(r[4] == M48 && (r[3] & r[2] & r[1]) == M52 && r[0] >= P0);
  }

  /** Writes a's canonical value as 32 big-endian bytes; a must be normalized. */
  static void toBytes(final long[] a, final byte[] out, final int offset) {
    for (int bit = 0; bit < 256; bit += 8) {
      long b = a[bit / 52] >>> (bit % 52);
      if (bit % 52 > 44) {
        b |= a[bit / 52 + 1] << (52 - bit % 52);
      }
      out[offset + 31 - bit / 8] = (byte) b;
    }
  }

  static void copy(final long[] r, final long[] a) {
    System.arraycopy(a, 0, r, 0, LIMBS);
  }

  static void add(final long[] r, final long[] a, final long[] b) {
    reduce(r, a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3], a[4] + b[4]);
  }

  static void sub(final long[] r, final long[] a, final long[] b) {
    sub(r, a, b, 1);
  }

  /**
   * a − k·b for a small k (at most 8), computed as a + k·(2p − b) so that no limb goes negative
   * (each of b's is below 2p's); one reduction for what would otherwise be two or three operations.
   */
  static void sub(final long[] r, final long[] a, final long[] b, final int k) {
    reduce(r, a[0] + k * (2 * P0 - b[0]), a[1] + k * (2 * M52 - b[1]), a[2] + k * (2 * M52 - b[2]),
        a[3] + k * (2 * M52 - b[3]), a[4] + k * (2 * M48 - b[4]));
  }

  static void negate(final long[] r, final long[] a) {
    reduce(r, 2 * P0 - a[0], 2 * M52 - a[1], 2 * M52 - a[2], 2 * M52 - a[3], 2 * M48 - a[4]);
  }

  /** a·k for a small k (at most 8), as the point formulas need (2a, 3a, 8a). */
  static void mulSmall(final long[] r, final long[] a, final int k) {
    reduce(r, a[0] * k, a[1] * k, a[2] * k, a[3] * k, a[4] * k);
  }

  /**
   * a·b. Column k sums the low 52 bits of the products a_i·b_j with i + j = k and the high bits
   * of those with i + j = k − 1; each column stays below 2^57. Columns 5 to 9 sit at 2^260 and
   * above, so they are multiplied by 2^260 mod p and added to columns 0 to 4.
   */
  static void mul(final long[] r, final long[] a, final long[] b) {
    final long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4];
    final long b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3], b4 = b[4];
    final long t0 = lo(a0, b0);
    final long t1 = lo(a0, b1) + lo(a1, b0)
        + hi(a0, b0);
    final long t2 = lo(a0, b2) + lo(a1, b1) + lo(a2, b0)
        + hi(a0, b1) + hi(a1, b0);
    final long t3 = lo(a0, b3) + lo(a1, b2) + lo(a2, b1) + lo(a3, b0)
        + hi(a0, b2) + hi(a1, b1) + hi(a2, b0);
    final long t4 = lo(a0, b4) + lo(a1, b3) + lo(a2, b2) + lo(a3, b1) + lo(a4, b0)
        + hi(a0, b3) + hi(a1, b2) + hi(a2, b1) + hi(a3, b0);
    final long t5 = lo(a1, b4) + lo(a2, b3) + lo(a3, b2) + lo(a4, b1)
        + hi(a0, b4) + hi(a1, b3) + hi(a2, b2) + hi(a3, b1) + hi(a4, b0);
    final long t6 = lo(a2, b4) + lo(a3, b3) + lo(a4, b2)
        + hi(a1, b4) + hi(a2, b3) + hi(a3, b2) + hi(a4, b1);
    final long t7 = lo(a3, b4) + lo(a4, b3)
        + hi(a2, b4) + hi(a3, b3) + hi(a4, b2);
    final long t8 = lo(a4, b4)
        + hi(a3, b4) + hi(a4, b3);
    final long t9 = hi(a4, b4);
    foldHigh(r, t0, t1, t2, t3, t4, t5, t6, t7, t8, t9);
  }

  /** a², the same columns as {@link #mul} with each product a_i·a_j (i ≠ j) taken once, doubled. */
  static void sqr(final long[] r, final long[] a) {
    final long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4];
    final long t0 = lo(a0, a0);
    final long t1 = 2 * lo(a0, a1)
        + hi(a0, a0);
    final long t2 = 2 * lo(a0, a2) + lo(a1, a1)
        + 2 * hi(a0, a1);
    final long t3 = 2 * (lo(a0, a3) + lo(a1, a2))
        + 2 * hi(a0, a2) + hi(a1, a1);
    final long t4 = 2 * (lo(a0, a4) + lo(a1, a3)) + lo(a2, a2)
        + 2 * (hi(a0, a3) + hi(a1, a2));
    final long t5 = 2 * (lo(a1, a4) + lo(a2, a3))
        + 2 * (hi(a0, a4) + hi(a1, a3)) + hi(a2, a2);
    final long t6 = 2 * lo(a2, a4) + lo(a3, a3)
        + 2 * (hi(a1, a4) + hi(a2, a3));
    final long t7 = 2 * lo(a3, a4)
        + 2 * hi(a2, a4) + hi(a3, a3);
    final long t8 = lo(a4, a4)
        + 2 * hi(a3, a4);
    final long t9 = hi(a4, a4);
    foldHigh(r, t0, t1, t2, t3, t4, t5, t6, t7, t8, t9);
  }

  /** r = a^(2^n): n squarings. */
  static void sqrN(final long[] r, final long[] a, final int n) {
    sqr(r, a);
    for (int i = 1; i < n; i++) {
      sqr(r, r);
    }
  }

  /** 1/a, 0 for 0: a binary GCD ({@link SafeGcd}), five times faster here than Fermat's a^(p − 2). */
  static void inverse(final long[] r, final long[] a) {
    final long[] canonical = a.clone();
    normalize(canonical);
    final int[] x = toLimbs30(canonical);
    INVERSE.invert(x);
    fromLimbs30(r, x);
  }

  /**
   * A square root of a: a^((p + 1)/4), which works because p ≡ 3 (mod 4); false if a has none
   * (then the result squared is −a). The exponent in binary is 223 ones, a zero, 22 ones, four
   * zeros, two ones, two zeros; a^(2^k − 1) (k ones) is built up as 2, 3, 6, 9, 11, 22, 44, 88,
   * 176, 220, 223 ones (libsecp256k1's addition chain): 253 squarings and 13 multiplications.
   */
  static boolean sqrt(final long[] r, final long[] a) {
    final long[] x2 = append(create(), a, 1, a);
    final long[] x3 = append(create(), x2, 1, a);
    final long[] x11 = append(create(), append(create(), append(create(), x3, 3, x3), 3, x3), 2, x2);
    final long[] x22 = append(create(), x11, 11, x11);
    final long[] x44 = append(create(), x22, 22, x22);
    final long[] x88 = append(create(), x44, 44, x44);
    final long[] t = append(create(), x88, 88, x88); // 176 ones
    append(t, t, 44, x44); // 220
    append(t, t, 3, x3); // 223
    append(t, t, 23, x22); // a zero and 22 ones
    append(t, t, 6, x2); // four zeros and two ones
    sqrN(t, t, 2);
    final long[] square = create();
    sqr(square, t);
    final boolean isRoot = equal(square, a);
    copy(r, t);
    return isRoot;
  }

  /** r = x^(2^k)·y: appends y's ones (in the exponent) to x's, k places up; returns r. */
  private static long[] append(final long[] r, final long[] x, final int k, final long[] y) {
    sqrN(r, x, k);
    mul(r, r, y);
    return r;
  }

  /** a (normalized) as nine 30-bit limbs, {@link SafeGcd}'s form. */
  static int[] toLimbs30(final long[] a) {
    final int[] x = new int[SafeGcd.LIMBS];
    for (int i = 0; i < x.length; i++) {
      final int limb = 30 * i / 52;
      final int shift = 30 * i % 52;
      long bits = a[limb] >>> shift;
      if (shift > 52 - 30 && limb + 1 < LIMBS) {
        bits |= a[limb + 1] << (52 - shift); // the 30 bits straddle two limbs
      }
      x[i] = (int) bits & ((1 << 30) - 1);
    }
    return x;
  }

  /** r = x, given in nine 30-bit limbs in [0, 2^30) (a value below p). */
  static void fromLimbs30(final long[] r, final int[] x) {
    java.util.Arrays.fill(r, 0);
    for (int i = 0; i < x.length; i++) {
      final int limb = 30 * i / 52;
      final int shift = 30 * i % 52;
      r[limb] |= ((long) x[i] << shift) & M52;
      if (shift > 52 - 30 && limb + 1 < LIMBS) {
        r[limb + 1] |= (long) x[i] >>> (52 - shift);
      }
    }
  }

  /** Makes a canonical: every limb in range and the value below p. */
  static void normalize(final long[] a) {
    reduce(a, a[0], a[1], a[2], a[3], a[4]);
    carry(a);
    // at most 2^256 + 2^53 so far: fold a bit 256 once more, which cannot carry that far again
    a[0] += (a[4] >>> 48) * FOLD_256;
    a[4] &= M48;
    carry(a);
    if (a[4] == M48 && (a[3] & a[2] & a[1]) == M52 && a[0] >= P0) {
      // p ≤ a < 2^256: a − p = a + (2^32 + 977) − 2^256
      a[0] += FOLD_256;
      carry(a);
      a[4] &= M48;
    }
  }

  /** Moves each limb's bits above 52 into the next limb (limb 4 keeps its own). */
  private static void carry(final long[] a) {
    for (int i = 0; i < LIMBS - 1; i++) {
      a[i + 1] += a[i] >>> 52;
      a[i] &= M52;
    }
  }

  /** Whether a ≡ 0 (mod p). A weakly reduced value is below 2p, so it is then 0 or p itself. */
  static boolean isZero(final long[] a) {
    final long l0 = a[0];
    long l1 = a[1];
    long l2 = a[2] + (l1 >>> 52);
    l1 &= M52;
    long l3 = a[3] + (l2 >>> 52);
    l2 &= M52;
    final long l4 = a[4] + (l3 >>> 52);
    l3 &= M52;
    return (l0 | l1 | l2 | l3 | l4) == 0 || (l0 == P0 && (l1 & l2 & l3) == M52 && l4 == M48);
  }

  /** The parity of a's canonical value; a must be normalized. */
  static boolean isOdd(final long[] a) {
    return (a[0] & 1) == 1;
  }

  static boolean equal(final long[] a, final long[] b) {
    final long[] difference = create();
    sub(difference, a, b);
    return isZero(difference);
  }

  /** The low 52 bits of x·y. */
  private static long lo(final long x, final long y) {
    return (x * y) & M52;
  }

  /** x·y shifted right by 52 bits (x, y below 2^53): the high 64 bits of (x·2^10)·(y·2^2). */
  private static long hi(final long x, final long y) {
    return Math.multiplyHigh(x << 10, y << 2);
  }

  /** Adds columns 5 to 9 (worth 2^260 each, times 2^52k) to columns 0 to 4, then reduces. */
  private static void foldHigh(final long[] r, final long t0, final long t1, final long t2, final long t3,
      final long t4, final long t5, final long t6, final long t7, final long t8, final long t9) {
    long u0 = t0 + lo(FOLD_260, t5);
    long u1 = t1 + lo(FOLD_260, t6) + hi(FOLD_260, t5);
    final long u2 = t2 + lo(FOLD_260, t7) + hi(FOLD_260, t6);
    final long u3 = t3 + lo(FOLD_260, t8) + hi(FOLD_260, t7);
    final long u4 = t4 + lo(FOLD_260, t9) + hi(FOLD_260, t8);
    final long u5 = hi(FOLD_260, t9); // below 2^30, since limb 4 of each input is below 2^48
    // u5·2^260 ≡ u5·(2^36 + 0x3D10); u5·2^36 is split at limb 0's top so that nothing overflows
    u0 += u5 * (FOLD_260 & 0xFFFF) + ((u5 & 0xFFFF) << 36);
    u1 += u5 >>> 16;
    reduce(r, u0, u1, u2, u3, u4);
  }

  /**
   * Writes Σ l_i·2^(52·i) (each l_i below 2^60) weakly reduced: carries the limbs up, then folds
   * the bits above 256 back in as multiples of 2^32 + 977.
   */
  private static void reduce(final long[] r, long l0, long l1, long l2, long l3, long l4) {
    l1 += l0 >>> 52;
    l0 &= M52;
    l2 += l1 >>> 52;
    l1 &= M52;
    l3 += l2 >>> 52;
    l2 &= M52;
    l4 += l3 >>> 52;
    l3 &= M52;
    l0 += (l4 >>> 48) * FOLD_256;
    l4 &= M48;
    l1 += l0 >>> 52;
    l0 &= M52;
    r[0] = l0;
    r[1] = l1;
    r[2] = l2;
    r[3] = l3;
    r[4] = l4;
  }
}
