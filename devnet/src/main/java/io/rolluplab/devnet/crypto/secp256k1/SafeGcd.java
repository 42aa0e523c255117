package io.rolluplab.devnet.crypto.secp256k1;

/**
 * Modular inverses by Bernstein and Yang's "safegcd" (variable-time form, as libsecp256k1's {@code
 * modinv32_var}), for both moduli a recovery needs: the field prime p (the final affine point) and
 * the group order n (the scalar r⁻¹).
 *
 * <p>Why not Fermat (x^(m−2), about 270 multiplications) or {@link java.math.BigInteger#modInverse}:
 * both cost 7 to 11 µs, a tenth of a recovery each. safegcd runs a binary GCD of (m, x) whose steps
 * ("divsteps") look only at the low bits of f and g, so 30 of them at a time are worked out on one
 * 32-bit word into a 2×2 matrix, and only then applied to the full 256-bit numbers; the same matrix
 * updates the cofactor d, kept modulo m, which ends as ±x⁻¹. Recovery works on public data, so
 * variable time is fine (a signer would need the constant-time form).
 *
 * <p>Numbers are nine signed 30-bit limbs in an {@code int[9]}, value Σ v[i]·2^(30·i): a limb
 * times a matrix entry (both at most 2^30) fits a long with room for the sums.
 */
final class SafeGcd {
  static final int LIMBS = 9;
  private static final int M30 = (1 << 30) - 1;

  private final int[] modulus;
  /** modulus⁻¹ mod 2^30: how much of the modulus to add to clear a number's low 30 bits. */
  private final int modulusInverse30;

  /** For an odd modulus below 2^256 given in 30-bit limbs. */
  SafeGcd(final int[] modulus) {
    this.modulus = modulus.clone();
    this.modulusInverse30 = inverse30(modulus[0]);
  }

  /** odd⁻¹ mod 2^30, by Newton's iteration: each step doubles the correct low bits (3 to start). */
  static int inverse30(final int odd) {
    int inverse = odd;
    for (int i = 0; i < 4; i++) {
      inverse *= 2 - odd * inverse;
    }
    return inverse & M30;
  }

  /** 32 big-endian bytes as limbs. */
  static int[] fromBytes(final byte[] bytes) {
    final int[] x = new int[LIMBS];
    for (int bit = 0; bit < 256; bit += 8) {
      final int b = bytes[31 - bit / 8] & 0xFF;
      x[bit / 30] |= (b << (bit % 30)) & M30;
      if (bit % 30 > 30 - 8) {
        x[bit / 30 + 1] |= b >>> (30 - bit % 30); // the byte straddles two limbs
      }
    }
    return x;
  }

  /** Canonical limbs (each in [0, 2^30), the value below 2^256) as 32 big-endian bytes. */
  static byte[] toBytes(final int[] x) {
    final byte[] bytes = new byte[32];
    for (int bit = 0; bit < 256; bit += 8) {
      long b = x[bit / 30] >>> (bit % 30);
      if (bit % 30 > 30 - 8) {
        b |= (long) x[bit / 30 + 1] << (30 - bit % 30);
      }
      bytes[31 - bit / 8] = (byte) b;
    }
    return bytes;
  }

  /** x⁻¹ mod m in place, for x in [0, m) in 30-bit limbs; 0 for 0. */
  void invert(final int[] x) {
    final int[] d = new int[LIMBS];
    final int[] e = new int[LIMBS];
    e[0] = 1;
    final int[] f = modulus.clone();
    final int[] g = x.clone();
    final int[] matrix = new int[4];
    int eta = -1; // −delta, with delta starting at 1
    do {
      eta = divsteps30(eta, f[0], g[0], matrix);
      updateDe(d, e, matrix);
      updateFg(f, g, matrix);
    } while (!isZero(g));
    // g = 0, f = ±gcd = ±1, and d ≡ x⁻¹·f: make it canonical
    normalize(d, f[LIMBS - 1] < 0);
    System.arraycopy(d, 0, x, 0, LIMBS);
  }

