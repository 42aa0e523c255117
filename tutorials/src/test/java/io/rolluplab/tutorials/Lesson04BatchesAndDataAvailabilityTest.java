package io.rolluplab.tutorials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

/** Replays lesson 4, "Batches and data availability". */
class Lesson04BatchesAndDataAvailabilityTest {
  /** The optimistic rollup's inbox: 0xff, zeros, and the L2 chain id 42069. */
  private static final String INBOX = "0xff0000000000000000000000000000000000a455";

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
    final LessonRun.Answer sent = run.next("eth_getTransactionByHash", "$L1TX");
    assertThat(sent.result().path("to").asText()).as("the batch inbox").isEqualTo(INBOX);
    final byte[] input = Numeric.hexStringToByteArray(sent.result().path("input").asText());
    assertThat(input).as("the call data is the batch itself").hasSize((int) bytes);
    run.next("/api/l1/tx/$L1TX");
    final LessonRun.Answer receipt = run.next("eth_getTransactionReceipt", "$L1TX");
    assertThat(Long.decode(receipt.result().path("gasUsed").asText())).as("21,000 and the call data, nothing more")
        .isEqualTo(21_000 + calldataGas(input));
    assertThat(receipt.result().path("logs")).as("no code ran").isEmpty();
    run.next("N=$(");
    final LessonRun.Answer page = run.next("/api/rollups/optimistic/batches/$N");
    assertThat(page.json().at("/sent/nonce").asLong()).as("the batcher's nonce")
        .isEqualTo(Long.decode(sent.result().path("nonce").asText()))
        .as("batch N is the nonce firstBatcherNonce + N, and the lab's new batcher key started at 0")
        .isEqualTo(Long.parseLong(run.variable("N")));
    assertThat(page.json().at("/validity/itemCount").asLong()).isEqualTo(items);
    assertThat(page.json().at("/claim/itemCount").asLong()).isEqualTo(items);
    assertThat(page.json().at("/claim/dataHash").asText()).isEqualTo(batch.result().path("dataHash").asText());
    run.next("/api/controls/faults", "withhold-data");
    run.next("WITHHELD=$(", "/api/l2/transfer");
    run.next("/api/events", "since=$SEQ");
    run.next("eth_getTransactionReceipt", "$WITHHELD");
    run.next("W=$(");
    final LessonRun.Answer withheld = run.next("/api/rollups/optimistic/batches/$W");
    assertThat(withheld.json().at("/claim/postRoot").asText()).as("a root is claimed for the withheld batch")
        .startsWith("0x");
    run.next("/api/controls/fast-forward", "4200");
    run.next("/api/events", "since=$SEQ");
    run.next("/api/events", "since=$SEQ");
    run.next("/api/events", "since=$SEQ");
    final LessonRun.Answer released = run.next("eth_getTransactionReceipt", "$WITHHELD");
    assertThat(Long.decode(released.result().path("batchIndex").asText())).as("batch W, sent at last")
        .isEqualTo(Long.parseLong(run.variable("W")));
    run.finish();
  }

  /** EIP-2028: 16 gas a non-zero byte of call data, 4 a zero byte. */
  private static long calldataGas(final byte[] data) {
    long gas = 0;
    for (final byte b : data) {
      gas += b == 0 ? 4 : 16;
    }
    return gas;
  }
}
