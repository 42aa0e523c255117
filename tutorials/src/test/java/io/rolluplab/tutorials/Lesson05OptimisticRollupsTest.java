package io.rolluplab.tutorials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Replays lesson 5, "Optimistic rollups: the challenge window and a fraud proof". */
class Lesson05OptimisticRollupsTest {

  @Test
  void replaysTheLesson() throws Exception {
    final LessonRun run = LessonRun.of("05-optimistic-rollups-and-fraud-proofs.md");

    run.next("CSRF=$(");
    run.next("SEQ=$(");
    run.next("/api/bridge/deposit", "\"from\":4");
    run.next("/api/events", "since=$SEQ");
    run.next("/batcher/pause");
    for (int i = 0; i < 4; i++) {
      run.next("/api/l2/transfer", "0x5000000000000000000000000000000000000005");
    }
    run.next("/api/controls/faults", "wrong-root:2");
    run.next("/batcher/resume");
    run.next("/api/events", "since=$SEQ");
    run.next("/api/events", "since=$SEQ");
    run.next("GAME=$(");
    final LessonRun.Answer dispute = run.next("/api/rollups/optimistic/disputes/$GAME");
    assertThat(dispute.json().path("rounds")).as("two bisection rounds narrow five (or four) items to one")
        .hasSize(2);
    run.next("B=$(");
    final LessonRun.Answer batch = run.next("/api/rollups/optimistic/batches/$B");
    assertThat(batch.json().at("/claim/postRoot").asText()).as("the honest claim has the challenger's root")
        .isEqualTo(dispute.json().path("challengerRoot").asText())
        .isNotEqualTo(dispute.json().path("proposerRoot").asText());
    assertThat(batch.json().at("/claim/itemCount").asLong()).as("the game bisected over the claimed items")
        .isEqualTo(dispute.json().path("itemCount").asLong());
    run.next("/api/controls/fast-forward", "608400");
    run.next("/api/events", "since=$SEQ");
    run.finish();
  }
}
