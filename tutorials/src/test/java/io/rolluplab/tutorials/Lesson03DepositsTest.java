package io.rolluplab.tutorials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Replays lesson 3, "Deposits: from L1 into L2". */
class Lesson03DepositsTest {

  @Test
  void replaysTheLesson() throws Exception {
    final LessonRun run = LessonRun.of("03-deposits.md");

    run.next("CSRF=$(");
    run.next("SEQ=$(");
    run.next("/api/bridge/deposit", "\"from\":2");
    run.next("DEPOSIT=$(", "eth_sendTransaction", "0x6f05b59d3b20000");
    final LessonRun.Answer receipt = run.next("eth_getTransactionReceipt", "$DEPOSIT");
    assertThat(receipt.result().path("logs")).as("one DepositQueued log").hasSize(1);
    assertThat(receipt.result().path("logs").get(0).path("data").asText()).as("the amount")
        .endsWith("06f05b59d3b20000");
    run.next("/api/rollups/optimistic/deposits");
    run.next("eth_getBalance", "0x3000000000000000000000000000000000000003", ":9545");
    run.next("/api/controls/faults", "censor-deposit\"}");
    run.next("eth_sendTransaction", "0x3782dace9d90000");
    run.next("eth_getBalance", "0x3000000000000000000000000000000000000004", ":9545");
    run.next("eth_getBalance", "0x3000000000000000000000000000000000000004", ":9546");
    run.next("/api/controls/fast-forward", "90000");
    run.next("/api/l2/transfer", "\"from\":2");
    final LessonRun.Answer forced = run.next("/api/events", "since=$SEQ");
    assertThat(forced.json().path("events")).as("the batcher checked the batch before sending it")
        .anySatisfy(e -> assertThat(e.path("sentence").asText()).contains("would not count", "checkBatch"));
    run.next("eth_getBalance", "0x3000000000000000000000000000000000000004", ":9545");
    run.next("/api/controls/faults", "\"on\":false");
    run.finish();
  }
}
