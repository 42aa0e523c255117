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
            defaults.tickInterval(), defaults.l1FeePerByte()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RollupNodeConfig.revealPeriod must be positive, got PT0S");
  }
}
