package io.rolluplab.rollup.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.rollup.fault.FaultEvent.DataWithholdingArmed;
import io.rolluplab.rollup.fault.FaultEvent.DepositCensorshipSwitched;
import io.rolluplab.rollup.fault.FaultEvent.FaultsRestored;
import io.rolluplab.rollup.fault.FaultEvent.InvalidTransactionArmed;
import io.rolluplab.rollup.fault.FaultEvent.UnregisteredProverArmed;
import io.rolluplab.rollup.fault.FaultEvent.WithdrawalReplaySwitched;
import io.rolluplab.rollup.fault.FaultEvent.WrongProofArmed;
import io.rolluplab.rollup.fault.FaultEvent.WrongRootArmed;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.sequencer.SequencerFixture.Recorder;
import io.rolluplab.rollup.store.RollupStore;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
  private final Recorder events = new Recorder();
  private final List<Boolean> censorship = new ArrayList<>();
  private final RollupStore store = RollupStore.inMemory();
  private final RollupStore zkStore = RollupStore.inMemory();
  private final Faults faults = new Faults(events, censorship::add, RollupMode.OPTIMISTIC, store.faults());
  private final Faults zkFaults = new Faults(events, censorship::add, RollupMode.ZK, zkStore.faults());

  @AfterEach
  void close() {
    store.close();
    zkStore.close();
  }

  @Test
  void eachSwitchIsAnEventAndShowsInTheSettings() {
    faults.wrongRootAt(3);
    faults.withholdNextBatch();
    faults.censorDeposits(true);
    faults.replayWithdrawals(true);
    faults.smuggleInvalidTransaction();
    zkFaults.proveWrongRoot();
    zkFaults.proveWithUnregisteredKey();

    assertThat(faults.settings()).isEqualTo(new FaultSettings(OptionalInt.of(3), true, true, true, true, false, false));
    assertThat(zkFaults.settings()).isEqualTo(
        new FaultSettings(OptionalInt.empty(), false, false, false, false, true, true));
    assertThat(events.all()).containsExactly(new WrongRootArmed(3), new DataWithholdingArmed(),
        new DepositCensorshipSwitched(true), new WithdrawalReplaySwitched(true), new InvalidTransactionArmed(),
        new WrongProofArmed(), new UnregisteredProverArmed());
    assertThat(censorship).as("the sequencer is switched too").containsExactly(true);
  }

  @Test
  void aSwitchStaysOnUntilSwitchedOff() {
    faults.censorDeposits(true);
    faults.replayWithdrawals(true);
    faults.censorDeposits(false);
    faults.replayWithdrawals(false);

    assertThat(faults.settings()).isEqualTo(FaultSettings.NONE);
    assertThat(censorship).containsExactly(true, false);
  }

  @Test
  void aOneShotFaultIsTakenByTheRoleThatCommitsItOnce() {
    faults.wrongRootAt(2);
    faults.withholdNextBatch();

    assertThat(faults.takeWrongRoot()).hasValue(2);
    assertThat(faults.takeWrongRoot()).isEmpty();
    assertThat(faults.takeWithholdNextBatch()).isTrue();
    assertThat(faults.takeWithholdNextBatch()).isFalse();
    faults.smuggleInvalidTransaction();
    zkFaults.proveWrongRoot();
    zkFaults.proveWithUnregisteredKey();
    assertThat(faults.takeSmuggleInvalidTransaction()).isTrue();
    assertThat(faults.takeSmuggleInvalidTransaction()).isFalse();
    assertThat(zkFaults.takeProveWrongRoot()).isTrue();
    assertThat(zkFaults.takeProveWrongRoot()).isFalse();
    assertThat(zkFaults.takeProveWithUnregisteredKey()).isTrue();
    assertThat(zkFaults.takeProveWithUnregisteredKey()).isFalse();
    assertThat(faults.settings()).isEqualTo(FaultSettings.NONE);
    assertThat(zkFaults.settings()).isEqualTo(FaultSettings.NONE);
  }

  @Test
  void refusesAFaultWhoseRoleThisKindOfRollupLacksAndSaysWhy() {
    assertThatThrownBy(zkFaults::withholdNextBatch).isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("withhold-data: the zk rollup posts its state diff").hasMessageContaining("validium");
    assertThatThrownBy(() -> zkFaults.wrongRootAt(3)).hasMessageStartingWith("wrong-root:K: the zk rollup has no proposer");
    assertThatThrownBy(faults::proveWrongRoot).hasMessageStartingWith("wrong-proof: the optimistic rollup has no prover");
    assertThatThrownBy(faults::proveWithUnregisteredKey)
        .hasMessageStartingWith("unregistered-prover: the optimistic rollup has no prover");

    assertThat(events.all()).isEmpty();
    assertThat(zkFaults.settings()).isEqualTo(FaultSettings.NONE);
    assertThat(faults.settings()).isEqualTo(FaultSettings.NONE);
  }

  @Test
  void theFaultsOnAreSwitchedOnAgainWhenTheNodeStartsOnTheSameStore() {
    faults.wrongRootAt(3);
    faults.withholdNextBatch();
    faults.censorDeposits(true);
    faults.smuggleInvalidTransaction();
    faults.takeSmuggleInvalidTransaction();
    final FaultSettings before = faults.settings();
    final Recorder after = new Recorder();
    final List<Boolean> censoredAfter = new ArrayList<>();

    final Faults restarted = new Faults(after, censoredAfter::add, RollupMode.OPTIMISTIC, store.faults());

    assertThat(restarted.settings()).isEqualTo(before)
        .isEqualTo(new FaultSettings(OptionalInt.of(3), true, true, false, false, false, false));
    assertThat(censoredAfter).as("the new sequencer censors again").containsExactly(true);
    assertThat(after.all()).containsExactly(new FaultsRestored(List.of("wrong-root:3", "withhold-data",
        "censor-deposit")));
    assertThat(restarted.takeWrongRoot()).hasValue(3);
    assertThat(new Faults(after, on -> { }, RollupMode.OPTIMISTIC, store.faults()).settings().wrongRootAt())
        .as("a lie told is not told again after the next restart").isEmpty();
  }

  @Test
  void aNodeWithNothingOnStartsWithoutAnEvent() {
    new Faults(events, censorship::add, RollupMode.OPTIMISTIC, store.faults());

    assertThat(events.all()).isEmpty();
    assertThat(censorship).isEmpty();
  }

  @Test
  void refusesANegativeItemIndexAndSaysWhy() {
    assertThatThrownBy(() -> faults.wrongRootAt(-1)).hasMessageContaining("0 or more, got -1");
    assertThat(events.all()).isEmpty();
  }
}
