package io.rolluplab.devnet.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;
import org.web3j.utils.Numeric;

class EcRecoverTest {
  private static final EcRecover EC_RECOVER = new EcRecover();
  private static final ECKeyPair KEY = ECKeyPair.create(BigInteger.valueOf(0xC0FFEE));
  private static final byte[] HASH = Hash.sha3("rollup lab".getBytes(StandardCharsets.UTF_8));
  private static final BigInteger N = Sign.CURVE_PARAMS.getN();

  static List<PrecompileVector> vectors() {
    return PrecompileVector.load("ecrecover.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void matchesKnownVectors(final PrecompileVector vector) {
    vector.assertHolds(EC_RECOVER);
  }

  @Test
  void recoversTheAddressThatSigned() {
    final Sign.SignatureData sig = Sign.signMessage(HASH, KEY, false);

    final byte[] out = run(HASH, sig.getV()[0], sig.getR(), sig.getS());

    assertThat(Numeric.toHexString(out, 12, 20, true))
        .isEqualTo(Numeric.prependHexPrefix(Keys.getAddress(KEY)));
    assertThat(out).hasSize(32).startsWith(new byte[12]);
  }

  @Test
  void acceptsHighSBecauseOnlyTransactionsForbidIt() {
    final Sign.SignatureData sig = Sign.signMessage(HASH, KEY, false);
    final byte[] highS = Numeric.toBytesPadded(N.subtract(Numeric.toBigInt(sig.getS())), 32);
    final int flippedV = sig.getV()[0] == 27 ? 28 : 27;

    final byte[] out = run(HASH, flippedV, sig.getR(), highS);

    assertThat(Numeric.toHexString(out, 12, 20, true))
        .isEqualTo(Numeric.prependHexPrefix(Keys.getAddress(KEY)));
  }

  @Test
  void returnsEmptyOutputForVOtherThan27Or28() {
    final Sign.SignatureData sig = Sign.signMessage(HASH, KEY, false);

    assertThat(run(HASH, 29, sig.getR(), sig.getS())).isEmpty();
    assertThat(run(HASH, 1, sig.getR(), sig.getS())).isEmpty();
  }

  @Test
  void returnsEmptyOutputForRZeroOrSEqualToTheCurveOrder() {
    final Sign.SignatureData sig = Sign.signMessage(HASH, KEY, false);
    final byte[] order = Numeric.toBytesPadded(N, 32);

    assertThat(run(HASH, sig.getV()[0], new byte[32], sig.getS())).isEmpty();
    assertThat(run(HASH, sig.getV()[0], sig.getR(), order)).isEmpty();
  }

  @Test
  void returnsEmptyOutputWhenRIsNoXOnTheCurve() {
    // x = 5: 5³ + 7 = 132 is no square modulo p
    final byte[] r = Numeric.toBytesPadded(BigInteger.valueOf(5), 32);

    assertThat(run(HASH, 27, r, Numeric.toBytesPadded(BigInteger.ONE, 32))).isEmpty();
    assertThat(run(HASH, 28, r, Numeric.toBytesPadded(BigInteger.ONE, 32))).isEmpty();
  }

  @Test
  void returnsEmptyOutputWhenTheKeyWouldBeThePointAtInfinity() {
    // R = G and s = e: the key r⁻¹·(s·R − e·G) is zero
    final ECKeyPair one = ECKeyPair.create(BigInteger.ONE);
    final byte[] g = Numeric.toBytesPadded(one.getPublicKey(), 64);
    final byte[] e = Numeric.toBytesPadded(BigInteger.valueOf(12_345), 32);

    assertThat(run(e, 27 + (g[63] & 1), Arrays.copyOf(g, 32), e)).isEmpty();
    assertThat(run(e, 28 - (g[63] & 1), Arrays.copyOf(g, 32), e)).isNotEmpty();
  }

  @Test
  void returnsEmptyOutputForAVWordWithMoreThanItsLastByteSet() {
    final Sign.SignatureData sig = Sign.signMessage(HASH, KEY, false);
    final byte[] input = new byte[128];
    System.arraycopy(HASH, 0, input, 0, 32);
    input[32] = 1;
    input[63] = sig.getV()[0];
    System.arraycopy(sig.getR(), 0, input, 64, 32);
    System.arraycopy(sig.getS(), 0, input, 96, 32);

    assertThat(EC_RECOVER.run(input).output()).isEmpty();
  }

  @Test
  void treatsMissingInputAsZerosAndSucceedsWithNoSigner() {
    final PrecompileResult result = EC_RECOVER.run(new byte[0]);

    assertThat(result.success()).isTrue();
    assertThat(result.output()).isEmpty();
  }

  private static byte[] run(final byte[] hash, final int v, final byte[] r, final byte[] s) {
    final byte[] input = new byte[128];
    System.arraycopy(hash, 0, input, 0, 32);
    input[63] = (byte) v;
    System.arraycopy(r, 0, input, 64, 32);
    System.arraycopy(s, 0, input, 96, 32);
    final PrecompileResult result = EC_RECOVER.run(input);
    assertThat(result.success()).isTrue();
    return result.output();
  }
}
