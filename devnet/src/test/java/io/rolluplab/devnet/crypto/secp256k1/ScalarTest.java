package io.rolluplab.devnet.crypto.secp256k1;

import static io.rolluplab.devnet.crypto.secp256k1.EndomorphismTest.signedValue;
import static io.rolluplab.devnet.crypto.secp256k1.EndomorphismTest.word;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Arithmetic modulo n against BigInteger's, on random values and the edges 0, 1, n − 1, n and 2^256 − 1. */
class ScalarTest {
  private static final BigInteger N = Secp256k1.N;
  private static final BigInteger MONTGOMERY = BigInteger.TWO.pow(270);

  @Test
  void bytesAreReducedModuloN() {
    for (final BigInteger x : List.of(BigInteger.ZERO, N.subtract(BigInteger.ONE), N, N.add(BigInteger.ONE),
        BigInteger.TWO.pow(256).subtract(BigInteger.ONE))) {
      assertThat(signedValue(Scalar.fromBytes(word(x)))).as("%s mod n", x).isEqualTo(x.mod(N));
    }
  }

  @Test
  void negatesModuloNWithZeroStayingZero() {
    for (final BigInteger x : samples()) {
      assertThat(signedValue(Scalar.negate(Scalar.fromBytes(word(x))))).as("−%s", x).isEqualTo(x.negate().mod(N));
    }
  }

  @Test
  void montgomeryProductsAreABTimesTwoToTheMinus270() {
    final List<BigInteger> values = samples();
    final BigInteger factor = MONTGOMERY.modInverse(N);
    for (final BigInteger a : values) {
      for (final BigInteger b : values.subList(0, 30)) {
        final int[] product = Scalar.montgomery(Scalar.fromBytes(word(a)), Scalar.fromBytes(word(b)));
        assertThat(signedValue(product)).as("%s · %s", a, b).isEqualTo(a.multiply(b).multiply(factor).mod(N));
      }
    }
  }

  @Test
  void aMontgomeryInverseDividesByTheScalar() {
    for (final BigInteger b : samples()) {
      if (b.signum() == 0) {
        continue;
      }
      final int[] inverse = Scalar.montgomeryInverse(Scalar.fromBytes(word(b)));
      final BigInteger a = b.multiply(BigInteger.valueOf(12345)).add(BigInteger.TEN).mod(N);
      final BigInteger quotient = signedValue(Scalar.montgomery(Scalar.fromBytes(word(a)), inverse));
      assertThat(quotient).as("%s / %s", a, b).isEqualTo(a.multiply(b.modInverse(N)).mod(N));
    }
  }

  private static List<BigInteger> samples() {
    final List<BigInteger> values = new ArrayList<>();
    for (long small = 0; small < 4; small++) {
      values.add(BigInteger.valueOf(small));
      values.add(N.subtract(BigInteger.valueOf(small + 1)));
    }
    values.add(BigInteger.TWO.pow(255));
    values.add(BigInteger.TWO.pow(128).subtract(BigInteger.ONE));
    final Random random = new Random(270);
    while (values.size() < 300) {
      values.add(new BigInteger(256, random).mod(N));
    }
    return values;
  }
}
