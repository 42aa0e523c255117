package io.rolluplab.rollup.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class AmountTest {
  private static final BigInteger ETHER = BigInteger.TEN.pow(18);

  private static String of(final String wei) {
    return Amount.of(new BigInteger(wei));
  }

  @Test
  void writesEtherAmountsInEthWithoutTrailingZeros() {
    assertThat(Amount.of(ETHER)).isEqualTo("1 ETH");
    assertThat(Amount.of(ETHER.multiply(BigInteger.valueOf(10_000)))).isEqualTo("10000 ETH");
    assertThat(of("1500000000000000000")).isEqualTo("1.5 ETH");
    assertThat(of("21000000000000")).isEqualTo("0.000021 ETH");
    assertThat(of("1000000000000")).isEqualTo("0.000001 ETH");
  }

  @Test
  void neverRoundsAnAmountToAnotherOne() {
    assertThat(of("1000000000000000001")).isEqualTo("1.000000000000000001 ETH");
    assertThat(of("999999999999999999")).isEqualTo("0.999999999999999999 ETH");
    assertThat(of("21000000000001")).isEqualTo("0.000021000000000001 ETH");
  }

  @Test
  void writesDustInWei() {
    assertThat(of("1")).isEqualTo("1 wei");
    assertThat(of("0")).isEqualTo("0 wei");
    assertThat(of("21000")).isEqualTo("21,000 wei");
    assertThat(of("999999999999")).isEqualTo("999,999,999,999 wei");
    assertThat(of("-5")).isEqualTo("-5 wei");
  }
}
