package io.rolluplab.tutorials;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Replays lesson 8, "Fees: L2 execution and L1 data". */
class Lesson08FeesTest {

  @Test
  void replaysTheLesson() throws Exception {
    final LessonRun run = LessonRun.of("08-fees.md");

    run.next("CSRF=$(");
    run.next("SEQ=$(");
    run.next("/api/bridge/deposit", "\"from\":1");
    run.next("/api/events", "since=$SEQ");
    run.next("eth_gasPrice");
    run.next("eth_maxPriorityFeePerGas");
    run.next("TX=$(", "/api/l2/transfer");
    final LessonRun.Answer receipt = run.next("eth_getTransactionReceipt", "$TX");
    assertThat(hex(receipt, "l2ExecutionFee")).isEqualTo(hex(receipt, "gasUsed").multiply(hex(receipt,
        "effectiveGasPrice")));
    final BigInteger[] length = hex(receipt, "l1Fee").divideAndRemainder(hex(receipt, "l1FeePerByte"));
    assertThat(length[1]).as("a whole number of bytes").isZero();
    assertThat(length[0].intValue()).as("a signed EIP-1559 transfer's length").isBetween(105, 125);
    run.next("BATCH=$(");
    final LessonRun.Answer smallBatch = run.next("rollup_getBatch", "$BATCH");
    final long bytes = Long.decode(smallBatch.result().path("dataBytes").asText());
    assertThat(Long.decode(smallBatch.result().path("l1GasUsed").asText()))
        .as("21,000 and the call data: 4 gas a zero byte, 16 a non-zero one, and no code run")
        .isBetween(21_000 + 4 * bytes, 21_000 + 16 * bytes);
    final long small = Long.decode(smallBatch.result().path("l1GasPerItem").asText());
    run.next("/batcher/pause");
    for (int i = 0; i < 4; i++) {
      run.next("/api/l2/transfer", "0x8000000000000000000000000000000000000008");
    }
    run.next("LAST=$(");
    run.next("/batcher/resume");
    run.next("eth_getTransactionReceipt", "$LAST");
    run.next("BIG=$(");
    final LessonRun.Answer big = run.next("rollup_getBatch", "$BIG");
    assertThat(Long.decode(big.result().path("txCount").asText())).isGreaterThanOrEqualTo(5);
    assertThat(Long.decode(big.result().path("l1GasPerItem").asText())).as("cheaper per item in a bigger batch")
        .isLessThan(small);
    run.finish();
  }

  private static BigInteger hex(final LessonRun.Answer answer, final String field) {
    return new BigInteger(answer.result().path(field).asText().substring(2), 16);
  }
}
