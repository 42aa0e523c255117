package io.rolluplab.devnet.evm.precompile.bn254;

/**
 * The quadratic extension Fp2 = Fp[u] / (u² + 1), written {@code re + im·u}: like complex numbers
 * with u playing i. G2 coordinates live here.
 */
public final class Fp2 implements FieldElement<Fp2> {
  public static final Fp2 ZERO = new Fp2(Fp.ZERO, Fp.ZERO);
  public static final Fp2 ONE = new Fp2(Fp.ONE, Fp.ZERO);
  /** ξ = 9 + u: the non-residue that builds Fp6 (v³ = ξ) and defines the twist of G2. */
  public static final Fp2 XI = new Fp2(Fp.of(9), Fp.ONE);

  private final Fp re;
  private final Fp im;

  public Fp2(final Fp re, final Fp im) {
    this.re = re;
    this.im = im;
  }

  /** An element of the base field seen inside Fp2. */
  public static Fp2 of(final Fp re) {
    return new Fp2(re, Fp.ZERO);
  }

  /** Reads 64 bytes; EIP-197 writes {@code im·u + re} as {@code (im, re)}, imaginary part first. */
  public static Fp2 decode(final byte[] in, final int offset) {
    final Fp im = Fp.decode(in, offset);
    return new Fp2(Fp.decode(in, offset + 32), im);
  }

  public Fp re() {
    return re;
  }

  public Fp im() {
    return im;
  }

  @Override
  public Fp2 add(final Fp2 o) {
    return new Fp2(re.add(o.re), im.add(o.im));
  }

  @Override
  public Fp2 sub(final Fp2 o) {
    return new Fp2(re.sub(o.re), im.sub(o.im));
  }

  /** (a + bu)(c + du) = (ac − bd) + (ad + bc)u, with ad + bc = (a + b)(c + d) − ac − bd (Karatsuba). */
  @Override
  public Fp2 mul(final Fp2 o) {
    final Fp ac = re.mul(o.re);
    final Fp bd = im.mul(o.im);
    final Fp cross = re.add(im).mul(o.re.add(o.im)).sub(ac).sub(bd);
    return new Fp2(ac.sub(bd), cross);
  }

  /**
   * Multiplies by ξ = 9 + u: (a + bu)(9 + u) = (9a − b) + (a + 9b)u. Done with additions only,
   * because the tower multiplies by ξ in every Fp6 and Fp12 product.
   */
  public Fp2 mulByXi() {
    return new Fp2(nine(re).sub(im), re.add(nine(im)));
  }

  private static Fp nine(final Fp a) {
    final Fp two = a.add(a);
    final Fp four = two.add(two);
    return four.add(four).add(a);
  }

  /** Multiplies both parts by a base-field scalar. */
  public Fp2 scale(final Fp k) {
    return new Fp2(re.mul(k), im.mul(k));
  }

  @Override
  public Fp2 negate() {
    return new Fp2(re.negate(), im.negate());
  }

  /** 1 / (a + bu) = (a − bu) / (a² + b²). */
  @Override
  public Fp2 inverse() {
    final Fp norm = re.square().add(im.square());
    return conjugate().scale(norm.inverse());
  }

  /** a − bu, which is also {@code this^p}: the Frobenius map of Fp2. */
  public Fp2 conjugate() {
    return new Fp2(re, im.negate());
  }

  @Override
  public boolean isZero() {
    return re.isZero() && im.isZero();
  }

  @Override
  public Fp2 self() {
    return this;
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof Fp2 other && re.equals(other.re) && im.equals(other.im);
  }

  @Override
  public int hashCode() {
    return 31 * re.hashCode() + im.hashCode();
  }

  @Override
  public String toString() {
    return re + " + " + im + "·u";
  }
}
