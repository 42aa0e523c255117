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
      final BigInteger k = i < 3 ? N.subtract(BigInteger.valueOf(i + 1)) : new BigInteger(256, random).mod(N);
      final BigInteger[] halves = Endomorphism.split(k);

      assertThat(halves[0].add(halves[1].multiply(Endomorphism.LAMBDA)).mod(N)).isEqualTo(k);
      assertThat(halves[0].abs().bitLength()).isLessThanOrEqualTo(128);
      assertThat(halves[1].abs().bitLength()).isLessThanOrEqualTo(128);
    }
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
