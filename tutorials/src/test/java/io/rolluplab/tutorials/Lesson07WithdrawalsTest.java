package io.rolluplab.tutorials;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Replays lesson 7, "Withdrawals: seven days or seconds". */
class Lesson07WithdrawalsTest {
  private static final BigInteger WITHDRAWN = new BigInteger("200000000000000000");

  @Test
  void replaysTheLesson() throws Exception {
    final LessonRun run = LessonRun.of("07-withdrawals.md");

    run.next("CSRF=$(");
    run.next("SEQ=$(");
    run.next("/api/bridge/deposit", "\"from\":0");
    run.next("/api/events", "since=$SEQ");
    run.next("BEFORE=$(");
    run.next("/api/bridge/withdraw");
    run.next("rollup_getWithdrawals", ":9546");
    final LessonRun.Answer waiting = run.next("rollup_getWithdrawals", ":9545");
    assertThat(waiting.result()).as("the new withdrawal's deadline is 7 days after its root was proposed")
        .anySatisfy(w -> assertThat(w.path("status").asText()).isEqualTo("IN_CHALLENGE_WINDOW"));
    run.next("/api/controls/fast-forward", "608400");
    run.next("rollup_getWithdrawals", ":9545");
    final LessonRun.Answer after = run.next("eth_getBalance", ":8545");
    assertThat(new BigInteger(after.result().asText().substring(2), 16)
        .subtract(new BigInteger(run.variable("BEFORE").substring(2), 16)))
        .as("0.2 ETH from each rollup, the full amount").isEqualTo(WITHDRAWN.shiftLeft(1));
    run.finish();
  }
}
