package io.rolluplab.tutorials;

import org.junit.jupiter.api.Test;

/** Replays lesson 9, "Bridge security: who must be honest". */
class Lesson09BridgeSecurityTest {

  @Test
  void replaysTheLesson() throws Exception {
    final LessonRun run = LessonRun.of("09-bridge-security.md");

    run.next("CSRF=$(");
    run.next("SEQ=$(");
    run.next("ZKSEQ=$(");
    run.next("/api/bridge/deposit", "\"rollup\":\"zk\"");
    run.next("/api/events", "since=$ZKSEQ");
    run.next("/api/bridge/withdraw", "\"rollup\":\"zk\"");
    run.next("/api/events", "since=$ZKSEQ");
    run.next("/api/controls/faults", "replay-withdrawal\"}");
    run.next("/api/events", "since=$ZKSEQ");
    run.next("/api/controls/faults", "replay-withdrawal\",\"on\":false");
    run.next("/challenger/pause");
    run.next("/api/controls/faults", "wrong-root:0");
    run.next("/api/l2/transfer", "\"rollup\":\"optimistic\"");
    run.next("/api/events", "since=$SEQ");
    run.next("/challenger/resume");
    run.next("/api/events", "since=$SEQ");
    run.next("/api/controls/faults", "unregistered-prover");
    run.next("/api/l2/transfer", "\"rollup\":\"zk\"");
    run.next("/api/events", "since=$ZKSEQ");
    run.finish();
  }
}
