package io.rolluplab.devnet.crypto.secp256k1;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** safegcd's inverses against BigInteger's, modulo p and n, on random values and the edges 0, 1, m − 1. */
class SafeGcdTest {
  private static final BigInteger P = BigInteger.TWO.pow(256).subtract(BigInteger.valueOf(0x1000003D1L));
  private static final BigInteger N = Secp256k1.N;

  @Test
  void invertsModuloPAndModuloNAsBigIntegerDoes() {
    for (final BigInteger m : List.of(P, N)) {
      final SafeGcd gcd = new SafeGcd(limbs(m));
      for (final BigInteger x : samples(m)) {
        final int[] limbs = limbs(x);
        gcd.invert(limbs);
        assertThat(value(limbs)).as("1/%s mod %s", x, m).isEqualTo(x.signum() == 0 ? BigInteger.ZERO : x.modInverse(m));
        assertThat(java.util.Arrays.stream(limbs)).as("canonical limbs").allMatch(limb -> limb >= 0 && limb < 1 << 30);
      }
    }
  }

  @Test
  void oneAndMinusOneAreTheirOwnInverses() {
    final SafeGcd gcd = new SafeGcd(limbs(N));
    final int[] one = limbs(BigInteger.ONE);
    gcd.invert(one);
    assertThat(value(one)).isEqualTo(BigInteger.ONE);
    final int[] minusOne = limbs(N.subtract(BigInteger.ONE));
    gcd.invert(minusOne);
    assertThat(value(minusOne)).isEqualTo(N.subtract(BigInteger.ONE));
  }

  private static List<BigInteger> samples(final BigInteger m) {
    final List<BigInteger> values = new ArrayList<>();
    for (long small = 0; small < 40; small++) {
      values.add(BigInteger.valueOf(small));
      values.add(m.subtract(BigInteger.valueOf(small + 1)));
    }
    for (int k = 1; k < 256; k++) {
      values.add(BigInteger.TWO.pow(k).mod(m));
      values.add(BigInteger.TWO.pow(k).subtract(BigInteger.ONE).mod(m));
    }
    final Random random = new Random(30);
    while (values.size() < 5_000) {
      values.add(new BigInteger(256, random).mod(m));
    }
    return values;
  }

  private static int[] limbs(final BigInteger x) {
    final int[] limbs = new int[SafeGcd.LIMBS];
    for (int i = 0; i < limbs.length; i++) {
      limbs[i] = x.shiftRight(30 * i).intValue() & ((1 << 30) - 1);
    }
    return limbs;
  }

  private static BigInteger value(final int[] limbs) {
    BigInteger x = BigInteger.ZERO;
    for (int i = limbs.length - 1; i >= 0; i--) {
      x = x.shiftLeft(30).add(BigInteger.valueOf(limbs[i]));
    }
    return x;
  }
}
