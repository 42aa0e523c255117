package io.rolluplab.devnet.crypto.secp256k1;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultiplesTest {
  @Test
  void wnafDigitsAreOddSmallSparseAndAddUpToTheScalar() {
    final Random random = new Random(52);
    for (int i = 0; i < 3_000; i++) {
      final int window = 2 + random.nextInt(11);
      final BigInteger k = switch (i) {
        case 0 -> BigInteger.ZERO;
        case 1 -> BigInteger.TWO.pow(150).subtract(BigInteger.ONE); // all ones: runs of the carry
        default -> new BigInteger(1 + random.nextInt(150), random);
      };
      final int[] digits = Multiples.wnaf(limbs(k), window);

      BigInteger sum = BigInteger.ZERO;
      int lastNonZero = -window;
      for (int bit = 0; bit < digits.length; bit++) {
        if (digits[bit] != 0) {
          assertThat(Math.abs(digits[bit])).as("digit %d of %s", bit, k).isOdd().isLessThan(1 << (window - 1));
          assertThat(bit - lastNonZero).as("gap before digit %d of %s", bit, k).isGreaterThanOrEqualTo(window);
          lastNonZero = bit;
        }
        sum = sum.add(BigInteger.valueOf(digits[bit]).shiftLeft(bit));
      }
      assertThat(sum).as("w %d", window).isEqualTo(k);
    }
  }

  private static int[] limbs(final BigInteger k) {
    final int[] limbs = new int[Endomorphism.HALF_LIMBS];
    for (int i = 0; i < limbs.length; i++) {
      limbs[i] = k.shiftRight(30 * i).intValue() & ((1 << 30) - 1);
    }
    return limbs;
  }
}
