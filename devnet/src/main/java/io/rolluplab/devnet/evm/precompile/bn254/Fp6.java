package io.rolluplab.devnet.evm.precompile.bn254;

/**
 * The cubic extension Fp6 = Fp2[v] / (v³ − ξ), written {@code c0 + c1·v + c2·v²}. It is the middle
 * floor of the tower Fp ⊂ Fp2 ⊂ Fp6 ⊂ Fp12 in which pairing values are computed.
 */
public final class Fp6 implements FieldElement<Fp6> {
  public static final Fp6 ZERO = new Fp6(Fp2.ZERO, Fp2.ZERO, Fp2.ZERO);
  public static final Fp6 ONE = new Fp6(Fp2.ONE, Fp2.ZERO, Fp2.ZERO);

  final Fp2 c0;
  final Fp2 c1;
  final Fp2 c2;

  public Fp6(final Fp2 c0, final Fp2 c1, final Fp2 c2) {
    this.c0 = c0;
    this.c1 = c1;
    this.c2 = c2;
  }

  @Override
  public Fp6 add(final Fp6 o) {
    return new Fp6(c0.add(o.c0), c1.add(o.c1), c2.add(o.c2));
  }

  @Override
  public Fp6 sub(final Fp6 o) {
    return new Fp6(c0.sub(o.c0), c1.sub(o.c1), c2.sub(o.c2));
  }

  /**
   * The schoolbook product, with the v³ and v⁴ terms folded back as ξ and ξ·v, and each cross
   * sum such as a1b2 + a2b1 taken as (a1 + a2)(b1 + b2) − a1b1 − a2b2 (Karatsuba): six Fp2
   * multiplications instead of nine.
   */
  @Override
  public Fp6 mul(final Fp6 o) {
    final Fp2 v0 = c0.mul(o.c0);
    final Fp2 v1 = c1.mul(o.c1);
    final Fp2 v2 = c2.mul(o.c2);
    final Fp2 a1b2PlusA2b1 = c1.add(c2).mul(o.c1.add(o.c2)).sub(v1).sub(v2);
    final Fp2 a0b1PlusA1b0 = c0.add(c1).mul(o.c0.add(o.c1)).sub(v0).sub(v1);
    final Fp2 a0b2PlusA2b0 = c0.add(c2).mul(o.c0.add(o.c2)).sub(v0).sub(v2);
    return new Fp6(
        v0.add(a1b2PlusA2b1.mulByXi()), a0b1PlusA1b0.add(v2.mulByXi()), a0b2PlusA2b0.add(v1));
  }

  /** Multiplies by v: each coefficient moves up one power, and v² · v = ξ wraps around. */
  public Fp6 mulByV() {
    return new Fp6(c2.mulByXi(), c0, c1);
  }

  @Override
  public Fp6 negate() {
    return new Fp6(c0.negate(), c1.negate(), c2.negate());
  }

  /**
   * The inverse through the adjugate: {@code t = (t0, t1, t2)} satisfies {@code this · t = n} for
   * an n in Fp2, so the inverse is {@code t / n} and only one Fp2 inversion is needed.
   */
  @Override
  public Fp6 inverse() {
    final Fp2 t0 = c0.square().sub(c1.mul(c2).mulByXi());
    final Fp2 t1 = c2.square().mulByXi().sub(c0.mul(c1));
    final Fp2 t2 = c1.square().sub(c0.mul(c2));
    final Fp2 n = c0.mul(t0).add(c2.mul(t1).add(c1.mul(t2)).mulByXi());
    final Fp2 nInverse = n.inverse();
    return new Fp6(t0.mul(nInverse), t1.mul(nInverse), t2.mul(nInverse));
  }

  @Override
  public boolean isZero() {
    return c0.isZero() && c1.isZero() && c2.isZero();
  }

  @Override
  public Fp6 self() {
    return this;
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof Fp6 other && c0.equals(other.c0) && c1.equals(other.c1) && c2.equals(other.c2);
  }

  @Override
  public int hashCode() {
    return (c0.hashCode() * 31 + c1.hashCode()) * 31 + c2.hashCode();
  }
}
