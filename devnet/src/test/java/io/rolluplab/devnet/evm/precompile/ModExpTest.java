package io.rolluplab.devnet.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.web3j.utils.Numeric;

class ModExpTest {
  private static final ModExp MOD_EXP = new ModExp();
  private static final String MAX_WORD = "f".repeat(64);

  static List<PrecompileVector> vectors() {
    return PrecompileVector.load("modexp.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void matchesKnownVectors(final PrecompileVector vector) {
    vector.assertHolds(MOD_EXP);
  }

  @Test
  void pricesHugeDeclaredLengthsWithoutAllocatingThem() {
    final byte[] input = hex(MAX_WORD + MAX_WORD + MAX_WORD);

    assertThat(MOD_EXP.gasCost(input)).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void chargesTheMinimumAndReturnsNothingWhenBaseAndModulusAreEmpty() {
    final byte[] input = hex(word(0) + MAX_WORD + word(0));

    assertThat(MOD_EXP.gasCost(input)).isEqualTo(200);
    assertThat(MOD_EXP.run(input).output()).isEmpty();
  }

  @Test
  void readsInputShorterThanDeclaredAsIfPaddedWithZerosOnTheRight() {
    // The two-byte modulus is cut after 0x01, so it reads as 0x0100 = 256: 3^2 mod 256 = 9.
    final byte[] input = hex(word(1) + word(1) + word(2) + "03" + "02" + "01");

    final PrecompileResult result = MOD_EXP.run(input);

    assertThat(result.success()).isTrue();
    assertThat(Numeric.toHexString(result.output())).isEqualTo("0x0009");
  }

  @Test
  void padsTheResultToTheModulusLength() {
    // 2^3 mod 0x0100 = 8, written in the modulus's two bytes
    final byte[] input = hex(word(1) + word(1) + word(2) + "02" + "03" + "0100");

    assertThat(Numeric.toHexString(MOD_EXP.run(input).output())).isEqualTo("0x0008");
  }

  @Test
  void returnsZerosForAZeroModulus() {
    final byte[] input = hex(word(1) + word(1) + word(3) + "02" + "03" + "000000");

    assertThat(MOD_EXP.run(input).output()).containsExactly(0, 0, 0);
  }

  @Test
  void countsEightIterationsPerExponentByteBeyondTheFirst32() {
    // The exponent 0x01 00..00 has 33 bytes. Its head (first 32 bytes) has its highest bit at
    // 248, and the one byte beyond counts 8: 256 iterations. Operands of 256 bytes are 32 words
    // of 8 bytes, so one multiplication costs 32² = 1024, and gas = 1024 × 256 / 3 = 87381.
    final String exponent = "01" + "00".repeat(32);
    final byte[] input = hex(word(256) + word(33) + word(256) + "00".repeat(256) + exponent);

    assertThat(MOD_EXP.gasCost(input)).isEqualTo(87_381);
  }

  private static String word(final long value) {
    return String.format("%064x", value);
  }

  private static byte[] hex(final String digits) {
    return Numeric.hexStringToByteArray(digits);
  }
}
