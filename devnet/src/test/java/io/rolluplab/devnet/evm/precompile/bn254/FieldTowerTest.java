package io.rolluplab.devnet.evm.precompile.bn254;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

/** The field tower Fp ⊂ Fp2 ⊂ Fp6 ⊂ Fp12, checked against its defining equations. */
class FieldTowerTest {
  private static final Fp2 A = new Fp2(Fp.of(5), Fp.of(7));
  private static final Fp2 B = new Fp2(Fp.of(11), Fp.of(13));
  private static final Fp6 C = new Fp6(A, B, A.mul(B));
  private static final Fp12 D = new Fp12(C, new Fp6(B, A.square(), Fp2.XI));

  @Test
  void uSquaredIsMinusOne() {
    final Fp2 u = new Fp2(Fp.ZERO, Fp.ONE);

    assertThat(u.square()).isEqualTo(Fp2.ONE.negate());
  }

  @Test
  void mulByXiAgreesWithMultiplyingByNinePlusU() {
    assertThat(A.mulByXi()).isEqualTo(A.mul(Fp2.XI));
  }

  @Test
  void vCubedIsXi() {
    final Fp6 v = new Fp6(Fp2.ZERO, Fp2.ONE, Fp2.ZERO);

    assertThat(v.mul(v).mul(v)).isEqualTo(new Fp6(Fp2.XI, Fp2.ZERO, Fp2.ZERO));
  }

  @Test
  void everyFloorHasInverses() {
    assertThat(A.mul(A.inverse())).isEqualTo(Fp2.ONE);
    assertThat(C.mul(C.inverse())).isEqualTo(Fp6.ONE);
    assertThat(D.mul(D.inverse())).isEqualTo(Fp12.ONE);
  }

  @Test
  void fp12SquareAgreesWithMultiplication() {
    assertThat(D.square()).isEqualTo(D.mul(D));
  }

  @Test
  void frobeniusIsThePthPower() {
    assertThat(D.frobenius()).isEqualTo(D.pow(Fp.P));
  }

  @Test
  void conjugateIsThePToTheSixthPower() {
    assertThat(D.conjugate()).isEqualTo(D.pow(Fp.P.pow(6)));
  }

  @Test
  void fpDecodeRejectsTheModulusItself() {
    final byte[] modulus = Numeric.toBytesPadded(Fp.P, 32);
    final byte[] modulusMinusOne = Numeric.toBytesPadded(Fp.P.subtract(BigInteger.ONE), 32);

    assertThatThrownBy(() -> Fp.decode(modulus, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Fp.decode(modulusMinusOne, 0)).isEqualTo(Fp.ONE.negate());
  }
}
