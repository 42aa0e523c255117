package io.rolluplab.tutorials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Replays lesson 6, "Validity (ZK) rollups: commit, prove, execute". */
class Lesson06ValidityRollupsTest {

  @Test
  void replaysTheLesson() throws Exception {
    final LessonRun run = LessonRun.of("06-validity-rollups.md");

    run.next("CSRF=$(");
    run.next("SEQ=$(", "rollup=zk");
    run.next("/api/bridge/deposit", "\"rollup\":\"zk\"");
    run.next("/api/events", "rollup=zk&since=$SEQ");
    run.next("TX=$(", "/api/l2/transfer");
    run.next("eth_getTransactionReceipt", ":9546");
    run.next("BATCH=$(");
    run.next("rollup_getBatch", ":9546");
    final LessonRun.Answer proof = run.next("/proof");
    assertThat(proof.json().path("checks")).as("every check passed").allSatisfy(check ->
        assertThat(check.path("passed").asBoolean()).isTrue());
    run.next("/api/controls/faults", "wrong-proof");
    run.next("/api/l2/transfer", "\"rollup\":\"zk\"");
    run.next("/api/events", "rollup=zk&since=$SEQ");
    run.next("/api/controls/faults", "smuggle-invalid-tx");
    run.next("/api/l2/transfer", "\"rollup\":\"zk\"");
    run.next("/api/events", "rollup=zk&since=$SEQ");
    run.finish();
  }
}
