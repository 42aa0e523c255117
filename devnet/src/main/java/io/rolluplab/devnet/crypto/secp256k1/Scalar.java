package io.rolluplab.devnet.crypto.secp256k1;

/**
 * Arithmetic modulo the group order n on numbers in nine 30-bit limbs ({@link SafeGcd}'s form), for
 * the scalars of a recovery: u1 = −e·r⁻¹ and u2 = s·r⁻¹.
 *
 * <p>Why not {@link java.math.BigInteger}: it allocates for every step and divides to reduce, which
 * cost more than a tenth of a recovery. A recovery needs only three products modulo n, so they are
 * Montgomery products (no division: multiples of n clear the low limbs, which are shifted out), and
 * the factor 2^−270 they leave is cancelled by inverting a Montgomery product too (see {@link
 * #montgomeryInverse}).
 */
final class Scalar {
  private static final int LIMBS = SafeGcd.LIMBS;
  private static final int M30 = (1 << 30) - 1;
  private static final int[] N = SafeGcd.fromBytes(java.util.HexFormat.of().parseHex(
      "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141"));
  private static final SafeGcd INVERSE = new SafeGcd(N);
  /** −n⁻¹ mod 2^30: the multiple of n that clears a number's lowest limb. */
  private static final int MINUS_N_INVERSE30 = -SafeGcd.inverse30(N[0]) & M30;

  private Scalar() {}

  /** 32 big-endian bytes reduced modulo n (a 256-bit number is below 2n: one subtraction at most). */
  static int[] fromBytes(final byte[] bytes) {
    final int[] x = SafeGcd.fromBytes(bytes);
    subtractNIfAtLeastN(x);
    return x;
  }

  /** n − x for x in [0, n), 0 for 0. */
  static int[] negate(final int[] x) {
    final int[] r = new int[LIMBS];
    long carry = 0;
    for (int i = 0; i < LIMBS; i++) {
      carry += (long) N[i] - x[i];
      r[i] = (int) carry & M30;
      carry >>= 30;
    }
    subtractNIfAtLeastN(r); // x = 0 gave n
    return r;
  }

  /**
   * b⁻¹·2^270 mod n for b in [1, n): b's inverse in Montgomery form, so that {@code montgomery(a,
   * it)} is a/b. Computed as the inverse of b·2^−270, itself a Montgomery product with 1.
   */
  static int[] montgomeryInverse(final int[] b) {
    final int[] one = new int[LIMBS];
    one[0] = 1;
    final int[] inverse = montgomery(b, one);
    INVERSE.invert(inverse);
    return inverse;
  }

  /**
   * a·b·2^−270 mod n (Montgomery's product, operand scanning): for each limb of a, add that limb
   * times b, then the multiple of n that makes the lowest limb zero, and shift it out. The running
   * sum stays below 2n < 2^257 (so nothing is left above the nine limbs), and one subtraction ends it.
   */
  static int[] montgomery(final int[] a, final int[] b) {
    final long[] t = new long[LIMBS + 1];
    for (int i = 0; i < LIMBS; i++) {
      long carry = 0;
      for (int j = 0; j < LIMBS; j++) {
        carry += t[j] + (long) a[i] * b[j];
        t[j] = carry & M30;
        carry >>= 30;
      }
      t[LIMBS] += carry;
      final long m = (t[0] * MINUS_N_INVERSE30) & M30;
      carry = (t[0] + m * N[0]) >> 30;
      for (int j = 1; j < LIMBS; j++) {
        carry += t[j] + m * N[j];
        t[j - 1] = carry & M30;
        carry >>= 30;
      }
      carry += t[LIMBS];
      t[LIMBS - 1] = carry & M30;
      t[LIMBS] = carry >> 30;
    }
    final int[] r = new int[LIMBS];
    for (int i = 0; i < LIMBS; i++) {
      r[i] = (int) t[i];
    }
    subtractNIfAtLeastN(r);
    return r;
  }

  /**
   * x − n if x ≥ n, else x, for x below 2n: a first pass finds whether x − n borrows, a second
   * subtracts n masked to zero if it does. Without a branch on the value: x ≥ n by its top limbs
   * alone is rare (n's top limb is all ones), and the JIT compiler treats a branch it never saw taken
   * as dead code; the day it is taken, it throws away the whole compiled recovery this is inlined
   * into and starts again.
   */
  private static void subtractNIfAtLeastN(final int[] x) {
    long borrow = 0;
    for (int i = 0; i < LIMBS; i++) {
      borrow = (borrow + x[i] - N[i]) >> 30;
    }
    final int n = ~(int) borrow; // all ones if x − n did not borrow (x ≥ n), else 0
    long carry = 0;
    for (int i = 0; i < LIMBS; i++) {
      carry += (long) x[i] - (N[i] & n);
      x[i] = (int) carry & M30;
      carry >>= 30;
    }
  }
}
