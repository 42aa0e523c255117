package io.rolluplab.devnet.crypto.secp256k1;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Point arithmetic checked against public keys, k·G, of known k. */
class PointTest {
  private static final BigInteger N = Secp256k1.N;
  private static final BigInteger D = BigInteger.valueOf(0xC0FFEE);
  private static final Point P = point(D);
  private static final Point G = point(BigInteger.ONE);

  @Test
  void oddMultiplesWithASharedZAreTheOddMultiplesOnceUnscaled() {
    final long[] sharedZ = Field.create();
    final Point[] affine = Point.unscaled(Multiples.oddMultiples(P, 5, sharedZ), sharedZ);

    assertThat(affine).hasSize(8);
    for (int i = 0; i < affine.length; i++) {
      assertThat(key(affine[i])).as("%d·P", 2 * i + 1).isEqualTo(Secp256k1.publicKey(D.multiply(BigInteger.valueOf(2 * i + 1))));
    }
  }

  @Test
  void aPointPlusItsNegationIsInfinityAndPlusItselfItsDouble() {
    final Point zero = new Point();
    zero.add(P, false, null);
    zero.add(P, true, null);
    assertThat(zero.isInfinity()).isTrue();
    assertThat(zero.toAffine()).isNull();

    final Point twice = new Point();
    twice.add(P, false, null);
    twice.add(P, false, null);
    assertThat(key(twice.toAffine())).isEqualTo(Secp256k1.publicKey(D.shiftLeft(1)));
  }

  @Test
  void aTrulyAffinePointAddsToASumInSharedZCoordinates() {
    final long[] sharedZ = Field.create();
    final Point[] table = Multiples.oddMultiples(P, 3, sharedZ); // P, 3P with Z = sharedZ
    final Point sum = new Point();
    sum.add(table[1], false, null);
    sum.add(G, false, sharedZ);
    Field.mul(sum.z, sum.z, sharedZ);
    assertThat(key(sum.toAffine())).isEqualTo(Secp256k1.publicKey(D.multiply(BigInteger.valueOf(3)).add(BigInteger.ONE)));

    final Point fromInfinity = new Point(); // the first addend is the G point, scaled in
    fromInfinity.add(G, true, sharedZ);
    fromInfinity.add(table[0], false, null);
    Field.mul(fromInfinity.z, fromInfinity.z, sharedZ);
    assertThat(key(fromInfinity.toAffine())).isEqualTo(Secp256k1.publicKey(D.subtract(BigInteger.ONE).mod(N)));
  }

  private static Point point(final BigInteger k) {
    final byte[] key = Secp256k1.publicKey(k);
    final long[] x = Field.create();
    final long[] y = Field.create();
    Field.setBytes(x, key, 0);
    Field.setBytes(y, key, 32);
    return Point.affine(x, y);
  }

  private static byte[] key(final Point affine) {
    final byte[] key = new byte[64];
    Field.toBytes(affine.x, key, 0);
    Field.toBytes(affine.y, key, 32);
    return key;
  }
}
