package io.rolluplab.devnet.crypto.secp256k1;

import java.math.BigInteger;

/**
 * secp256k1's endomorphism (the "GLV" method, after Gallant, Lambert and Vanstone): multiplying a
 * point by the scalar λ costs one field multiplication, λ·(x, y) = (β·x, y), where β is a cube root
 * of 1 modulo p and λ one modulo n. Writing a 256-bit scalar k as k1 + k2·λ with k1 and k2 of about
 * 128 bits turns k·P into k1·P + k2·(λP): two half-length multiples that share 128 doublings
 * instead of 256. The split rounds k onto a short basis of the lattice {(a, b) : a + b·λ ≡ 0 mod n}
 * (the basis libsecp256k1 and BouncyCastle use).
 */
final class Endomorphism {
  private static final BigInteger N = Secp256k1.N;
  static final BigInteger LAMBDA =
      new BigInteger("5363AD4CC05C30E0A5261C028812645A122E22EA20816678DF02967C1B23BD72", 16);
  private static final long[] BETA =
      Field.fromHex("7AE96A2B657C07106E64479EAC3434E99CF0497512F58995C1396C28719501EE");
  // the basis: a1 + b1·λ ≡ 0 and a2 + b2·λ ≡ 0 (mod n), all four below 2^129
  private static final BigInteger A1 = new BigInteger("3086D221A7D46BCDE86C90E49284EB15", 16);
  private static final BigInteger B1 = new BigInteger("-E4437ED6010E88286F547FA90ABFE4C3", 16);
  private static final BigInteger A2 = new BigInteger("114CA50F7A8E2F3F657C1108D9D44CFD8", 16);
  private static final BigInteger B2 = A1;
  /** b2/n and −b1/n as fixed-point numbers with 272 bits after the point, for the rounding in {@link #split}. */
  private static final int SHIFT = 272;
  private static final int[] G1 = limbs(divideRounded(B2.shiftLeft(SHIFT), N), 5);
  private static final int[] G2 = limbs(divideRounded(B1.negate().shiftLeft(SHIFT), N), 5);
  /** The basis vectors' coordinates as signed limbs, negated where the split subtracts them. */
  private static final int[] MINUS_A1 = limbs(A1.negate(), 5);
  private static final int[] MINUS_A2 = limbs(A2.negate(), 5);
  private static final int[] MINUS_B1 = limbs(B1.negate(), 5);
  private static final int[] MINUS_B2 = limbs(B2.negate(), 5);
  /** The halves have five 30-bit limbs: 150 bits hold a signed number below 2^129 in size. */
  static final int HALF_LIMBS = 5;
  private static final int M30 = (1 << 30) - 1;

  private Endomorphism() {}

  /**
   * (k1, k2) with k1 + k2·λ ≡ k (mod n), for k in [0, n) in 30-bit limbs. Each half is below 2^128
   * in absolute value and may be negative: five limbs, the top one signed.
   */
  static int[][] split(final int[] k) {
    // k's coordinates in the basis, rounded: (k, 0) − c1·(a1, b1) − c2·(a2, b2) is then short;
    // c1 = round(k·b2/n) by a multiplication and a shift instead of a division
    final int[] c1 = shiftRounded(k, G1);
    final int[] c2 = shiftRounded(k, G2);
    final int[] k1 = shortSum(k, c1, MINUS_A1, c2, MINUS_A2);
    final int[] k2 = shortSum(new int[HALF_LIMBS], c1, MINUS_B1, c2, MINUS_B2);
    return new int[][] {k1, k2};
  }

  /**
   * x + c·p + d·q, a number known to be below 2^149 in size, computed modulo 2^150 (its five low
   * limbs; the products' higher limbs only add multiples of 2^150) and read back signed.
   */
  private static int[] shortSum(final int[] x, final int[] c, final int[] p, final int[] d, final int[] q) {
    final int[] sum = new int[HALF_LIMBS];
    long carry = 0;
    for (int j = 0; j < HALF_LIMBS; j++) {
      carry += x[j];
      for (int i = 0; i <= j; i++) {
        carry += (long) c[i] * p[j - i] + (long) d[i] * q[j - i];
      }
      sum[j] = (int) carry & M30;
      carry >>= 30;
    }
    sum[HALF_LIMBS - 1] = sum[HALF_LIMBS - 1] << 2 >> 2; // bit 149 is the sign
    return sum;
  }

  /** round(k·g/2^272), for k of nine limbs and g of five: a number of five limbs. */
  private static int[] shiftRounded(final int[] k, final int[] g) {
    final int[] product = new int[k.length + g.length];
    long carry = 0;
    for (int column = 0; column < product.length; column++) {
      for (int i = Math.max(0, column - g.length + 1); i <= Math.min(column, k.length - 1); i++) {
        carry += (long) k[i] * g[column - i];
      }
      product[column] = (int) carry & M30;
      carry >>= 30;
    }
    // v = product/2^270 (limbs 9 up); round(v/4) = (v + 2) >> 2
    final int[] rounded = new int[HALF_LIMBS];
    carry = 2;
    for (int i = 0; i < HALF_LIMBS; i++) {
      carry += product[9 + i];
      rounded[i] = (int) carry & M30;
      carry >>= 30;
    }
    for (int i = 0; i < HALF_LIMBS; i++) {
      final int above = i + 1 < HALF_LIMBS ? rounded[i + 1] : 0;
      rounded[i] = (rounded[i] >>> 2) | ((above & 3) << 28);
    }
    return rounded;
  }

  /** λ·P for each point of a table: the same Y and Z, X times β (so a shared Z stays shared). */
  static Point[] apply(final Point[] points) {
    final Point[] mapped = new Point[points.length];
    for (int i = 0; i < points.length; i++) {
      mapped[i] = points[i].copy();
      Field.mul(mapped[i].x, mapped[i].x, BETA);
    }
    return mapped;
  }

  private static BigInteger divideRounded(final BigInteger x, final BigInteger divisor) {
    return x.add(divisor.shiftRight(1)).divide(divisor);
  }

  /** A constant in count signed 30-bit limbs (two's complement, the top limb signed). */
  private static int[] limbs(final BigInteger value, final int count) {
    final int[] limbs = new int[count];
    for (int i = 0; i < count; i++) {
      limbs[i] = value.shiftRight(30 * i).intValue() & M30;
    }
    limbs[count - 1] = value.shiftRight(30 * (count - 1)).intValue();
    return limbs;
  }
}
