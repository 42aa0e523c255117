package io.rolluplab.devnet.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.evm.Fork;
import io.rolluplab.devnet.types.Address;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrecompilesTest {
  @Test
  void berlinHasTheNinePrecompilesUpToBlake2f() {
    final Map<Address, Precompile> berlin = Precompiles.forFork(Fork.BERLIN);

    assertThat(berlin.keySet())
        .containsExactly(
            Address.fromLong(1), Address.fromLong(2), Address.fromLong(3), Address.fromLong(4),
            Address.fromLong(5), Address.fromLong(6), Address.fromLong(7), Address.fromLong(8),
            Address.fromLong(9));
    assertThat(berlin.get(Address.fromLong(9))).isInstanceOf(Blake2f.class);
  }

  @Test
  void cancunAddsPointEvaluationAt0x0a() {
    final Map<Address, Precompile> cancun = Precompiles.forFork(Fork.CANCUN);

    assertThat(cancun).hasSize(10);
    assertThat(cancun.get(Address.fromLong(0x0a))).isInstanceOf(PointEvaluation.class);
    assertThat(Precompiles.isPrecompile(Address.fromLong(0x0a), Fork.SHANGHAI)).isFalse();
  }

  @Test
  void addressesPastTheLastPrecompileAreOrdinaryAccounts() {
    assertThat(Precompiles.isPrecompile(Address.fromLong(0x0b), Fork.CANCUN)).isFalse();
    assertThat(Precompiles.isPrecompile(Address.ZERO, Fork.CANCUN)).isFalse();
  }

  @Test
  void everyPrecompileHasItsOwnName() {
    assertThat(Precompiles.forFork(Fork.CANCUN).values())
        .extracting(Precompile::name)
        .doesNotHaveDuplicates()
        .contains("ecrecover", "modexp", "bn254pairing", "pointevaluation");
  }

  @Test
  void theSetCannotBeChangedByACaller() {
    final Map<Address, Precompile> cancun = Precompiles.forFork(Fork.CANCUN);

    assertThatThrownBy(() -> cancun.remove(Address.fromLong(1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
