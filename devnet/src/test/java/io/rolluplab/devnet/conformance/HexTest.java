package io.rolluplab.devnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class HexTest {

  @Test
  void readsQuantitiesWithLeadingZerosAndTheBareZeroX() {
    assertThat(Hex.quantity("0x0a")).isEqualTo(BigInteger.TEN);
    assertThat(Hex.quantity("0x")).isEqualTo(BigInteger.ZERO);
  }

  @Test
  void readsRetestethsMarkForNumbersBeyond256Bits() {
    assertThat(Hex.quantity("0x:bigint 0x10000000000000000000000000000000000000000000000000000000000000001"))
        .isEqualTo(BigInteger.TWO.pow(256).add(BigInteger.ONE));
  }

  @Test
  void readsNoncesAsUnsigned64BitNumbers() {
    assertThat(Hex.unsignedLong("0xffffffffffffffff")).isEqualTo(-1L);
    assertThatThrownBy(() -> Hex.unsignedLong("0x010000000000000000")).hasMessageContaining("64 bits");
  }
}
