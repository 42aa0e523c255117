package io.rolluplab.devnet.crypto.secp256k1;

/**
 * A point of y² = x³ + 7 in Jacobian coordinates: (X, Y, Z) stands for the affine point (X/Z²,
 * Y/Z³), so adding and doubling need no division; one inversion at the end gives the affine point.
 *
 * <p>Points are mutable, and one that is added to or doubled keeps its own scratch space (made on
 * first use: the tables of multiples only ever get added to others), so a scalar multiplication
 * allocates no field elements. A point known to have Z = 1 ({@link #isAffine}: the multiples of G
 * and of R, made affine by {@link #allToAffine}) is added with the cheaper mixed formula (8
 * multiplications and 3 squarings instead of 12 and 4). Formulas: "dbl-2009-l" (see {@link
 * #twice}) and "add-2007-bl"'s plain variant from the Explicit-Formulas Database, for a = 0.
 */
final class Point {
  final long[] x = Field.create();
  final long[] y = Field.create();
  final long[] z = Field.create();
  private boolean infinity = true;
  private boolean affine;
  private long[] t1;
  private long[] t2;
  private long[] t3;
  private long[] t4;
  private long[] t5;
  private long[] t6;

  /** The point at infinity, the group's zero. */
  Point() {}

  static Point affine(final long[] x, final long[] y) {
    final Point p = new Point();
    Field.copy(p.x, x);
    Field.copy(p.y, y);
    p.z[0] = 1;
    p.infinity = false;
    p.affine = true;
    return p;
  }

  Point copy() {
    final Point p = new Point();
    Field.copy(p.x, x);
    Field.copy(p.y, y);
    Field.copy(p.z, z);
    p.infinity = infinity;
    p.affine = affine;
    return p;
  }

  boolean isInfinity() {
    return infinity;
  }

  boolean isAffine() {
    return affine;
  }

  private void makeScratch() {
    if (t1 == null) {
      t1 = Field.create();
      t2 = Field.create();
      t3 = Field.create();
      t4 = Field.create();
      t5 = Field.create();
      t6 = Field.create();
    }
  }

  /** This point in affine coordinates, both normalized (canonical): (X/Z², Y/Z³); null at infinity. */
  Point toAffine() {
    return infinity ? null : allToAffine(new Point[] {this})[0];
  }

  /**
   * Points (none at infinity) in affine coordinates with a single field inversion (Montgomery's
   * trick): invert the product of all the Z, then peel off each 1/Z from the top with the running
   * products, three multiplications per point instead of an inversion each. A table of multiples
   * made affine this way is then added with the cheaper mixed formula.
   */
  static Point[] allToAffine(final Point[] points) {
    final long[][] products = new long[points.length][]; // Z_0·Z_1·…·Z_i
    for (int i = 0; i < points.length; i++) {
      products[i] = points[i].z.clone();
      if (i > 0) {
        Field.mul(products[i], products[i], products[i - 1]);
      }
    }
    final long[] inverse = Field.create(); // 1/(Z_0·…·Z_i), i going down
    Field.inverse(inverse, products[points.length - 1]);
    final long[] zInverse = Field.create();
    final long[] zInverse2 = Field.create();
    final Point[] affine = new Point[points.length];
    for (int i = points.length - 1; i >= 0; i--) {
      final Point p = points[i];
      if (i > 0) {
        Field.mul(zInverse, inverse, products[i - 1]);
        Field.mul(inverse, inverse, p.z);
      } else {
        Field.copy(zInverse, inverse);
      }
      Field.sqr(zInverse2, zInverse);
      final long[] x = Field.create();
      final long[] y = Field.create();
      Field.mul(x, p.x, zInverse2);
      Field.mul(y, p.y, zInverse2);
      Field.mul(y, y, zInverse);
      Field.normalize(x);
      Field.normalize(y);
      affine[i] = affine(x, y);
    }
    return affine;
  }

