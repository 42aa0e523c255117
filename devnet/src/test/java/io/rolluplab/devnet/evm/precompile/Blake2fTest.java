package io.rolluplab.devnet.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Blake2fTest {
  private static final Blake2f BLAKE2F = new Blake2f();

  static List<PrecompileVector> vectors() {
    return PrecompileVector.load("blake2f.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void matchesTheEip152Vectors(final PrecompileVector vector) {
    vector.assertHolds(BLAKE2F);
  }

  @Test
  void failsOnInputOneByteTooShortOrTooLong() {
    final byte[] valid = vectors().get(1).input();

    assertThat(BLAKE2F.run(Arrays.copyOf(valid, 212)).success()).isFalse();
    assertThat(BLAKE2F.run(Arrays.copyOf(valid, 214)).success()).isFalse();
    assertThat(BLAKE2F.run(new byte[0]).success()).isFalse();
  }

  @Test
  void failsWhenTheFinalBlockFlagIsNeitherZeroNorOne() {
    final byte[] input = vectors().get(1).input();
    input[212] = 2;

    assertThat(BLAKE2F.run(input).success()).isFalse();
  }

  @Test
  void readsTheRoundCountAsAnUnsignedNumber() {
    final byte[] input = vectors().get(1).input();
    input[0] = (byte) 0xff;
    input[1] = (byte) 0xff;
    input[2] = (byte) 0xff;
    input[3] = (byte) 0xff;

    assertThat(BLAKE2F.gasCost(input)).isEqualTo(4_294_967_295L);
  }
}
