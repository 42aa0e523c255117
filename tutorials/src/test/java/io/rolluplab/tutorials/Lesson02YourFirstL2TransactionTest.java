package io.rolluplab.tutorials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Replays lesson 2, "Your first L2 transaction". */
class Lesson02YourFirstL2TransactionTest {

  @Test
  void replaysTheLesson() throws Exception {
    final LessonRun run = LessonRun.of("02-your-first-l2-transaction.md");

    run.next("CSRF=$(", "/api/session");
    assertThat(run.next("/api/l2/transfer", "amountWei\":\"1\"").status()).as("refused without the token")
        .isEqualTo(403);
    run.next("/api/bridge/deposit", "X-CSRF-Token: $CSRF");
    run.next("eth_getBalance", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", ":9545");
    run.next("TX=$(", "/api/l2/transfer");
    assertThat(run.variable("TX")).matches("0x[0-9a-f]{64}");
    run.next("eth_getTransactionReceipt", ":9545");
    run.next("eth_getBalance", "0x2000000000000000000000000000000000000002");
    run.next("eth_getTransactionReceipt", ":9545");
    run.next("BATCH=$(");
    run.next("rollup_getBatch");
    run.next("L1TX=$(");
    final LessonRun.Answer batch = run.next("eth_getTransactionByHash", ":8545");
    assertThat(batch.result().path("to").asText()).as("the batch inbox: 0xff, zeros, the L2 chain id")
        .isEqualTo("0xff0000000000000000000000000000000000a455");
    assertThat(batch.result().path("input").asText()).as("the transfer's bytes are in the batch, the call data")
        .contains("2000000000000000000000000000000000000002");
    run.finish();
  }
}
