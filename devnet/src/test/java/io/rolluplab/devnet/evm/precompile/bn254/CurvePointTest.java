package io.rolluplab.devnet.evm.precompile.bn254;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class CurvePointTest {
  @Test
  void generatorsLieOnTheirCurves() {
    assertThat(G1.GENERATOR.isOnCurve()).isTrue();
    assertThat(G2.GENERATOR.isOnCurve()).isTrue();
  }

  @Test
  void multiplyingByTheGroupOrderGivesInfinity() {
    assertThat(G1.GENERATOR.multiply(G1.ORDER).isInfinity()).isTrue();
    assertThat(G2.GENERATOR.multiply(G1.ORDER).isInfinity()).isTrue();
  }

  @Test
  void doublingEqualsAddingAPointToItself() {
    final CurvePoint<Fp> p = G1.GENERATOR.multiply(BigInteger.valueOf(7));

    assertThat(p.add(p)).isEqualTo(p.multiply(BigInteger.TWO));
    assertThat(p.add(p).isOnCurve()).isTrue();
  }

  @Test
  void scalarMultiplicationDistributesOverAddition() {
    final CurvePoint<Fp2> q = G2.GENERATOR;

    assertThat(q.multiply(BigInteger.valueOf(5)).add(q.multiply(BigInteger.valueOf(8))))
        .isEqualTo(q.multiply(BigInteger.valueOf(13)));
  }

  @Test
  void aPointPlusItsNegationIsInfinity() {
    assertThat(G1.GENERATOR.add(G1.GENERATOR.negate()).isInfinity()).isTrue();
  }

  @Test
  void encodingRoundTripsThroughDecoding() {
    final CurvePoint<Fp> p = G1.GENERATOR.multiply(BigInteger.valueOf(1234));

    assertThat(G1.decode(G1.encode(p), 0)).isEqualTo(p);
    assertThat(G1.encode(CurvePoint.infinity(G1.B))).isEqualTo(new byte[64]);
  }

  @Test
  void frobeniusOnTheTwistActsOnG2AsMultiplicationByP() {
    assertThat(Pairing.frobenius(G2.GENERATOR)).isEqualTo(G2.GENERATOR.multiply(Fp.P));
  }
}
