package io.rolluplab.devnet.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class BaseFeeTest {
  private static final long LIMIT = 30_000_000;
  private static final BigInteger GWEI = BigInteger.valueOf(1_000_000_000);

  @Test
  void keepsTheBaseFeeWhenTheParentUsedExactlyItsTarget() {
    assertThat(BaseFee.next(LIMIT, LIMIT / 2, GWEI)).isEqualTo(GWEI);
  }

  @Test
  void raisesTheBaseFeeByOneEighthAfterAFullBlock() {
    assertThat(BaseFee.next(LIMIT, LIMIT, GWEI)).isEqualTo(BigInteger.valueOf(1_125_000_000));
  }

  @Test
  void lowersTheBaseFeeByOneEighthAfterAnEmptyBlock() {
    assertThat(BaseFee.next(LIMIT, 0, GWEI)).isEqualTo(BigInteger.valueOf(875_000_000));
  }

  @Test
  void roundsPartialChangesDown() {
    // 1 gwei * 5M / 15M = 333,333,333; / 8 = 41,666,666
    assertThat(BaseFee.next(LIMIT, 20_000_000, GWEI)).isEqualTo(BigInteger.valueOf(1_041_666_666));
    assertThat(BaseFee.next(LIMIT, 10_000_000, GWEI)).isEqualTo(BigInteger.valueOf(958_333_334));
  }

  @Test
  void risesByAtLeastOneWeiWhenAboveTarget() {
    assertThat(BaseFee.next(LIMIT, LIMIT / 2 + 1, BigInteger.valueOf(7))).isEqualTo(BigInteger.valueOf(8));
  }

  @Test
  void startsTheDevnetAtOneGwei() {
    assertThat(BaseFee.GENESIS).isEqualTo(GWEI);
  }

  @Test
  void chargesTheMinimumBlobBaseFeeOfOneWeiWithoutExcessBlobGas() {
    assertThat(BaseFee.blobBaseFee(0)).isEqualTo(BigInteger.ONE);
  }

  @Test
  void multipliesTheBlobBaseFeeByAboutEForEachUpdateFractionOfExcess() {
    // floor(e) = 2
    assertThat(BaseFee.blobBaseFee(3_338_477)).isEqualTo(BigInteger.TWO);
  }

  @Test
  void approximatesTheExponentialInIntegersAsEip4844Specifies() {
    // e^2 ≈ 7.39 and e^3 ≈ 20.09: the truncated series gives 6 and 16, as in every client
    assertThat(BaseFee.fakeExponential(BigInteger.ONE, BigInteger.TWO, BigInteger.ONE)).isEqualTo(6);
    assertThat(BaseFee.fakeExponential(BigInteger.ONE, BigInteger.valueOf(3), BigInteger.ONE)).isEqualTo(16);
    assertThat(BaseFee.fakeExponential(BigInteger.TWO, BigInteger.ZERO, BigInteger.ONE)).isEqualTo(2);
  }
}
