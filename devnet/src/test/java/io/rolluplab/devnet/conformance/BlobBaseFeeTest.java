package io.rolluplab.devnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class BlobBaseFeeTest {
  private static final long FRACTION = 3_338_477;

  @Test
  void isTheMinimumWithoutExcessBlobGas() {
    assertThat(BlobBaseFee.fromExcessBlobGas(BigInteger.ZERO)).isEqualTo(BigInteger.ONE);
  }

  @Test
  void growsByAboutEPerUpdateFractionAndRoundsDown() {
    assertThat(BlobBaseFee.fromExcessBlobGas(BigInteger.valueOf(FRACTION))).isEqualTo(BigInteger.TWO);
    assertThat(BlobBaseFee.fromExcessBlobGas(BigInteger.valueOf(10 * FRACTION))).isEqualTo(BigInteger.valueOf(22_026));
  }
}