  /**
   * 30 divsteps on the low bits of f (odd) and g; writes the matrix [u v; q r] with 2^30·(f', g') =
   * (u·f + v·g, q·f + r·g), returns the new eta. Runs of zeros in g are skipped at once, and up to
   * 12 of g's low bits are cleared with one multiple of f (its inverse mod 2^12 by Newton).
   */
  private static int divsteps30(int eta, final int f0, final int g0, final int[] matrix) {
    int u = 1, v = 0, q = 0, r = 1;
    int f = f0, g = g0;
    int left = 30;
    while (true) {
      final int zeros = Integer.numberOfTrailingZeros(g | (-1 << left)); // at most the steps left
      g >>>= zeros;
      u <<= zeros;
      v <<= zeros;
      eta -= zeros;
      left -= zeros;
      if (left == 0) {
        break;
      }
      if (eta < 0) { // delta > 0 and g odd: (f, g) = (g, −f)
        eta = -eta;
        int t = f;
        f = g;
        g = -t;
        t = u;
        u = q;
        q = -t;
        t = v;
        v = r;
        r = -t;
      }
      // g odd now: add w·f to g so that its low bits (as many as may be cleared before eta
      // changes sign, at most 12) become zero
      final int limit = Math.min(Math.min(eta + 1, left), 12);
      final int mask = (1 << limit) - 1;
      int fInverse = f; // f·f ≡ 1 mod 8, then two Newton steps: correct to 12 bits
      fInverse *= 2 - f * fInverse;
      fInverse *= 2 - f * fInverse;
      final int w = (-g * fInverse) & mask;
      g += f * w;
      q += u * w;
      r += v * w;
    }
    matrix[0] = u;
    matrix[1] = v;
    matrix[2] = q;
    matrix[3] = r;
    return eta;
  }

  /**
   * (d, e) = (u·d + v·e, q·d + r·e)/2^30 modulo m: a multiple of m is added to each first so that
   * the division is exact. d and e stay in (−2m, m).
   */
  private void updateDe(final int[] d, final int[] e, final int[] matrix) {
    final long u = matrix[0], v = matrix[1], q = matrix[2], r = matrix[3];
    // start with m·[u or 0, q or 0] where d is negative, likewise [v, r] for e, keeping them above −2m
    final int sd = d[LIMBS - 1] >> 31;
    final int se = e[LIMBS - 1] >> 31;
    int md = ((int) u & sd) + ((int) v & se);
    int me = ((int) q & sd) + ((int) r & se);
    long cd = u * d[0] + v * e[0];
    long ce = q * d[0] + r * e[0];
    md -= (modulusInverse30 * (int) cd + md) & M30;
    me -= (modulusInverse30 * (int) ce + me) & M30;
    cd += (long) modulus[0] * md;
    ce += (long) modulus[0] * me;
    cd >>= 30; // the low 30 bits are now zero
    ce >>= 30;
    for (int i = 1; i < LIMBS; i++) {
      cd += u * d[i] + v * e[i] + (long) modulus[i] * md;
      ce += q * d[i] + r * e[i] + (long) modulus[i] * me;
      d[i - 1] = (int) cd & M30;
      e[i - 1] = (int) ce & M30;
      cd >>= 30;
      ce >>= 30;
    }
    d[LIMBS - 1] = (int) cd;
    e[LIMBS - 1] = (int) ce;
  }

  /** (f, g) = (u·f + v·g, q·f + r·g)/2^30, exact by construction of the matrix. */
  private static void updateFg(final int[] f, final int[] g, final int[] matrix) {
    final long u = matrix[0], v = matrix[1], q = matrix[2], r = matrix[3];
    long cf = (u * f[0] + v * g[0]) >> 30;
    long cg = (q * f[0] + r * g[0]) >> 30;
    for (int i = 1; i < LIMBS; i++) {
      cf += u * f[i] + v * g[i];
      cg += q * f[i] + r * g[i];
      f[i - 1] = (int) cf & M30;
      g[i - 1] = (int) cg & M30;
      cf >>= 30;
      cg >>= 30;
    }
    f[LIMBS - 1] = (int) cf;
    g[LIMBS - 1] = (int) cg;
  }

  /** d in (−2m, m) to d·(−1 if negate) mod m in [0, m), limbs in [0, 2^30). */
  private void normalize(final int[] d, final boolean negate) {
    if (d[LIMBS - 1] < 0) {
      addModulus(d);
    }
    if (negate) {
      for (int i = 0; i < LIMBS; i++) {
        d[i] = -d[i];
      }
    }
    carry(d);
    if (d[LIMBS - 1] < 0) {
      addModulus(d);
      carry(d);
    }
  }

  private void addModulus(final int[] d) {
    for (int i = 0; i < LIMBS; i++) {
      d[i] += modulus[i];
    }
  }

  /** Brings limbs 0 to 7 into [0, 2^30), the sign into the top limb. */
  private static void carry(final int[] d) {
    for (int i = 0; i < LIMBS - 1; i++) {
      d[i + 1] += d[i] >> 30;
      d[i] &= M30;
    }
  }

  private static boolean isZero(final int[] g) {
    int any = 0;
    for (final int limb : g) {
      any |= limb;
    }
    return any == 0;
  }
}
