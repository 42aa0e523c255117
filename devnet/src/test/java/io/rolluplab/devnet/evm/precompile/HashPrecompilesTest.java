package io.rolluplab.devnet.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

/** SHA-256 (0x02), RIPEMD-160 (0x03) and identity (0x04): the Frontier data precompiles. */
class HashPrecompilesTest {
  private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

  @Test
  void sha256HashesTheEmptyString() {
    assertThat(hex(new Sha256().run(new byte[0])))
        .isEqualTo("0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void sha256HashesAbc() {
    assertThat(hex(new Sha256().run(ABC)))
        .isEqualTo("0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void sha256Costs60PlusTwelvePerStartedWord() {
    final Sha256 sha256 = new Sha256();

    assertThat(sha256.gasCost(new byte[0])).isEqualTo(60);
    assertThat(sha256.gasCost(new byte[32])).isEqualTo(72);
    assertThat(sha256.gasCost(new byte[33])).isEqualTo(84);
  }

  @Test
  void ripemd160HashesAbcIntoALeftPaddedWord() {
    assertThat(hex(new Ripemd160().run(ABC)))
        .isEqualTo("0x0000000000000000000000008eb208f7e05d987a9b044a8e98c6b087f15a0bfc");
  }

  @Test
  void ripemd160HashesTheEmptyString() {
    assertThat(hex(new Ripemd160().run(new byte[0])))
        .isEqualTo("0x0000000000000000000000009c1185a5c5e9fc54612808977ee8f548b2258d31");
  }

  @Test
  void ripemd160Costs600Plus120PerStartedWord() {
    assertThat(new Ripemd160().gasCost(new byte[0])).isEqualTo(600);
    assertThat(new Ripemd160().gasCost(new byte[64])).isEqualTo(840);
  }

  @Test
  void identityReturnsACopyOfItsInput() {
    final byte[] input = {1, 2, 3};

    final byte[] output = new Identity().run(input).output();
    input[0] = 9;

    assertThat(output).containsExactly(1, 2, 3);
  }

  @Test
  void identityCosts15PlusThreePerStartedWord() {
    assertThat(new Identity().gasCost(new byte[0])).isEqualTo(15);
    assertThat(new Identity().gasCost(new byte[1])).isEqualTo(18);
    assertThat(new Identity().gasCost(new byte[65])).isEqualTo(24);
  }

  private static String hex(final PrecompileResult result) {
    assertThat(result.success()).isTrue();
    return Numeric.toHexString(result.output());
  }
}
