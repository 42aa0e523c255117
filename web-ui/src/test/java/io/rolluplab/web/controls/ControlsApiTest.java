package io.rolluplab.web.controls;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.web.TestLab;
import java.net.http.HttpResponse;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ControlsApiTest {
  private static TestLab lab;
  private static RollupNode optimistic;
  private static RollupNode zk;

  @BeforeAll
  static void start() throws Exception {
    lab = TestLab.stepped(RollupMode.OPTIMISTIC, RollupMode.ZK);
    optimistic = lab.rollup(0);
    zk = lab.rollup(1);
  }

  @AfterAll
  static void stop() throws Exception {
    lab.close();
  }

  @Test
  void minesAnL1Block() throws Exception {
    final long head = lab.devnet().latestBlock().number();

    final HttpResponse<String> answer = lab.post("/api/controls/mine", "");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("\"block\":" + (head + 1), "Mined L1 block " + (head + 1) + " with 0 transactions.");
    assertThat(lab.devnet().latestBlock().number()).isEqualTo(head + 1);
  }

  @Test
  void fastForwardMovesTheL1ClockAndMinesABlockAtTheNewTime() throws Exception {
    final long clock = lab.devnet().now();

    final HttpResponse<String> answer = lab.post("/api/controls/fast-forward", "{\"seconds\": 608400}");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("Moved the L1 clock 7 d 1 h ahead and mined L1 block");
    assertThat(lab.devnet().latestBlock().header().timestamp()).isGreaterThanOrEqualTo(clock + 608_400);
  }

  @Test
  void pausesAndResumesOneRoleOfOneRollup() throws Exception {
    final HttpResponse<String> paused = lab.post("/api/controls/roles/optimistic/batcher/pause", "");

    assertThat(paused.statusCode()).isEqualTo(200);
    assertThat(paused.body()).contains("Paused the optimistic rollup's batcher");
    assertThat(optimistic.pausedRoles()).containsExactly("batcher");
    assertThat(zk.pausedRoles()).isEmpty();
    assertThat(lab.get("/api/status").body()).contains("\"batcher\":\"paused\"", "\"pausedRoles\":[\"batcher\"]");

    assertThat(lab.post("/api/controls/roles/optimistic/batcher/resume", "").statusCode()).isEqualTo(200);
    assertThat(optimistic.pausedRoles()).isEmpty();
  }

  @Test
  void anUnknownRoleIs404NamingTheRollupsRoles() throws Exception {
    final HttpResponse<String> answer = lab.post("/api/controls/roles/zk/proposer/pause", "");

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.body()).contains("has no role \\\"proposer\\\"; its roles are bridge, sequencer, batcher, prover");
    assertThat(zk.pausedRoles()).isEmpty();
  }

  @Test
  void switchesAFaultOnInTheRollupNamed() throws Exception {
    final HttpResponse<String> answer = lab.post("/api/controls/faults",
        "{\"rollup\": \"optimistic\", \"fault\": \"wrong-root:2\"}");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("Switched on wrong-root:2 in the optimistic rollup");
    assertThat(optimistic.faults().settings().wrongRootAt()).isEqualTo(OptionalInt.of(2));
    assertThat(lab.get("/api/controls/faults").body()).contains("\"fault\":\"wrong-root:K\"",
        "the next root lies from item 2");
    optimistic.faults().takeWrongRoot();
  }

  @Test
  void aSwitchIsSwitchedOffWithOnFalse() throws Exception {
    lab.post("/api/controls/faults", "{\"rollup\": \"zk\", \"fault\": \"censor-deposit\"}");
    assertThat(zk.faults().settings().censorDeposits()).isTrue();

    final HttpResponse<String> off = lab.post("/api/controls/faults",
        "{\"rollup\": \"zk\", \"fault\": \"censor-deposit\", \"on\": false}");

    assertThat(off.statusCode()).isEqualTo(200);
    assertThat(zk.faults().settings().censorDeposits()).isFalse();
  }

  @Test
  void refusesAFaultThatIsUnknownOrForTheOtherKindOfRollupAndSwitchesNothing() throws Exception {
    final HttpResponse<String> unknown = lab.post("/api/controls/faults", "{\"rollup\": \"zk\", \"fault\": \"lie\"}");
    final HttpResponse<String> wrongKind = lab.post("/api/controls/faults",
        "{\"rollup\": \"optimistic\", \"fault\": \"wrong-proof\"}");
    final HttpResponse<String> oneShotOff = lab.post("/api/controls/faults",
        "{\"rollup\": \"optimistic\", \"fault\": \"withhold-data\", \"on\": false}");
    final HttpResponse<String> noRollup = lab.post("/api/controls/faults", "{\"fault\": \"withhold-data\"}");

    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("fault lie: unknown fault; use one of wrong-root:K");
    assertThat(wrongKind.statusCode()).isEqualTo(400);
    assertThat(wrongKind.body()).contains("fault wrong-proof does not apply to the optimistic rollup: the optimistic"
        + " rollup has no prover");
    assertThat(oneShotOff.statusCode()).isEqualTo(400);
    assertThat(oneShotOff.body()).contains("is a one-shot");
    assertThat(noRollup.statusCode()).isEqualTo(400);
    assertThat(noRollup.body()).contains("missing field \\\"rollup\\\"");
    assertThat(optimistic.faults().settings().withholdNextBatch()).isFalse();
    assertThat(optimistic.faults().settings().proveWrongRoot()).isFalse();
  }

  @Test
  void theControlsPageOffersEveryFaultAndEveryRole() throws Exception {
    final String page = lab.get("/controls").body();

    assertThat(page).contains("Mine an L1 block", "7 days + 1 hour", "id=\"step-mode\"",
        "Wrong state root", "Withheld batch data", "Censored deposits", "Replayed withdrawal",
        "Smuggled invalid transaction", "Proof of a wrong root", "Unregistered prover key",
        "/api/controls/roles/optimistic/challenger/pause", "/api/controls/roles/zk/prover/pause");
  }
}
