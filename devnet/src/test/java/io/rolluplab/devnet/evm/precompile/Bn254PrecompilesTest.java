package io.rolluplab.devnet.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.evm.precompile.bn254.CurvePoint;
import io.rolluplab.devnet.evm.precompile.bn254.Fp;
import io.rolluplab.devnet.evm.precompile.bn254.Fp2;
import io.rolluplab.devnet.evm.precompile.bn254.G1;
import io.rolluplab.devnet.evm.precompile.bn254.G2;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.web3j.utils.Numeric;

/** bn254 add (0x06), mul (0x07) and pairing (0x08): EIP-196 and EIP-197. */
class Bn254PrecompilesTest {
  private static final String G1_GENERATOR = word(1) + word(2);
  private static final String G2_GENERATOR =
      "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2"
          + "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
          + "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b"
          + "12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa";

  static List<PrecompileVector> addVectors() {
    return PrecompileVector.load("bn254Add.json");
  }

  static List<PrecompileVector> mulVectors() {
    return PrecompileVector.load("bn254Mul.json");
  }

  static List<PrecompileVector> pairingVectors() {
    return PrecompileVector.load("bn254Pairing.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("addVectors")
  void addMatchesKnownVectors(final PrecompileVector vector) {
    vector.assertHolds(new Bn254Add());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mulVectors")
  void mulMatchesKnownVectors(final PrecompileVector vector) {
    vector.assertHolds(new Bn254Mul());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairingVectors")
  void pairingMatchesKnownVectors(final PrecompileVector vector) {
    vector.assertHolds(new Bn254Pairing());
  }

  @Test
  void addFailsOnAPointOffTheCurve() {
    final PrecompileResult result = new Bn254Add().run(hex(word(1) + word(3) + G1_GENERATOR));

    assertThat(result.success()).isFalse();
    assertThat(result.reason()).contains("not on the curve");
  }

  @Test
  void addRejectsACoordinateAboveTheFieldModulusInsteadOfReducingIt() {
    // (p, 2) would be the generator (1, 2) if x were reduced modulo p; EIP-196 rejects it instead.
    final String x = Numeric.toHexStringNoPrefixZeroPadded(Fp.P.add(BigInteger.ONE), 64);

    assertThat(new Bn254Add().run(hex(x + word(2) + G1_GENERATOR)).success()).isFalse();
  }

  @Test
  void mulFailsOnAPointOffTheCurve() {
    assertThat(new Bn254Mul().run(hex(word(1) + word(1) + word(5))).success()).isFalse();
  }

  @Test
  void mulByTheGroupOrderGivesThePointAtInfinity() {
    final String order = Numeric.toHexStringNoPrefixZeroPadded(G1.ORDER, 64);

    assertThat(new Bn254Mul().run(hex(G1_GENERATOR + order)).output()).isEqualTo(new byte[64]);
  }

  @Test
  void pairingFailsWhenTheInputIsNotAMultipleOf192Bytes() {
    final PrecompileResult result = new Bn254Pairing().run(hex(G1_GENERATOR + G2_GENERATOR + "00"));

    assertThat(result.success()).isFalse();
  }

  @Test
  void pairingChargesPerPairEvenWhenTheLengthIsWrong() {
    assertThat(new Bn254Pairing().gasCost(new byte[2 * 192 + 5])).isEqualTo(113_000);
  }

  @Test
  void pairingFailsOnAG2PointOffTheTwist() {
    final String badG2 = G2_GENERATOR.substring(0, 255) + "b"; // last digit of y changed

    assertThat(new Bn254Pairing().run(hex(G1_GENERATOR + badG2)).success()).isFalse();
  }

  @Test
  void pairingFailsOnAG2PointOnTheTwistButOutsideTheSubgroup() {
    final CurvePoint<Fp2> outside = twistPointOutsideG2();
    assertThat(outside.isOnCurve()).isTrue();

    final PrecompileResult result = new Bn254Pairing().run(hex(G1_GENERATOR + encode(outside)));

    assertThat(result.success()).isFalse();
    assertThat(result.reason()).contains("subgroup");
  }

  @Test
  void pairingFailsOnAnInvalidG1PointEvenIfItsPartnerIsInfinity() {
    final String infinityG2 = "0".repeat(256);

    assertThat(new Bn254Pairing().run(hex(word(1) + word(3) + infinityG2)).success()).isFalse();
  }

  /**
   * Tries x = 1, 2, 3… until x³ + b is a square in Fp2. The twist has r·(2p − r) points, so such
   * a point is almost never in the subgroup of order r.
   */
  private static CurvePoint<Fp2> twistPointOutsideG2() {
    for (long i = 1; ; i++) {
      final Fp2 x = Fp2.of(Fp.of(i));
      final Fp2 y = sqrt(x.square().mul(x).add(G2.B));
      if (y != null) {
        return CurvePoint.of(x, y, G2.B);
      }
    }
  }

  /** A square root in Fp2 (p ≡ 3 mod 4) through the norm, or null if there is none. */
  private static Fp2 sqrt(final Fp2 a) {
    final Fp norm = a.re().square().add(a.im().square());
    final Fp t = sqrt(norm);
    if (t == null) {
      return null;
    }
    final Fp half = Fp.of(2).inverse();
    Fp x0 = sqrt(a.re().add(t).mul(half));
    if (x0 == null) {
      x0 = sqrt(a.re().sub(t).mul(half));
    }
    if (x0 == null || x0.isZero()) {
      return null;
    }
    final Fp2 root = new Fp2(x0, a.im().mul(x0.add(x0).inverse()));
    return root.square().equals(a) ? root : null;
  }

  private static Fp sqrt(final Fp a) {
    final Fp root = a.pow(Fp.P.add(BigInteger.ONE).shiftRight(2));
    return root.square().equals(a) ? root : null;
  }

  private static String encode(final CurvePoint<Fp2> point) {
    return fp(point.x().im()) + fp(point.x().re()) + fp(point.y().im()) + fp(point.y().re());
  }

  private static String fp(final Fp value) {
    return Numeric.toHexStringNoPrefixZeroPadded(value.toBigInteger(), 64);
  }

  private static String word(final long value) {
    return String.format("%064x", value);
  }

  private static byte[] hex(final String digits) {
    return Numeric.hexStringToByteArray(digits);
  }
}
