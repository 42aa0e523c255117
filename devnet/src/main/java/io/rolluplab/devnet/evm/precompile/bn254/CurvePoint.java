package io.rolluplab.devnet.evm.precompile.bn254;

import java.math.BigInteger;

/**
 * A point on {@code y² = x³ + b} in affine coordinates. The group law is written once for any
 * field: over {@link Fp} with b = 3 it is G1, over {@link Fp2} with b = 3/ξ it is (the twist of) G2.
 *
 * <p>Affine coordinates cost one field inversion per step; projective ones would avoid it, but
 * affine formulas are the ones in the textbooks and fast enough here.
 */
public final class CurvePoint<F extends FieldElement<F>> {
  private final F x;
  private final F y;
  private final F b;
  private final boolean infinity;

  private CurvePoint(final F x, final F y, final F b, final boolean infinity) {
    this.x = x;
    this.y = y;
    this.b = b;
    this.infinity = infinity;
  }

  public static <F extends FieldElement<F>> CurvePoint<F> of(final F x, final F y, final F b) {
    return new CurvePoint<>(x, y, b, false);
  }

  /** The neutral element; it has no affine coordinates, so x and y are null. */
  public static <F extends FieldElement<F>> CurvePoint<F> infinity(final F b) {
    return new CurvePoint<>(null, null, b, true);
  }

  public F x() {
    return x;
  }

  public F y() {
    return y;
  }

  public boolean isInfinity() {
    return infinity;
  }

  public boolean isOnCurve() {
    return infinity || y.square().equals(x.square().mul(x).add(b));
  }

  public CurvePoint<F> negate() {
    return infinity ? this : of(x, y.negate(), b);
  }

  /** Chord-and-tangent addition; handles infinity, doubling and P + (−P). */
  public CurvePoint<F> add(final CurvePoint<F> other) {
    if (infinity) {
      return other;
    }
    if (other.infinity) {
      return this;
    }
    if (isVerticalTo(other)) {
      return infinity(b);
    }
    final F lambda = slope(other);
    final F x3 = lambda.square().sub(x).sub(other.x);
    final F y3 = lambda.mul(x.sub(x3)).sub(y);
    return of(x3, y3, b);
  }

  /**
   * True if the line through this point and {@code other} is vertical: they are each other's
   * negation (which includes doubling a point with y = 0). Then the sum is the point at infinity.
   */
  public boolean isVerticalTo(final CurvePoint<F> other) {
    return x.equals(other.x) && (!y.equals(other.y) || y.isZero());
  }

  /**
   * The slope of the line through this point and {@code other}: the tangent 3x²/2y if they are
   * equal, else the chord (y2 − y1)/(x2 − x1). The pairing's line functions reuse it.
   */
  public F slope(final CurvePoint<F> other) {
    if (x.equals(other.x)) {
      final F xSquared = x.square();
      return xSquared.add(xSquared).add(xSquared).mul(y.add(y).inverse());
    }
    return other.y.sub(y).mul(other.x.sub(x).inverse());
  }

  /** {@code k·this} by double-and-add over the bits of k, most significant first. */
  public CurvePoint<F> multiply(final BigInteger k) {
    CurvePoint<F> result = infinity(b);
    for (int i = k.bitLength() - 1; i >= 0; i--) {
      result = result.add(result);
      if (k.testBit(i)) {
        result = result.add(this);
      }
    }
    return result;
  }

  @Override
  public boolean equals(final Object o) {
    if (!(o instanceof CurvePoint<?> other) || infinity != other.infinity) {
      return false;
    }
    return infinity || x.equals(other.x) && y.equals(other.y);
  }

  @Override
  public int hashCode() {
    return infinity ? 0 : 31 * x.hashCode() + y.hashCode();
  }

  @Override
  public String toString() {
    return infinity ? "infinity" : "(" + x + ", " + y + ")";
  }
}
