package io.rolluplab.devnet.evm.precompile.bn254;

import java.math.BigInteger;

/**
 * The top of the tower, Fp12 = Fp6[w] / (w² − v), written {@code c0 + c1·w}. The pairing maps into
 * the r-th roots of unity of this field, so a pairing check ends with "is this element one?".
 *
 * <p>Since w² = v and v³ = ξ, we have w⁶ = ξ, and every element is also {@code Σ a_k·w^k} for k =
 * 0..5 with a_k in Fp2. That view makes the Frobenius map (raising to the p-th power) cheap.
 */
public final class Fp12 implements FieldElement<Fp12> {
  public static final Fp12 ONE = new Fp12(Fp6.ONE, Fp6.ZERO);

  /** γ_k = ξ^(k(p−1)/6) = w^(k(p−1)): the factor w^k picks up under the Frobenius map. */
  private static final Fp2[] FROBENIUS_GAMMA = new Fp2[6];

  static {
    final BigInteger sixth = Fp.P.subtract(BigInteger.ONE).divide(BigInteger.valueOf(6));
    FROBENIUS_GAMMA[0] = Fp2.ONE;
    for (int k = 1; k < 6; k++) {
      FROBENIUS_GAMMA[k] = Fp2.XI.pow(sixth.multiply(BigInteger.valueOf(k)));
    }
  }

  final Fp6 c0;
  final Fp6 c1;

  public Fp12(final Fp6 c0, final Fp6 c1) {
    this.c0 = c0;
    this.c1 = c1;
  }

  /** The factor ξ^(k(p−1)/6); also used to apply the Frobenius map to twisted G2 points. */
  static Fp2 frobeniusGamma(final int k) {
    return FROBENIUS_GAMMA[k];
  }

  @Override
  public Fp12 add(final Fp12 o) {
    return new Fp12(c0.add(o.c0), c1.add(o.c1));
  }

  @Override
  public Fp12 sub(final Fp12 o) {
    return new Fp12(c0.sub(o.c0), c1.sub(o.c1));
  }

  /** (a0 + a1w)(b0 + b1w) = a0b0 + a1b1·v + (a0b1 + a1b0)w, the cross term by Karatsuba. */
  @Override
  public Fp12 mul(final Fp12 o) {
    final Fp6 a0b0 = c0.mul(o.c0);
    final Fp6 a1b1 = c1.mul(o.c1);
    final Fp6 cross = c0.add(c1).mul(o.c0.add(o.c1)).sub(a0b0).sub(a1b1);
    return new Fp12(a0b0.add(a1b1.mulByV()), cross);
  }

  /**
   * (a0 + a1w)² = (a0² + a1²·v) + 2·a0a1·w, where a0² + a1²·v = (a0 + a1)(a0 + a1·v) − a0a1 −
   * a0a1·v: two Fp6 products instead of three. Squaring dominates the pairing's running time.
   */
  @Override
  public Fp12 square() {
    final Fp6 a0a1 = c0.mul(c1);
    final Fp6 real = c0.add(c1).mul(c0.add(c1.mulByV())).sub(a0a1).sub(a0a1.mulByV());
    return new Fp12(real, a0a1.add(a0a1));
  }

  @Override
  public Fp12 negate() {
    return new Fp12(c0.negate(), c1.negate());
  }

  /** 1 / (a0 + a1w) = (a0 − a1w) / (a0² − a1²·v), which needs only an Fp6 inversion. */
  @Override
  public Fp12 inverse() {
    final Fp6 denominatorInverse = c0.square().sub(c1.square().mulByV()).inverse();
    return new Fp12(c0.mul(denominatorInverse), c1.negate().mul(denominatorInverse));
  }

  /** a0 − a1w, which equals {@code this^(p⁶)}: the first step of the final exponentiation. */
  public Fp12 conjugate() {
    return new Fp12(c0, c1.negate());
  }

  /** {@code this^p}: (a_k·w^k)^p = conj(a_k)·γ_k·w^k, one multiplication per coefficient. */
  public Fp12 frobenius() {
    final Fp2[] a = {c0.c0, c1.c0, c0.c1, c1.c1, c0.c2, c1.c2};
    final Fp2[] b = new Fp2[6];
    for (int k = 0; k < 6; k++) {
      b[k] = a[k].conjugate().mul(FROBENIUS_GAMMA[k]);
    }
    return new Fp12(new Fp6(b[0], b[2], b[4]), new Fp6(b[1], b[3], b[5]));
  }

  @Override
  public boolean isZero() {
    return c0.isZero() && c1.isZero();
  }

  @Override
  public Fp12 self() {
    return this;
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof Fp12 other && c0.equals(other.c0) && c1.equals(other.c1);
  }

  @Override
  public int hashCode() {
    return 31 * c0.hashCode() + c1.hashCode();
  }
}
