package io.rolluplab.rollup.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RollupNodeConfigTest {
  private final RollupNodeConfig defaults = RollupNodeConfig.defaults();

  @Test
  void withheldDataMayBeRevealedForAnHourByDefault() {
    assertThat(defaults.revealPeriod()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void revealPeriodMustBePositiveAndTheMessageNamesIt() {
    assertThatThrownBy(() -> new RollupNodeConfig(defaults.l2ChainId(), defaults.challengePeriod(), defaults.disputeClock(),
            defaults.forceInclusionDelay(), Duration.ZERO, defaults.bond(), defaults.blockInterval(),
            defaults.tickInterval(), defaults.l1FeePerByte(), defaults.mode(), defaults.provingDelay(),
            defaults.batchMaxItems(), defaults.batchMaxAge()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RollupNodeConfig.revealPeriod must be positive, got PT0S");
  }

  @Test
  void isOptimisticWithThreeSecondsOfProvingByDefaultAndRefusesANegativeProvingDelayByName() {
    assertThat(defaults.mode()).isEqualTo(RollupMode.OPTIMISTIC);
    assertThat(defaults.withMode(RollupMode.ZK).provingDelay()).isEqualTo(Duration.ofSeconds(3));
    assertThatThrownBy(() -> defaults.withProvingDelay(Duration.ofSeconds(-1)))
        .hasMessage("RollupNodeConfig.provingDelay must be 0 or more, got PT-1S");
  }

  @Test
  void batchLimitsAreCheckedAndTheMessageNamesTheField() {
    assertThat(defaults.withBatchLimits(100, Duration.ofSeconds(1)).batchMaxItems()).isEqualTo(100);
    assertThatThrownBy(() -> defaults.withBatchLimits(0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RollupNodeConfig.batchMaxItems must be positive, got 0");
    assertThatThrownBy(() -> defaults.withBatchLimits(100, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RollupNodeConfig.batchMaxAge must be 0 or more, got PT-1S");
  }
}
