package io.rolluplab.devnet.crypto.secp256k1;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Field arithmetic against BigInteger, on random values and on the edges near 0, p and 2^256. */
class FieldTest {
  private static final BigInteger P = BigInteger.TWO.pow(256).subtract(BigInteger.valueOf(0x1000003D1L));
  private static final Random RANDOM = new Random(6);

  @Test
  void everyOperationAgreesWithBigIntegerArithmeticModP() {
    final List<BigInteger> values = samples();
    for (final BigInteger a : values) {
      for (final BigInteger b : values.subList(0, 40)) {
        final long[] x = element(a);
        final long[] y = element(b);
        assertThat(value(op(x, y, Field::mul))).as("%s · %s", a, b).isEqualTo(a.multiply(b).mod(P));
        assertThat(value(op(x, y, Field::add))).as("%s + %s", a, b).isEqualTo(a.add(b).mod(P));
        assertThat(value(op(x, y, Field::sub))).as("%s − %s", a, b).isEqualTo(a.subtract(b).mod(P));
        assertThat(value(op(x, y, (r, u, v) -> Field.sub(r, u, v, 8)))).as("%s − 8·%s", a, b)
            .isEqualTo(a.subtract(b.shiftLeft(3)).mod(P));
      }
      final long[] x = element(a);
      final long[] r = Field.create();
      Field.sqr(r, x);
      assertThat(value(r)).as("%s²", a).isEqualTo(a.pow(2).mod(P));
      Field.negate(r, x);
      assertThat(value(r)).as("−%s", a).isEqualTo(a.negate().mod(P));
      Field.mulSmall(r, x, 8);
      assertThat(value(r)).as("8·%s", a).isEqualTo(a.shiftLeft(3).mod(P));
      Field.inverse(r, x);
      assertThat(value(r)).as("1/%s", a).isEqualTo(a.signum() == 0 ? BigInteger.ZERO : a.modInverse(P));
      assertThat(Field.isZero(x)).isEqualTo(a.signum() == 0);
    }
  }

  @Test
  void squareRootsExistForHalfTheElementsAndSquareBack() {
    int roots = 0;
    for (final BigInteger a : samples()) {
      final long[] root = Field.create();
      final boolean exists = Field.sqrt(root, element(a));
      final boolean isSquare = a.signum() == 0 || a.modPow(P.shiftRight(1), P).equals(BigInteger.ONE);
      assertThat(exists).as("square root of %s", a).isEqualTo(isSquare);
      if (exists) {
        assertThat(value(root).pow(2).mod(P)).isEqualTo(a);
        roots++;
      }
    }
    assertThat(roots).isBetween(100, 450);
  }

  @Test
  void weaklyReducedResultsNearPAndTwoTo256NormalizeToTheCanonicalValue() {
    // results of arithmetic may be up to 2^256 + 2^53: reach them by adding elements close to p
    for (final BigInteger a : samples()) {
      for (final BigInteger small : List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(0x1000003D1L))) {
        final long[] sum = op(element(a), element(small), Field::add);
        assertThat(value(sum)).isEqualTo(a.add(small).mod(P));
        assertThat(Field.isZero(op(sum, element(a.add(small).mod(P)), Field::sub))).isTrue();
      }
    }
  }

  @Test
  void bytesOfPOrMoreAreNoFieldElement() {
    assertThat(Field.setBytes(Field.create(), bytes(P), 0)).isFalse();
    assertThat(Field.setBytes(Field.create(), bytes(P.subtract(BigInteger.ONE)), 0)).isTrue();
    assertThat(Field.setBytes(Field.create(), bytes(BigInteger.TWO.pow(256).subtract(BigInteger.ONE)), 0)).isFalse();
  }

  private interface Op {
    void apply(long[] r, long[] a, long[] b);
  }

  private static long[] op(final long[] a, final long[] b, final Op op) {
    final long[] r = Field.create();
    op.apply(r, a, b);
    return r;
  }

  private static List<BigInteger> samples() {
    final List<BigInteger> values = new ArrayList<>();
    for (long small = 0; small < 4; small++) {
      values.add(BigInteger.valueOf(small));
      values.add(P.subtract(BigInteger.valueOf(small + 1)));
    }
    values.add(BigInteger.TWO.pow(255));
    values.add(BigInteger.TWO.pow(52).subtract(BigInteger.ONE));
    values.add(BigInteger.TWO.pow(208).subtract(BigInteger.ONE));
    while (values.size() < 500) {
      values.add(new BigInteger(256, RANDOM).mod(P));
    }
    return values;
  }

  private static long[] element(final BigInteger value) {
    final long[] r = Field.create();
    assertThat(Field.setBytes(r, bytes(value), 0)).isTrue();
    return r;
  }

  private static BigInteger value(final long[] a) {
    final long[] copy = a.clone();
    Field.normalize(copy);
    final byte[] out = new byte[32];
    Field.toBytes(copy, out, 0);
    return new BigInteger(1, out);
  }

  private static byte[] bytes(final BigInteger value) {
    final byte[] word = new byte[32];
    final byte[] raw = value.toByteArray();
    final int length = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - length, word, 32 - length, length);
    return word;
  }
}
