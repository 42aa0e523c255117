package io.rolluplab.devnet.evm.precompile.bn254;

import java.math.BigInteger;

/**
 * The optimal ate pairing e: G1 × G2 → Fp12 of bn254, split as EIP-197 uses it: one Miller loop
 * per pair, then one final exponentiation of their product. "e(P1, Q1) · … · e(Pn, Qn) = 1" is the
 * check a SNARK verifier needs, and the final exponentiation is the expensive half, so it is done
 * once per call rather than once per pair.
 *
 * <p>G2 points live on the twist E' over Fp2. The map (x, y) ↦ (x·w², y·w³) carries them onto the
 * curve over Fp12, where the lines of the Miller loop are evaluated at the G1 point.
 */
public final class Pairing {
  /** The parameter u from which bn254 is built: p and r are polynomials in u. */
  private static final BigInteger U = new BigInteger("4965661367192848881");
  /** The optimal ate Miller loop walks the bits of 6u + 2. */
  private static final BigInteger ATE_LOOP_COUNT =
      U.multiply(BigInteger.valueOf(6)).add(BigInteger.TWO);

  private Pairing() {}

  public static Fp12 pairing(final CurvePoint<Fp> p, final CurvePoint<Fp2> q) {
    return finalExponentiation(millerLoop(p, q));
  }

  /** The product of the lines met while computing (6u + 2)·Q, each evaluated at P. */
  public static Fp12 millerLoop(final CurvePoint<Fp> p, final CurvePoint<Fp2> q) {
    if (p.isInfinity() || q.isInfinity()) {
      return Fp12.ONE;
    }
    Fp12 f = Fp12.ONE;
    CurvePoint<Fp2> t = q;
    for (int i = ATE_LOOP_COUNT.bitLength() - 2; i >= 0; i--) {
      f = f.square().mul(line(t, t, p));
      t = t.add(t);
      if (ATE_LOOP_COUNT.testBit(i)) {
        f = f.mul(line(t, q, p));
        t = t.add(q);
      }
    }
    // Two more lines, through π(Q) and −π²(Q), make the pairing "optimal" (a loop of 65 bits
    // instead of 254). Since 6u + 2 + p − p² ≡ 0 mod r, the last line is vertical.
    final CurvePoint<Fp2> q1 = frobenius(q);
    final CurvePoint<Fp2> q2 = frobenius(q1).negate();
    f = f.mul(line(t, q1, p));
    t = t.add(q1);
    return f.mul(line(t, q2, p));
  }

  /**
   * Raises to (p¹² − 1) / r, mapping every Miller loop result onto an r-th root of unity, so equal
   * pairings give equal values. Split as (p⁶ − 1) · (p² + 1) · (p⁴ − p² + 1) / r.
   */
  public static Fp12 finalExponentiation(final Fp12 f) {
    Fp12 t = f.conjugate().mul(f.inverse()); // f^(p⁶ − 1): conjugation is the p⁶-th power
    t = t.frobenius().frobenius().mul(t); // ^(p² + 1)
    return hardPart(t);
  }

  /**
   * Raises to (p⁴ − p² + 1) / r. Written in base p, that exponent has digits that are small
   * polynomials in u, so it takes three 63-bit powers by u and a few Frobenius maps instead of
   * one 762-bit power (Scott et al., "On the final exponentiation for calculating pairings on
   * ordinary elliptic curves", 2009). After the easy part, f is unitary: its inverse is its
   * conjugate.
   */
  static Fp12 hardPart(final Fp12 f) {
    final Fp12 fu = f.pow(U);
    final Fp12 fu2 = fu.pow(U);
    final Fp12 fu3 = fu2.pow(U);
    final Fp12 fp = f.frobenius();
    final Fp12 fp2 = fp.frobenius();
    final Fp12 y0 = fp.mul(fp2).mul(fp2.frobenius());
    final Fp12 y1 = f.conjugate();
    final Fp12 y2 = fu2.frobenius().frobenius();
    final Fp12 y3 = fu.frobenius().conjugate();
    final Fp12 y4 = fu.mul(fu2.frobenius()).conjugate();
    final Fp12 y5 = fu2.conjugate();
    final Fp12 y6 = fu3.mul(fu3.frobenius()).conjugate();
    Fp12 t0 = y6.square().mul(y4).mul(y5);
    Fp12 t1 = y3.mul(y5).mul(t0);
    t0 = t0.mul(y2);
    t1 = t1.square().mul(t0).square();
    t0 = t1.mul(y1);
    t1 = t1.mul(y0);
    return t0.square().mul(t1);
  }

  /**
   * The line through T and Q (the tangent if T = Q), untwisted and evaluated at P. With slope λ on
   * the twist, the untwisted slope is λ·w, and y_P − y_T·w³ − λ·w·(x_P − x_T·w²) regroups as
   * y_P + (−λ·x_P)·w + (λ·x_T − y_T)·v·w. A vertical line x_P − x_T·w² lies in Fp6, which the final
   * exponentiation sends to one, but it is kept exact here.
   */
  static Fp12 line(final CurvePoint<Fp2> t, final CurvePoint<Fp2> q, final CurvePoint<Fp> p) {
    final Fp2 xP = Fp2.of(p.x());
    if (t.isVerticalTo(q)) {
      return new Fp12(new Fp6(xP, t.x().negate(), Fp2.ZERO), Fp6.ZERO);
    }
    final Fp2 lambda = t.slope(q);
    final Fp6 c0 = new Fp6(Fp2.of(p.y()), Fp2.ZERO, Fp2.ZERO);
    final Fp6 c1 = new Fp6(lambda.scale(p.x()).negate(), lambda.mul(t.x()).sub(t.y()), Fp2.ZERO);
    return new Fp12(c0, c1);
  }

  /**
   * π(Q) = ψ⁻¹(π(ψ(Q))): the p-th power map carried to the twist, (x, y) ↦ (conj(x)·γ₂,
   * conj(y)·γ₃), because (w²)^p = w²·γ₂ and (w³)^p = w³·γ₃.
   */
  static CurvePoint<Fp2> frobenius(final CurvePoint<Fp2> q) {
    return CurvePoint.of(
        q.x().conjugate().mul(Fp12.frobeniusGamma(2)),
        q.y().conjugate().mul(Fp12.frobeniusGamma(3)),
        G2.B);
  }
}
