package io.rolluplab.devnet.evm.precompile.bn254;

import java.math.BigInteger;

/**
 * The group G1 of bn254: points on {@code y² = x³ + 3} over Fp, and their 64-byte encoding (x ‖ y,
 * each 32 bytes big-endian, with (0, 0) standing for the point at infinity) from EIP-196.
 *
 * <p>The whole curve over Fp has prime order r, so every point on it is in G1: no subgroup check.
 */
public final class G1 {
  public static final Fp B = Fp.of(3);
  public static final CurvePoint<Fp> GENERATOR = CurvePoint.of(Fp.ONE, Fp.of(2), B);
  public static final int ENCODED_SIZE = 64;
  /** The number of points on the curve, and so the order of G1 and G2. */
  public static final BigInteger ORDER =
      new BigInteger(
          "21888242871839275222246405745257275088548364400416034343698204186575808495617");

  private G1() {}

  /** Decodes a point; throws IllegalArgumentException if a coordinate is ≥ p or it is off the curve. */
  public static CurvePoint<Fp> decode(final byte[] in, final int offset) {
    final Fp x = Fp.decode(in, offset);
    final Fp y = Fp.decode(in, offset + 32);
    if (x.isZero() && y.isZero()) {
      return CurvePoint.infinity(B);
    }
    final CurvePoint<Fp> point = CurvePoint.of(x, y, B);
    if (!point.isOnCurve()) {
      throw new IllegalArgumentException("G1 point is not on the curve");
    }
    return point;
  }

  public static byte[] encode(final CurvePoint<Fp> point) {
    final byte[] out = new byte[ENCODED_SIZE];
    if (!point.isInfinity()) {
      System.arraycopy(point.x().encode(), 0, out, 0, 32);
      System.arraycopy(point.y().encode(), 0, out, 32, 32);
    }
    return out;
  }
}
