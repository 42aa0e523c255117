package io.rolluplab.web.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.web.TestLab;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ComparePageTest {
  @Test
  void comparesBothRollupsAndExplainsTheTradeOff() throws Exception {
    try (TestLab lab = TestLab.stepped(RollupMode.OPTIMISTIC, RollupMode.ZK)) {
      final HttpResponse<String> api = lab.get("/api/compare");
      final String page = lab.get("/compare").body();

      assertThat(api.statusCode()).isEqualTo(200);
      assertThat(api.body()).contains("\"rollup\":\"optimistic\"", "\"rollup\":\"zk\"",
          "\"challengeWindowSeconds\":604800", "\"medianText\":\"none final yet\"");
      assertThat(page).contains("The trade-off", "7 days", "Time to finality", "L1 cost per transaction", "<svg");
    }
  }

  @Test
  void theGasOfAZkCommitThatL1TookBackIsCountedAndThePageSaysHowMuch() throws Exception {
    try (TestLab lab = TestLab.stepped(RollupMode.OPTIMISTIC, RollupMode.ZK)) {
      lab.post("/api/controls/faults", "{\"rollup\": \"zk\", \"fault\": \"smuggle-invalid-tx\", \"on\": true}");
      lab.post("/api/bridge/deposit", "{\"rollup\": \"zk\", \"from\": 1, \"amountEth\": \"1\"}");
      lab.round();
      lab.post("/api/l2/transfer", "{\"rollup\": \"zk\", \"from\": 1, \"to\": \"0x00000000000000000000000000000000000000b0\","
          + " \"amountEth\": \"0.1\"}");
      // committed with the replayed transfer, refused by the prover, reverted, committed again, proven, executed
      String api = lab.get("/api/compare").body();
      for (int i = 0; i < 30 && !api.matches("(?s).*\"rollup\":\"zk\",\"finalTransactions\":[1-9].*"); i++) {
        lab.round();
        api = lab.get("/api/compare").body();
      }

      assertThat(api).containsPattern("\"rollup\":\"zk\",\"finalTransactions\":1,\"l1GasPerTransaction\":\\d+,"
          + "\"revertedL1Gas\":[1-9]");
      assertThat(lab.get("/compare").body()).contains("id=\"reverted-zk\"", "L1 took back (<code>revertBatches</code>")
          .doesNotContain("id=\"reverted-optimistic\"");
    }
  }

  @Test
  void withOneRollupTheComparisonSaysHowToStartBoth() throws Exception {
    try (TestLab lab = TestLab.stepped(RollupMode.ZK)) {
      final HttpResponse<String> api = lab.get("/api/compare");

      assertThat(api.statusCode()).isEqualTo(409);
      assertThat(api.body()).contains("--mode both");
    }
  }
}
