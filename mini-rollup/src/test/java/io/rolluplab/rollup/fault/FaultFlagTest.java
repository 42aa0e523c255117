package io.rolluplab.rollup.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.rollup.sequencer.SequencerFixture.Recorder;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FaultFlagTest {
  private final Faults faults = new Faults(new Recorder(), on -> { }, true);

  @Test
  void everyFaultCanBeSwitchedOnFromTheCommandLine() {
    List.of("wrong-root:3", "withhold-data", "censor-deposit", "Replay-Withdrawal", "smuggle-invalid-tx",
        "wrong-proof", "unregistered-prover").forEach(value -> FaultFlag.parse(value).applyTo(faults));

    assertThat(faults.settings()).isEqualTo(new FaultSettings(OptionalInt.of(3), true, true, true, true, true, true));
  }

  @Test
  void anUnknownFaultIsRefusedWithTheValidOnes() {
    assertThatThrownBy(() -> FaultFlag.parse("withold-data"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--fault withold-data: unknown fault")
        .hasMessageContaining("withhold-data (the batcher posts only the hash");
  }

  @Test
  void wrongRootNeedsTheItemItStartsAt() {
    for (final String value : List.of("wrong-root", "wrong-root:", "wrong-root:-1", "wrong-root:x")) {
      assertThatThrownBy(() -> FaultFlag.parse(value))
          .hasMessage("--fault " + value + ": wrong-root needs the item the lie starts at, a number 0 or more, "
              + "as in wrong-root:3");
    }
  }
}
