package io.rolluplab.rollup.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;

class StepModeTest {
  private final StepMode stepMode = new StepMode(InstantSource.fixed(Instant.EPOCH));
  private final StepMode.Gate batcher = stepMode.gate("optimistic", "batcher");
  private final StepMode.Gate proposer = stepMode.gate("optimistic", "proposer");

  @Test
  void everyGateIsOpenWhileStepModeIsOff() {
    assertThat(batcher.mayProceed("Post batch 0.")).isTrue();
    assertThat(batcher.mayProceed("Post batch 1.")).isTrue();
    assertThat(stepMode.pending()).isEmpty();
  }

  @Test
  void theFirstRoleToAskIsPendingAndNobodyGoesUntilItIsLetThrough() {
    stepMode.setOn(true);

    assertThat(batcher.mayProceed("Post batch 0.")).isFalse();
    batcher.turnEnded();
    assertThat(proposer.mayProceed("Propose the root of batch 0.")).isFalse();
    proposer.turnEnded();
    assertThat(batcher.mayProceed("Post batch 0.")).as("not let through yet").isFalse();
    batcher.turnEnded();

    assertThat(stepMode.pending()).get().extracting(StepMode.PendingStep::role, StepMode.PendingStep::sentence)
        .containsExactly("batcher", "Post batch 0.");
    assertThat(stepMode.stepsTaken()).isZero();
  }

  @Test
  void oneStepLetsExactlyTheAnnouncedTransitionThroughThenTheNextRoleIsPending() {
    stepMode.setOn(true);
    batcher.mayProceed("Post batch 0.");
    batcher.turnEnded();

    assertThat(stepMode.step().sentence()).isEqualTo("Post batch 0.");
    assertThat(proposer.mayProceed("Propose the root of batch 0.")).as("another role still waits").isFalse();
    proposer.turnEnded();
    assertThat(batcher.mayProceed("Post batch 0.")).isTrue();
    assertThat(batcher.mayProceed("Post batch 1.")).as("one step per click, even in the same turn").isFalse();
    batcher.turnEnded();

    assertThat(stepMode.stepsTaken()).isEqualTo(1);
    assertThat(stepMode.pending()).get().extracting(StepMode.PendingStep::sentence).isEqualTo("Post batch 1.");
    assertThat(proposer.mayProceed("Propose the root of batch 0.")).isFalse();
  }

  @Test
  void aRoleHeldBackOnceIsHeldForTheRestOfItsTurnAndKeepsItsFirstSentence() {
    stepMode.setOn(true);
    assertThat(proposer.mayProceed("Finalize batch 0.")).isFalse();
    assertThat(proposer.mayProceed("Propose the root of batch 1.")).isFalse();
    proposer.turnEnded();

    assertThat(stepMode.pending()).get().extracting(StepMode.PendingStep::sentence).isEqualTo("Finalize batch 0.");
  }

  @Test
  void aPendingRoleThatNowWantsSomethingElseAnnouncesItAndMustBeLetThroughAgain() {
    stepMode.setOn(true);
    batcher.mayProceed("Post batch 0 (2 items).");
    batcher.turnEnded();
    stepMode.step();

    assertThat(batcher.mayProceed("Post batch 0 (3 items).")).isFalse();
    batcher.turnEnded();

    assertThat(stepMode.pending()).get().extracting(StepMode.PendingStep::sentence, StepMode.PendingStep::number)
        .containsExactly("Post batch 0 (3 items).", 2L);
    assertThat(stepMode.stepsTaken()).isZero();
  }

  @Test
  void aPendingRoleThatNoLongerAsksGivesUpItsPlace() {
    stepMode.setOn(true);
    batcher.mayProceed("Post batch 0.");
    batcher.turnEnded();
    batcher.turnEnded(); // a turn without asking: nothing to post any more

    assertThat(stepMode.pending()).isEmpty();
    assertThat(proposer.mayProceed("Propose the root of batch 0.")).isFalse();
    assertThat(stepMode.pending()).get().extracting(StepMode.PendingStep::role).isEqualTo("proposer");
  }

  @Test
  void switchingStepModeOffLetsEveryoneGoAndForgetsThePendingStep() {
    stepMode.setOn(true);
    batcher.mayProceed("Post batch 0.");
    batcher.turnEnded();

    stepMode.setOn(false);

    assertThat(stepMode.pending()).isEmpty();
    assertThat(proposer.mayProceed("Propose the root of batch 0.")).isTrue();
    assertThat(batcher.mayProceed("Post batch 0.")).isTrue();
  }

  @Test
  void stepSaysWhyNothingCanBeLetThrough() {
    assertThatThrownBy(stepMode::step).hasMessageContaining("step mode is off");
    stepMode.setOn(true);
    assertThatThrownBy(stepMode::step).hasMessageContaining("no step is waiting");
  }
}
