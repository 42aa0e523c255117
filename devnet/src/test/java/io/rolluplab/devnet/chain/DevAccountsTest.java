package io.rolluplab.devnet.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class DevAccountsTest {

  @Test
  void derivesTheFirstAccountThatHardhatAndAnvilPrint() {
    final DevAccount first = DevAccounts.all().get(0);
    assertThat(first.address()).isEqualTo(Address.fromHex("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    assertThat(first.privateKeyHex())
        .isEqualTo("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
  }

  @Test
  void derivesTheSecondAccountFromTheNextIndexOfThePath() {
    final DevAccount second = DevAccounts.all().get(1);
    assertThat(second.index()).isEqualTo(1);
    assertThat(second.address()).isEqualTo(Address.fromHex("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
    assertThat(second.privateKeyHex())
        .isEqualTo("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
  }

  @Test
  void offersTenDistinctAccounts() {
    assertThat(DevAccounts.all()).hasSize(10);
    assertThat(DevAccounts.all().stream().map(DevAccount::address).distinct()).hasSize(10);
  }

  @Test
  void fundsEachAccountWithTenThousandEther() {
    assertThat(DevAccounts.INITIAL_BALANCE).isEqualTo(new BigInteger("10000000000000000000000"));
  }
}
