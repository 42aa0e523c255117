package io.rolluplab.devnet.crypto.secp256k1;

import java.math.BigInteger;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

/**
 * ECDSA over secp256k1 (y² = x³ + 7 modulo p = 2^256 − 2^32 − 977), Ethereum's curve: public-key
 * recovery, which every transaction's sender needs, and signing.
 *
 * <p>Why the project has its own: web3j's recovery (BouncyCastle underneath) builds big-integer
 * and point objects for every step and multiplies R by n to check its order, which made recovery
 * the largest single CPU cost of the rollup. Besu and geth call the C library libsecp256k1 for the
 * same reason; this is the same method in plain Java: field elements in fixed-size limbs
 * ({@link Field}), inverses by safegcd ({@link SafeGcd}), scalars modulo n without BigInteger
 * ({@link Scalar}), Jacobian points ({@link Point}), each scalar split in two halves ({@link
 * Endomorphism}), one chain of doublings for all the multiples ({@link Multiples}), R's odd
 * multiples with one shared Z and those of G built once. The answers are the same as web3j's,
 * which the tests check on thousands of random keys.
 *
 * <p>secp256k1's group has prime order n and cofactor 1: every point of the curve other than
 * infinity has order n. So a point R decompressed from a signature needs no check that n·R is zero,
 * unlike on curves with a cofactor (web3j checks it anyway, at the cost of one more multiplication).
 */
public final class Secp256k1 {
  /** The group's order. */
  public static final BigInteger N =
      new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", 16);
  private static final BigInteger HALF_N = N.shiftRight(1);
  private static final long[] SEVEN = Field.of(7);
  private static final int G_WINDOW = 10;
  /**
   * Odd multiples of the generator G up to 511·G, affine: width-10 NAF digits for u·G, about 12
   * additions per 128-bit half (width 8 made 14; the 512 points of both tables take about 120 KB).
   */
  private static final Point[] G_MULTIPLES = gMultiples();
  /** The same for λ·G (see {@link Endomorphism}). */
  private static final Point[] LAMBDA_G_MULTIPLES = Endomorphism.apply(G_MULTIPLES);
  /** Width-5 NAF for the point R of each signature: 8 multiples, built per recovery. */
  private static final int R_WINDOW = 5;

  private Secp256k1() {}

  /** A signature (r, s) with the parity of R's y (0 even, 1 odd), as Ethereum's v = 27 + parity carries it. */
  public record RecoverableSignature(BigInteger r, BigInteger s, int recoveryId) {}

  /**
   * The public key (x ‖ y, 64 bytes) whose private key signed {@code hash} with (r, s), R's y parity
   * {@code recoveryId}; null if there is none: r is not the x of a curve point, or the key would be
   * the point at infinity. Q = r⁻¹·(s·R − e·G), with e the hash as a number.
   *
   * @param r in [1, n − 1], checked by the caller
   * @param s in [1, n − 1], checked by the caller
   * @param recoveryId 0 or 1
   */
  public static byte[] recoverPublicKey(final byte[] hash, final int recoveryId, final BigInteger r, final BigInteger s) {
    final Point bigR = decompress(r, recoveryId);
    if (bigR == null) {
      return null;
    }
    // u1 = −e/r and u2 = s/r (mod n); e is the hash reduced modulo n
    final int[] rInverse = Scalar.montgomeryInverse(Scalar.fromBytes(word(r)));
    final int[] u1 = Scalar.montgomery(Scalar.negate(Scalar.fromBytes(hash)), rInverse);
    final int[] u2 = Scalar.montgomery(Scalar.fromBytes(word(s)), rInverse);
    final long[] sharedZ = Field.create();
    final Point[] rMultiples = Multiples.oddMultiples(bigR, R_WINDOW, sharedZ);
    final int[][] u1Halves = Endomorphism.split(u1);
    final int[][] u2Halves = Endomorphism.split(u2);
    final Point q = Multiples.sum(sharedZ,
        Multiples.Term.of(u1Halves[0], G_MULTIPLES, false),
        Multiples.Term.of(u1Halves[1], LAMBDA_G_MULTIPLES, false),
        Multiples.Term.of(u2Halves[0], rMultiples, true),
        Multiples.Term.of(u2Halves[1], Endomorphism.apply(rMultiples), true)).toAffine();
    if (q == null) {
      return null;
    }
    final byte[] key = new byte[64];
    Field.toBytes(q.x, key, 0);
    Field.toBytes(q.y, key, 32);
    return key;
  }

