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
  private static final BigInteger G1 = divideRounded(B2.shiftLeft(SHIFT), N);
  private static final BigInteger G2 = divideRounded(B1.negate().shiftLeft(SHIFT), N);

  private Endomorphism() {}

  /** (k1, k2) with k1 + k2·λ ≡ k (mod n), each below 2^128 in absolute value (either may be negative). */
  static BigInteger[] split(final BigInteger k) {
    // k's coordinates in the basis, rounded: (k, 0) − c1·(a1, b1) − c2·(a2, b2) is then short;
    // c1 = round(k·b2/n) by a multiplication and a shift instead of a division
    final BigInteger c1 = shiftRounded(k.multiply(G1));
    final BigInteger c2 = shiftRounded(k.multiply(G2));
    final BigInteger k1 = k.subtract(c1.multiply(A1)).subtract(c2.multiply(A2));
    final BigInteger k2 = c1.multiply(B1).add(c2.multiply(B2)).negate();
    return new BigInteger[] {k1, k2};
  }

  /** λ·P for each point of a table: the same Y and Z, X times β. */
  static Point[] apply(final Point[] points) {
    final Point[] mapped = new Point[points.length];
    for (int i = 0; i < points.length; i++) {
      mapped[i] = points[i].copy();
      Field.mul(mapped[i].x, mapped[i].x, BETA);
      if (mapped[i].isAffine()) {
        Field.normalize(mapped[i].x);
      }
    }
    return mapped;
  }

  private static BigInteger shiftRounded(final BigInteger x) {
    return x.shiftRight(SHIFT - 1).add(BigInteger.ONE).shiftRight(1);
  }

  private static BigInteger divideRounded(final BigInteger x, final BigInteger divisor) {
    return x.add(divisor.shiftRight(1)).divide(divisor);
  }
}
