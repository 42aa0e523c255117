package io.rolluplab.devnet.crypto.secp256k1;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EndomorphismTest {
  private static final BigInteger N = Secp256k1.N;

  @Test
  void lambdaTimesGIsGWithItsXTimesBeta() {
    final byte[] lambdaG = Secp256k1.publicKey(Endomorphism.LAMBDA);
    final byte[] g = Secp256k1.publicKey(BigInteger.ONE);
    final Point mapped = Endomorphism.apply(new Point[] {Point.affine(x(g), y(g))})[0];

    assertThat(bytes(mapped.x)).isEqualTo(Arrays.copyOf(lambdaG, 32));
    assertThat(bytes(mapped.y)).isEqualTo(Arrays.copyOfRange(lambdaG, 32, 64));
  }

  @Test
  void splitsEveryScalarIntoTwoHalvesOfAtMost128BitsThatAddUpToIt() {
    final Random random = new Random(128);
    for (int i = 0; i < 10_000; i++) {
      final BigInteger k = i < 3 ? N.subtract(BigInteger.valueOf(i + 1)) : i < 6 ? BigInteger.valueOf(i - 3)
          : new BigInteger(256, random).mod(N);
      final int[][] halves = Endomorphism.split(Scalar.fromBytes(word(k)));
      final BigInteger k1 = signedValue(halves[0]);
      final BigInteger k2 = signedValue(halves[1]);

      assertThat(k1.add(k2.multiply(Endomorphism.LAMBDA)).mod(N)).isEqualTo(k);
      assertThat(k1.abs().bitLength()).isLessThanOrEqualTo(128);
      assertThat(k2.abs().bitLength()).isLessThanOrEqualTo(128);
    }
  }

  /** A number in signed 30-bit limbs, the top one signed. */
  static BigInteger signedValue(final int[] limbs) {
    BigInteger value = BigInteger.valueOf(limbs[limbs.length - 1]);
    for (int i = limbs.length - 2; i >= 0; i--) {
      value = value.shiftLeft(30).add(BigInteger.valueOf(limbs[i]));
    }
    return value;
  }

  static byte[] word(final BigInteger value) {
    final byte[] word = new byte[32];
    final byte[] raw = value.toByteArray();
    final int length = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - length, word, 32 - length, length);
    return word;
  }

  private static long[] x(final byte[] key) {
    final long[] x = Field.create();
    Field.setBytes(x, key, 0);
    return x;
  }

  private static long[] y(final byte[] key) {
    final long[] y = Field.create();
    Field.setBytes(y, key, 32);
    return y;
  }

  private static byte[] bytes(final long[] a) {
    final long[] copy = a.clone();
    Field.normalize(copy);
    final byte[] out = new byte[32];
    Field.toBytes(copy, out, 0);
    return out;
  }
}
