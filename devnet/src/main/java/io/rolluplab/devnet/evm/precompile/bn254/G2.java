package io.rolluplab.devnet.evm.precompile.bn254;

import java.math.BigInteger;

/**
 * The group G2 of bn254, as points on the sextic twist {@code y² = x³ + 3/ξ} over Fp2 (ξ = 9 + u),
 * and their 128-byte encoding from EIP-197: x then y, each Fp2 written imaginary part first.
 *
 * <p>Unlike G1, the twist has many more points than r, so a decoded point must also be checked to
 * lie in the subgroup of order r; EIP-197 requires the call to fail otherwise.
 */
public final class G2 {
  public static final Fp2 B = Fp2.of(Fp.of(3)).mul(Fp2.XI.inverse());
  public static final int ENCODED_SIZE = 128;
  public static final CurvePoint<Fp2> GENERATOR =
      CurvePoint.of(
          fp2(
              "10857046999023057135944570762232829481370756359578518086990519993285655852781",
              "11559732032986387107991004021392285783925812861821192530917403151452391805634"),
          fp2(
              "8495653923123431417604973247489272438418190587263600148770280649306958101930",
              "4082367875863433681332203403145435568316851327593401208105741076214120093531"),
          B);

  private G2() {}

  /**
   * Decodes a point; throws IllegalArgumentException if a coordinate is ≥ p, the point is off the
   * twist, or it is outside the subgroup of order r.
   */
  public static CurvePoint<Fp2> decode(final byte[] in, final int offset) {
    final Fp2 x = Fp2.decode(in, offset);
    final Fp2 y = Fp2.decode(in, offset + 64);
    if (x.isZero() && y.isZero()) {
      return CurvePoint.infinity(B);
    }
    final CurvePoint<Fp2> point = CurvePoint.of(x, y, B);
    if (!point.isOnCurve()) {
      throw new IllegalArgumentException("G2 point is not on the twist curve");
    }
    if (!point.multiply(G1.ORDER).isInfinity()) {
      throw new IllegalArgumentException("G2 point is not in the subgroup of order r");
    }
    return point;
  }

  private static Fp2 fp2(final String realDecimal, final String imaginaryDecimal) {
    return new Fp2(Fp.of(new BigInteger(realDecimal)), Fp.of(new BigInteger(imaginaryDecimal)));
  }
}