  /**
   * Signs a 32-byte hash as web3j does (the same bytes): k from RFC 6979 with HMAC-SHA256, s made
   * low (EIP-2, which flips R's parity), and the recovery id taken from R instead of found by trial
   * recoveries. A k whose R has an x of n or more (odds about 2^-128) is skipped, as one with r or s
   * zero: Ethereum's v has no room for such an x.
   */
  public static RecoverableSignature sign(final byte[] hash, final BigInteger privateKey) {
    final BigInteger e = new BigInteger(1, hash);
    final HMacDSAKCalculator nonces = new HMacDSAKCalculator(new SHA256Digest());
    nonces.init(N, privateKey, hash);
    while (true) {
      final BigInteger k = nonces.nextK();
      final Point bigR = multiplyG(k);
      final BigInteger x = toBigInteger(bigR.x);
      BigInteger s = k.modInverse(N).multiply(e.add(privateKey.multiply(x))).mod(N);
      if (x.compareTo(N) >= 0 || x.signum() == 0 || s.signum() == 0) {
        continue;
      }
      int recoveryId = Field.isOdd(bigR.y) ? 1 : 0;
      if (s.compareTo(HALF_N) > 0) {
        s = N.subtract(s); // the signature of −R, whose y has the other parity
        recoveryId ^= 1;
      }
      return new RecoverableSignature(x, s, recoveryId);
    }
  }

  /** The public key (x ‖ y, 64 bytes) of a private key in [1, n − 1]. */
  public static byte[] publicKey(final BigInteger privateKey) {
    final Point q = multiplyG(privateKey);
    final byte[] key = new byte[64];
    Field.toBytes(q.x, key, 0);
    Field.toBytes(q.y, key, 32);
    return key;
  }

  /** k·G for k in [1, n − 1], affine. */
  private static Point multiplyG(final BigInteger k) {
    final int[][] halves = Endomorphism.split(Scalar.fromBytes(word(k)));
    return Multiples.sum(null, Multiples.Term.of(halves[0], G_MULTIPLES, false),
        Multiples.Term.of(halves[1], LAMBDA_G_MULTIPLES, false)).toAffine();
  }

  /** The point with x = r and y of the given parity, null if x³ + 7 has no square root. */
  private static Point decompress(final BigInteger r, final int parity) {
    final long[] x = Field.create();
    Field.setBytes(x, word(r), 0); // r < n < p: always a field element
    final long[] y = Field.create();
    Field.sqr(y, x);
    Field.mul(y, y, x);
    Field.add(y, y, SEVEN);
    if (!Field.sqrt(y, y)) {
      return null;
    }
    Field.normalize(y);
    if (Field.isOdd(y) != (parity == 1)) {
      Field.negate(y, y);
      Field.normalize(y);
    }
    return Point.affine(x, y);
  }

  /** Odd multiples of G, truly affine (normalized). */
  private static Point[] gMultiples() {
    final long[] sharedZ = Field.create();
    return Point.unscaled(Multiples.oddMultiples(generator(), G_WINDOW, sharedZ), sharedZ);
  }

  private static Point generator() {
    return Point.affine(Field.fromHex("79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798"),
        Field.fromHex("483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8"));
  }

  private static BigInteger toBigInteger(final long[] normalized) {
    final byte[] bytes = new byte[32];
    Field.toBytes(normalized, bytes, 0);
    return new BigInteger(1, bytes);
  }

  private static byte[] word(final BigInteger value) {
    final byte[] bytes = value.toByteArray();
    final byte[] word = new byte[32];
    final int length = Math.min(bytes.length, 32);
    System.arraycopy(bytes, bytes.length - length, word, 32 - length, length);
    return word;
  }
}
