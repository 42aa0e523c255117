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
  void withOneRollupTheComparisonSaysHowToStartBoth() throws Exception {
    try (TestLab lab = TestLab.stepped(RollupMode.ZK)) {
      final HttpResponse<String> api = lab.get("/api/compare");

      assertThat(api.statusCode()).isEqualTo(409);
      assertThat(api.body()).contains("--mode both");
    }
  }
}
