package io.rolluplab.rollup.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.sequencer.SequencerFixture.Recorder;
import io.rolluplab.rollup.store.RollupStore;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FaultFlagTest {
  @Test
  void everyFaultCanBeSwitchedOnFromTheCommandLine() {
    try (RollupStore store = RollupStore.inMemory(); RollupStore zkStore = RollupStore.inMemory()) {
      final Faults optimistic = new Faults(new Recorder(), on -> { }, RollupMode.OPTIMISTIC, store.faults());
      final Faults zk = new Faults(new Recorder(), on -> { }, RollupMode.ZK, zkStore.faults());
      List.of("wrong-root:3", "withhold-data", "censor-deposit", "Replay-Withdrawal", "smuggle-invalid-tx")
          .forEach(value -> FaultFlag.parse(value).applyTo(optimistic));
      List.of("wrong-proof", "unregistered-prover").forEach(value -> FaultFlag.parse(value).applyTo(zk));

      assertThat(optimistic.settings())
          .isEqualTo(new FaultSettings(OptionalInt.of(3), true, true, true, true, false, false));
      assertThat(zk.settings())
          .isEqualTo(new FaultSettings(OptionalInt.empty(), false, false, false, false, true, true));
    }
  }

  @Test
  void eachFaultAppliesWhereItsRoleIsAndSaysWhyNotElsewhere() {
    assertThat(Arrays.stream(FaultFlag.values()).filter(f -> f.appliesTo(RollupMode.OPTIMISTIC)))
        .containsExactly(FaultFlag.WRONG_ROOT, FaultFlag.WITHHOLD_DATA, FaultFlag.CENSOR_DEPOSIT,
            FaultFlag.REPLAY_WITHDRAWAL, FaultFlag.SMUGGLE_INVALID_TX);
    assertThat(Arrays.stream(FaultFlag.values()).filter(f -> f.appliesTo(RollupMode.ZK)))
        .containsExactly(FaultFlag.CENSOR_DEPOSIT, FaultFlag.REPLAY_WITHDRAWAL, FaultFlag.SMUGGLE_INVALID_TX,
            FaultFlag.WRONG_PROOF, FaultFlag.UNREGISTERED_PROVER);
    assertThat(FaultFlag.WITHHOLD_DATA.whyNotOn(RollupMode.ZK)).hasValueSatisfying(why -> assertThat(why)
        .contains("no batch to keep off L1", "validium", "Switch withhold-data on for the optimistic rollup"));
    assertThat(FaultFlag.WRONG_PROOF.whyNotOn(RollupMode.OPTIMISTIC)).hasValueSatisfying(why -> assertThat(why)
        .contains("the optimistic rollup has no prover"));
    assertThat(FaultFlag.WRONG_ROOT.whyNotOn(RollupMode.OPTIMISTIC)).isEmpty();
    for (final FaultFlag flag : FaultFlag.values()) {
      for (final RollupMode mode : RollupMode.values()) {
        assertThat(flag.whyNotOn(mode).isEmpty()).as(flag + " on " + mode).isEqualTo(flag.appliesTo(mode));
      }
    }
  }

  @Test
  void anUnknownFaultIsRefusedWithTheValidOnes() {
    assertThatThrownBy(() -> FaultFlag.parse("withold-data"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--fault withold-data: unknown fault")
        .hasMessageContaining("withhold-data (the batcher keeps its next batch off L1");
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
