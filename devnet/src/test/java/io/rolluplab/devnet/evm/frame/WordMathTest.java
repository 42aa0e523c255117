package io.rolluplab.devnet.evm.frame;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Checks the limb arithmetic against BigInteger on edge values and random words. */
class WordMathTest {
  private static final BigInteger MOD = BigInteger.ONE.shiftLeft(256);
  private static final BigInteger MAX = MOD.subtract(BigInteger.ONE);

  private interface Binary {
    void apply(long[] d, int a, int b);
  }

  /** Runs op with a on top and b below it; returns the result word. */
  private static BigInteger binary(final Binary op, final BigInteger a, final BigInteger b) {
    final Stack s = new Stack();
    s.push(UInt256.fromBigInteger(b));
    s.push(UInt256.fromBigInteger(a));
    op.apply(s.data, s.offset(0), s.offset(1));
    s.pop();
    return s.peekWord(0).toBigInteger();
  }

  private static BigInteger signed(final BigInteger v) {
    return v.testBit(255) ? v.subtract(MOD) : v;
  }

  private static BigInteger[] samples() {
    final Random random = new Random(42);
    final BigInteger[] values = new BigInteger[40];
    final BigInteger[] edges = {BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, MAX, MAX.subtract(BigInteger.ONE),
        BigInteger.ONE.shiftLeft(255), BigInteger.ONE.shiftLeft(64), BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE),
        BigInteger.valueOf(Long.MAX_VALUE), BigInteger.ONE.shiftLeft(128).add(BigInteger.valueOf(7))};
    System.arraycopy(edges, 0, values, 0, edges.length);
    for (int i = edges.length; i < values.length; i++) {
      values[i] = new BigInteger(random.nextInt(256) + 1, random);
    }
    return values;
  }

  @Test
  void addSubAndMulWrapModulo2To256() {
    for (final BigInteger a : samples()) {
      for (final BigInteger b : samples()) {
        assertThat(binary(WordMath::add, a, b)).isEqualTo(a.add(b).mod(MOD));
        assertThat(binary(WordMath::sub, a, b)).isEqualTo(a.subtract(b).mod(MOD));
        assertThat(binary(WordMath::mul, a, b)).isEqualTo(a.multiply(b).mod(MOD));
      }
    }
  }

  @Test
  void divisionAndModuloByZeroGiveZero() {
    for (final BigInteger a : samples()) {
      assertThat(binary(WordMath::div, a, BigInteger.ZERO)).isZero();
      assertThat(binary(WordMath::mod, a, BigInteger.ZERO)).isZero();
      assertThat(binary(WordMath::sdiv, a, BigInteger.ZERO)).isZero();
      assertThat(binary(WordMath::smod, a, BigInteger.ZERO)).isZero();
    }
  }

  @Test
  void signedDivisionTruncatesTowardZeroAndModTakesTheDividendsSign() {
    for (final BigInteger a : samples()) {
      for (final BigInteger b : samples()) {
        if (b.signum() == 0) {
          continue;
        }
        final BigInteger sa = signed(a);
        final BigInteger sb = signed(b);
        assertThat(binary(WordMath::sdiv, a, b)).isEqualTo(sa.divide(sb).mod(MOD));
        assertThat(binary(WordMath::smod, a, b)).isEqualTo(sa.abs().mod(sb.abs()).multiply(BigInteger.valueOf(sa.signum() < 0 ? -1 : 1)).mod(MOD));
      }
    }
  }

  @Test
  void sdivOfMostNegativeByMinusOneOverflowsToItself() {
    final BigInteger minInt = BigInteger.ONE.shiftLeft(255);
    assertThat(binary(WordMath::sdiv, minInt, MAX)).isEqualTo(minInt);
  }

  @Test
  void shiftsMatchBigIntegerIncludingArithmeticRightShiftOfNegatives() {
    for (final BigInteger value : samples()) {
      for (final int shift : new int[] {0, 1, 8, 63, 64, 65, 128, 200, 255, 256, 1000}) {
        final BigInteger n = BigInteger.valueOf(shift);
        assertThat(binary(WordMath::shl, n, value)).isEqualTo(shift >= 256 ? BigInteger.ZERO : value.shiftLeft(shift).mod(MOD));
        assertThat(binary(WordMath::shr, n, value)).isEqualTo(shift >= 256 ? BigInteger.ZERO : value.shiftRight(shift));
        final BigInteger sar = shift >= 256 ? (value.testBit(255) ? MAX : BigInteger.ZERO) : signed(value).shiftRight(shift).mod(MOD);
        assertThat(binary(WordMath::sar, n, value)).isEqualTo(sar);
      }
    }
  }

  @Test
  void signExtendCopiesTheSignBitOfTheChosenByte() {
    assertThat(binary(WordMath::signExtend, BigInteger.ZERO, BigInteger.valueOf(0xFF))).isEqualTo(MAX);
    assertThat(binary(WordMath::signExtend, BigInteger.ZERO, BigInteger.valueOf(0x7F))).isEqualTo(BigInteger.valueOf(0x7F));
    assertThat(binary(WordMath::signExtend, BigInteger.ONE, BigInteger.valueOf(0x18000))).isEqualTo(MAX.subtract(BigInteger.valueOf(0x7FFF)));
    assertThat(binary(WordMath::signExtend, BigInteger.valueOf(31), MAX.subtract(BigInteger.ONE))).isEqualTo(MAX.subtract(BigInteger.ONE));
  }

  @Test
  void byteCountsFromTheMostSignificantEnd() {
    final BigInteger value = new BigInteger("0102030405060708091011121314151617181920212223242526272829303132", 16);
    assertThat(binary(WordMath::byteAt, BigInteger.ZERO, value)).isEqualTo(BigInteger.ONE);
    assertThat(binary(WordMath::byteAt, BigInteger.valueOf(31), value)).isEqualTo(BigInteger.valueOf(0x32));
    assertThat(binary(WordMath::byteAt, BigInteger.valueOf(32), value)).isZero();
  }

  @Test
  void exponentiationWrapsAndCountsExponentBytes() {
    assertThat(binary(WordMath::exp, BigInteger.TWO, BigInteger.valueOf(255))).isEqualTo(BigInteger.ONE.shiftLeft(255));
    assertThat(binary(WordMath::exp, BigInteger.TWO, BigInteger.valueOf(256))).isZero();
    final Stack s = new Stack();
    s.push(UInt256.fromBigInteger(BigInteger.ONE.shiftLeft(64)));
    assertThat(WordMath.byteLength(s.data, s.offset(0))).isEqualTo(9);
  }
}
