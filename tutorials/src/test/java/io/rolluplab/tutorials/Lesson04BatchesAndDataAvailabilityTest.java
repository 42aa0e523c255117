package io.rolluplab.tutorials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Replays lesson 4, "Batches and data availability". */
class Lesson04BatchesAndDataAvailabilityTest {

  @Test
  void replaysTheLesson() throws Exception {
    final LessonRun run = LessonRun.of("04-batches-and-data-availability.md");

    run.next("CSRF=$(");
    run.next("SEQ=$(");
    run.next("/api/bridge/deposit", "\"from\":3");
    run.next("/api/events", "since=$SEQ");
    run.next("TX=$(", "/api/l2/transfer");
    run.next("eth_getTransactionReceipt", "$TX");
    run.next("BATCH=$(");
    final LessonRun.Answer batch = run.next("rollup_getBatch");
    final long items = Long.decode(batch.result().path("itemCount").asText());
    final long bytes = Long.decode(batch.result().path("dataBytes").asText());
    assertThat(bytes).as("10 bytes of header, a run or two and about 116 per transfer").isBetween(10 + 100L * items - 100,
        10 + 130L * items);
    assertThat(Long.decode(batch.result().path("l1GasPerItem").asText()) * items)
        .isLessThanOrEqualTo(Long.decode(batch.result().path("l1GasUsed").asText()));
    run.next("L1TX=$(");
    run.next("eth_getTransactionByHash", "$L1TX");
    final LessonRun.Answer receipt = run.next("eth_getTransactionReceipt", "$L1TX");
    assertThat(Long.decode(receipt.result().path("gasUsed").asText())).as("21,000 and calldata at least")
        .isGreaterThan(21_000 + 16 * bytes / 2);
    run.next("/api/controls/faults", "withhold-data");
    run.next("WITHHELD=$(", "/api/l2/transfer");
    run.next("eth_getTransactionReceipt", "$WITHHELD");
    run.next("/api/events", "since=$SEQ");
    run.next("/api/controls/fast-forward", "4200");
    run.next("/api/events", "since=$SEQ");
    run.next("eth_getTransactionReceipt", "$WITHHELD");
    run.finish();
  }
}
