package io.rolluplab.devnet.evm.gas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a transaction's data costs (EIP-2028), as the intrinsic gas and the rollup bench count it. */
class GasScheduleTest {
  private final GasSchedule cancun = new CancunGasSchedule();

  @Test
  void dataCostsFourPerZeroByteAndSixteenPerOtherByte() {
    assertThat(cancun.txData(new byte[0])).isZero();
    assertThat(cancun.txData(new byte[] {0, 0, 0})).isEqualTo(12);
    assertThat(cancun.txData(new byte[] {1, (byte) 0xff, 0})).isEqualTo(16 + 16 + 4);
  }
}
