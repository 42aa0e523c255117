package io.rolluplab.devnet.crypto.secp256k1;

/**
 * A point of y² = x³ + 7 in Jacobian coordinates: (X, Y, Z) stands for the affine point (X/Z²,
 * Y/Z³), so adding and doubling need no division; one inversion at the end gives the affine point.
 *
 * <p>Points are mutable, and one that is added to or doubled keeps its own scratch space (made on
 * first use: the tables of multiples only ever get added to others), so a scalar multiplication
 * allocates no field elements. Only affine points (Z = 1) are ever added to another: the tables of
 * multiples are made so, which allows the cheaper mixed formula (8 multiplications and 3 squarings
 * instead of 12 and 4). Formulas: "dbl-2009-l" (see {@link #twice}) and "madd-2007-bl" from the
 * Explicit-Formulas Database, for curves with a = 0.
 */
final class Point {
  final long[] x = Field.create();
  final long[] y = Field.create();
  final long[] z = Field.create();
  private boolean infinity = true;
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
    return p;
  }

  Point copy() {
    final Point p = new Point();
    Field.copy(p.x, x);
    Field.copy(p.y, y);
    Field.copy(p.z, z);
    p.infinity = infinity;
    return p;
  }

  boolean isInfinity() {
    return infinity;
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
    return infinity ? null : unscaled(new Point[] {affine(x, y)}, z)[0];
  }

  /**
   * Points (none at infinity) brought to one shared Z without an inversion, written to {@code
   * sharedZ}: each X, Y is multiplied by f², f³ with f = Z_shared/Z_i, the product of the other
   * points' Z (running products from both ends), Z_shared the product of all. The points come back
   * with Z = 1: affine in the coordinates where Z_shared counts as 1 (see {@link #add}).
   */
  static Point[] toSharedZ(final Point[] points, final long[] sharedZ) {
    final long[][] before = new long[points.length][]; // Z_0·…·Z_(i−1)
    before[0] = Field.of(1);
    for (int i = 1; i < points.length; i++) {
      before[i] = Field.create();
      Field.mul(before[i], before[i - 1], points[i - 1].z);
    }
    final long[] after = Field.of(1); // Z_(i+1)·…·Z_(n−1), i going down
    final long[] f = Field.create();
    final long[] f2 = Field.create();
    final Point[] shared = new Point[points.length];
    for (int i = points.length - 1; i >= 0; i--) {
      final Point p = points[i];
      Field.mul(f, before[i], after);
      Field.sqr(f2, f);
      final long[] x = Field.create();
      final long[] y = Field.create();
      Field.mul(x, p.x, f2);
      Field.mul(f2, f2, f); // f³
      Field.mul(y, p.y, f2);
      shared[i] = affine(x, y);
      Field.mul(after, after, p.z);
    }
    Field.copy(sharedZ, after);
    return shared;
  }

  /**
   * The affine points, normalized, of points given with a shared Z ({@link #toSharedZ}): X/Z², Y/Z³
   * with one inversion for them all.
   */
  static Point[] unscaled(final Point[] points, final long[] sharedZ) {
    final long[] zInverse = Field.create();
    Field.inverse(zInverse, sharedZ);
    final long[] zInverse2 = Field.create();
    final long[] zInverse3 = Field.create();
    Field.sqr(zInverse2, zInverse);
    Field.mul(zInverse3, zInverse2, zInverse);
    final Point[] affine = new Point[points.length];
    for (int i = 0; i < points.length; i++) {
      final long[] x = Field.create();
      final long[] y = Field.create();
      Field.mul(x, points[i].x, zInverse2);
      Field.mul(y, points[i].y, zInverse3);
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
  }

  /**
   * this = this ± q, for q affine (Z = 1) and another object than this. With {@code zScale} s not
   * null, this point is in the coordinates of a table with a shared Z = s ({@link #toSharedZ}):
   * (X, Y, Z) stands for (X/(Z·s)², Y/(Z·s)³), while q is truly affine; in those coordinates q has
   * Z = 1/s, which costs one multiplication, Z·s in place of Z (libsecp256k1's "add_zinv").
   */
  void add(final Point q, final boolean negate, final long[] zScale) {
    makeScratch();
    final long[] z1 = zScale == null ? z : t4;
    if (zScale != null) {
      Field.mul(z1, z, zScale);
    }
    if (infinity) { // this = ±q: (q.x·s², ±q.y·s³, 1)
      Field.copy(x, q.x);
      Field.copy(y, q.y);
      java.util.Arrays.fill(z, 0);
      z[0] = 1;
      if (zScale != null) {
        Field.sqr(t1, zScale);
        Field.mul(x, x, t1);
        Field.mul(t1, t1, zScale);
        Field.mul(y, y, t1);
      }
      if (negate) {
        Field.negate(y, y);
      }
      infinity = false;
      return;
    }
    // U1 = X1, U2 = X2·Z1², S1 = Y1, S2 = ±Y2·Z1³: both points scaled to this one's Z
    final long[] z1z1 = t1;
    final long[] h = t2; // H = U2 − U1
    final long[] r = t3; // R = S2 − S1
    Field.sqr(z1z1, z1);
    Field.mul(h, q.x, z1z1);
    Field.mul(r, q.y, z1);
    Field.mul(r, r, z1z1);
    if (negate) {
      Field.negate(r, r);
    }
    Field.sub(h, h, x);
    Field.sub(r, r, y);
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
    final long[] hhh = t5;
    final long[] v = t4; // V = U1·H²
    Field.sqr(hh, h);
    Field.mul(hhh, h, hh);
    Field.mul(v, x, hh);
    Field.mul(hh, y, hhh); // S1·H³, before Y1 changes
    Field.sqr(x, r); // X3 = R² − H³ − 2·V
    Field.sub(x, x, hhh);
    Field.sub(x, x, v, 2);
    Field.sub(v, v, x); // Y3 = R·(V − X3) − S1·H³
    Field.mul(v, r, v);
    Field.sub(y, v, hh);
    Field.mul(z, z, h); // Z3 = Z1·H
  }
}
