package io.rolluplab.devnet.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import ethereum.ckzg4844.CKZG4844JNI;
import ethereum.ckzg4844.ProofAndY;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.web3j.utils.Numeric;

class PointEvaluationTest {
  private static final PointEvaluation POINT_EVALUATION = new PointEvaluation();
  private static final byte[] Z = Numeric.toBytesPadded(BigInteger.valueOf(42), 32);

  private static byte[] commitment;
  private static ProofAndY proofAndY;

  /** A blob whose i-th field element is i, committed to and opened at z = 42 by c-kzg itself. */
  @BeforeAll
  static void proveABlob() {
    KzgTrustedSetup.ensureLoaded();
    final byte[] blob = new byte[CKZG4844JNI.BYTES_PER_BLOB];
    for (int i = 0; i < CKZG4844JNI.FIELD_ELEMENTS_PER_BLOB; i++) {
      blob[32 * i + 30] = (byte) (i >> 8);
      blob[32 * i + 31] = (byte) i;
    }
    commitment = CKZG4844JNI.blobToKzgCommitment(blob);
    proofAndY = CKZG4844JNI.computeKzgProof(blob, Z);
  }

  static List<PrecompileVector> vectors() {
    return PrecompileVector.load("pointEvaluation.json");
  }

  /** This vector was made with the mainnet setup, so it also shows that our resource is that one. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void matchesTheMainnetVector(final PrecompileVector vector) {
    vector.assertHolds(POINT_EVALUATION);
  }

  @Test
  void acceptsAProofMadeByCkzgAndReturnsTheBlobParameters() {
    final PrecompileResult result = POINT_EVALUATION.run(input(proofAndY.getY()));

    assertThat(result.success()).as(result.reason()).isTrue();
    assertThat(Numeric.toBigInt(result.output(), 0, 32)).isEqualTo(BigInteger.valueOf(4096));
    assertThat(Numeric.toBigInt(result.output(), 32, 32)).isEqualTo(CKZG4844JNI.BLS_MODULUS);
  }

  @Test
  void failsWhenTheClaimedValueIsWrong() {
    final byte[] wrongY = proofAndY.getY().clone();
    wrongY[31] ^= 1;

    final PrecompileResult result = POINT_EVALUATION.run(input(wrongY));

    assertThat(result.success()).isFalse();
    assertThat(result.reason()).contains("does not verify");
  }

  @Test
  void failsWhenTheVersionedHashDoesNotMatchTheCommitment() {
    final byte[] in = input(proofAndY.getY());
    in[0] = 0x02; // a version other than KZG

    final PrecompileResult result = POINT_EVALUATION.run(in);

    assertThat(result.success()).isFalse();
    assertThat(result.reason()).contains("versioned hash");
  }

  @Test
  void failsWhenZIsNotAFieldElement() {
    final byte[] in = input(proofAndY.getY());
    System.arraycopy(Numeric.toBytesPadded(CKZG4844JNI.BLS_MODULUS, 32), 0, in, 32, 32);

    assertThat(POINT_EVALUATION.run(in).success()).isFalse();
  }

  @Test
  void failsUnlessTheInputIsExactly192Bytes() {
    final byte[] in = input(proofAndY.getY());

    assertThat(POINT_EVALUATION.run(Arrays.copyOf(in, 191)).success()).isFalse();
    assertThat(POINT_EVALUATION.run(Arrays.copyOf(in, 193)).success()).isFalse();
  }

  @Test
  void costs50000Gas() {
    assertThat(POINT_EVALUATION.gasCost(new byte[192])).isEqualTo(50_000);
  }

  private static byte[] input(final byte[] y) {
    final ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes(PointEvaluation.versionedHash(commitment));
    in.writeBytes(Z);
    in.writeBytes(y);
    in.writeBytes(commitment);
    in.writeBytes(proofAndY.getProof());
    return in.toByteArray();
  }
}