  /**
   * this = 2·this. secp256k1 has no point of order 2 (its order n is odd), so Y is never 0.
   * "dbl-2009-l" computes D = 4·X·Y² as 2·((X + Y²)² − X² − Y⁴), a squaring for a multiplication;
   * here the three additions that costs weigh more than the difference, so D is a product.
   */
  void twice() {
    if (infinity) {
      return;
    }
    makeScratch();
    final long[] a = t1;
    final long[] b = t2;
    final long[] c = t3;
    final long[] d = t4;
    final long[] e = t5;
    final long[] f = t6;
    Field.sqr(a, x); // A = X²
    Field.sqr(b, y); // B = Y²
    Field.sqr(c, b); // C = B²
    Field.mul(d, x, b); // D = 4·X·B
    Field.mulSmall(d, d, 4);
    Field.mulSmall(e, a, 3); // E = 3·A
    Field.sqr(f, e); // F = E²
    Field.mul(z, y, z); // Z3 = 2·Y·Z, before Y changes
    Field.mulSmall(z, z, 2);
    Field.sub(x, f, d, 2); // X3 = F − 2·D
    Field.sub(b, d, x); // Y3 = E·(D − X3) − 8·C
    Field.mul(b, e, b);
    Field.sub(y, b, c, 8);
    affine = false;
  }

  /** this = this + q, or this − q if {@code negate}; q must be another object than this. */
  void add(final Point q, final boolean negate) {
    if (q.infinity) {
      return;
    }
    if (infinity) {
      Field.copy(x, q.x);
      Field.copy(z, q.z);
      if (negate) {
        Field.negate(y, q.y);
      } else {
        Field.copy(y, q.y);
      }
      infinity = false;
      affine = q.affine;
      return;
    }
    makeScratch();
    // U1 = X1·Z2², U2 = X2·Z1², S1 = Y1·Z2³, S2 = ±Y2·Z1³: both points scaled to a common Z
    final long[] z1z1 = t1;
    final long[] u2 = t2;
    final long[] s2 = t3;
    Field.sqr(z1z1, z);
    Field.mul(u2, q.x, z1z1);
    Field.mul(s2, q.y, z);
    Field.mul(s2, s2, z1z1);
    if (negate) {
      Field.negate(s2, s2);
    }
    final long[] u1;
    final long[] s1;
    if (q.affine) {
      u1 = x;
      s1 = y;
    } else {
      u1 = t4;
      s1 = t5;
      final long[] z2z2 = t6;
      Field.sqr(z2z2, q.z);
      Field.mul(u1, x, z2z2);
      Field.mul(s1, y, q.z);
      Field.mul(s1, s1, z2z2);
    }
    final long[] h = u2; // H = U2 − U1
    final long[] r = s2; // R = S2 − S1
    Field.sub(h, u2, u1);
    Field.sub(r, s2, s1);
    if (Field.isZero(h)) {
      // same x: the same point (double it) or its negation (the sum is zero)
      if (Field.isZero(r)) {
        twice();
      } else {
        infinity = true;
      }
      return;
    }
    final long[] hh = t1; // Z1² is no longer needed
    final long[] hhh = t6;
    final long[] v = q.affine ? t4 : u1; // V = U1·H², in place of U1 when U1 is scratch
    Field.sqr(hh, h);
    Field.mul(hhh, h, hh);
    Field.mul(v, u1, hh);
    Field.mul(hh, s1, hhh); // S1·H³, before Y1 (which may be S1) changes
    Field.sqr(x, r); // X3 = R² − H³ − 2·V
    Field.sub(x, x, hhh);
    Field.sub(x, x, v, 2);
    Field.sub(v, v, x); // Y3 = R·(V − X3) − S1·H³
    Field.mul(v, r, v);
    Field.sub(y, v, hh);
    Field.mul(z, z, h); // Z3 = Z1·Z2·H
    if (!q.affine) {
      Field.mul(z, z, q.z);
    }
    affine = false;
  }
}
