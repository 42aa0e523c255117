package io.rolluplab.rollup.l1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;

class L1ConfigTest {
  private static final DevAccount OPERATOR = DevAccounts.all().get(1);

  @Test
  void runsOnTheEmbeddedDevnetWithItsDevAccountsByDefault() {
    final L1Config config = L1Config.embedded();

    assertThat(config.rpcUri()).isEmpty();
    assertThat(config.operators()).extracting(Credentials::getAddress)
        .containsExactlyElementsOf(DevAccounts.all().stream().map(a -> a.address().toHex()).toList());
  }

  @Test
  void runsOnAnExternalNodeWithTheGivenKeys() {
    final L1Config config = new L1Config("http://127.0.0.1:8545", List.of(OPERATOR.privateKeyHex()));

    assertThat(config.rpcUri()).contains(URI.create("http://127.0.0.1:8545"));
    assertThat(config.operators()).extracting(Credentials::getAddress).containsExactly(OPERATOR.address().toHex());
  }

  @Test
  void namesTheRpcFlagWhenTheUrlIsNoHttpUrl() {
    assertThatThrownBy(() -> new L1Config("127.0.0.1:8545", List.of(OPERATOR.privateKeyHex())))
        .hasMessageStartingWith("--l1-rpc: expected an http:// or https:// URL");
  }

  @Test
  void asksForAKeyWhenTheL1IsExternal() {
    assertThatThrownBy(() -> new L1Config("http://127.0.0.1:8545", List.of()))
        .hasMessageStartingWith("--l1-key: an external L1 needs at least one operator key");
  }

  @Test
  void namesTheBadKeyByPositionWithoutPrintingIt() {
    final String shortKey = "0x1234";

    assertThatThrownBy(() -> new L1Config("http://127.0.0.1:8545", List.of(OPERATOR.privateKeyHex(), shortKey)))
        .hasMessageStartingWith("--l1-key #2: expected a private key of 64 hex digits")
        .message().doesNotContain("1234");
    assertThatThrownBy(() -> new L1Config(null, List.of("0x" + "0".repeat(64))))
        .hasMessageStartingWith("--l1-key #1: not a valid secp256k1 private key");
  }

  @Test
  void keepsTheKeysOutOfItsDescription() {
    final String key = OPERATOR.privateKeyHex();

    assertThat(new L1Config("http://127.0.0.1:8545", List.of(key)).toString())
        .doesNotContain(key.substring(2)).contains("1 given");
  }
}
