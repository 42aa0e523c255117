package io.rolluplab.web.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.prover.Check;
import io.rolluplab.rollup.store.ProofCheckTable;
import io.rolluplab.web.TestLab;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The batch and dispute pages' JSON twins and step mode's endpoints, on rollups that take a round when told. */
class RollupPagesTest {
  private TestLab lab;

  @BeforeEach
  void start() throws Exception {
    lab = TestLab.stepped(RollupMode.OPTIMISTIC, RollupMode.ZK);
    lab.post("/api/bridge/deposit", "{\"rollup\": \"optimistic\", \"from\": 1, \"amountWei\": \"1000\"}");
    lab.post("/api/bridge/deposit", "{\"rollup\": \"zk\", \"from\": 1, \"amountWei\": \"1000\"}");
  }

  @AfterEach
  void stop() throws Exception {
    lab.close();
  }

  @Test
  void aPostedBatchHasItsItemsRootsAndTimelineAsJsonAndAsAPage() throws Exception {
    for (int i = 0; i < 3; i++) {
      lab.round();
    }

    final String batch = lab.get("/api/rollups/optimistic/batches/0").body();
    assertThat(batch).contains("\"status\":\"proposed\"").contains("\"kind\":\"deposit\"")
        .contains("\"challengeDeadline\":").contains("\"status\":\"sequenced\"").contains("\"state\":\"next\"");
    assertThat(lab.get("/api/rollups/optimistic/batches").body()).startsWith("[{\"index\":0,");
    assertThat(batch).as("how its bytes divide").contains("{\"part\":\"header\",\"bytes\":10,")
        .contains("\"part\":\"run 0\"").contains("\"part\":\"signatures\"");
    assertThat(lab.get("/rollup/optimistic/batch/0").body()).contains("Optimistic</span> batch")
        .contains("Challenge window").contains("How its bytes divide").contains("deposit");
  }

  @Test
  void anUnknownBatchOrGameIsA404ThatSaysWhatThereIs() throws Exception {
    final HttpResponse<String> batch = lab.get("/api/rollups/optimistic/batches/7");
    final HttpResponse<String> game = lab.get("/api/rollups/optimistic/disputes/1");
    final HttpResponse<String> proof = lab.get("/api/rollups/optimistic/batches/0/proof");

    assertThat(batch.statusCode()).isEqualTo(404);
    assertThat(batch.body()).contains("has no batch 7: it has posted none yet");
    assertThat(game.statusCode()).isEqualTo(404);
    assertThat(game.body()).contains("there has been no dispute yet");
    assertThat(proof.statusCode()).isEqualTo(404);
    assertThat(proof.body()).contains("proofs are the zk rollup's");
  }

  @Test
  void aZkBatchsProofListsTheCircuitsChecksAndTheVerification() throws Exception {
    for (int i = 0; i < 8 && !lab.get("/api/rollups/zk/batches").body().contains("\"status\":\"executed\""); i++) {
      lab.round();
    }

    final String proof = lab.get("/api/rollups/zk/batches/0/proof").body();
    assertThat(proof).contains("\"batchStatus\":\"executed\"").contains("\"name\":\"deposit queue hash\"")
        .contains("\"status\":\"verified\"").contains("What L1 does not check");
    assertThat(proof).doesNotContain("\"passed\":false");
  }

  @Test
  void aProofPageOfABatchWhoseChecksAreNoLongerKeptSaysHowManyHeld() throws Exception {
    for (int i = 0; i < 8 && !lab.get("/api/rollups/zk/batches").body().contains("\"status\":\"executed\""); i++) {
      lab.round();
    }
    final String kept = lab.get("/api/rollups/zk/batches/0/proof").body();
    assertThat(kept).contains("\"checksNotKept\":0");

    // as if the prover had taken up KEPT_BATCHES batches since: batch 0's list is forgotten
    lab.rollup(1).store().proofChecks().put(ProofCheckTable.KEPT_BATCHES, Check.pack(List.of()));

    assertThat(lab.get("/api/rollups/zk/batches/0/proof").body()).contains("\"checks\":[]")
        .containsPattern("\"checksNotKept\":[1-9]");
    assertThat(lab.get("/rollup/zk/batch/0/proof").body()).contains("checks held")
        .contains("for the latest <span>" + ProofCheckTable.KEPT_BATCHES + "</span> batches");
  }

  @Test
  void stepModeHoldsEveryRoleUntilAStepIsLetThroughAndSaysWhyWhenNoneCanBe() throws Exception {
    assertThat(lab.post("/api/controls/step", "{}").statusCode()).as("off").isEqualTo(409);
    assertThat(lab.post("/api/controls/step-mode", "{\"on\": true}").body()).contains("\"on\":true");
    lab.round();
    lab.round();

    assertThat(lab.get("/api/rollups/optimistic/batches").body()).isEqualTo("[]");
    final String status = lab.get("/api/status").body();
    assertThat(status).contains("\"stepMode\":{\"available\":true,\"on\":true,\"pending\":{\"number\":1,"
        + "\"rollup\":\"optimistic\",\"role\":\"bridge\",\"sentence\":\"Hand deposit #0");
    final HttpResponse<String> step = lab.post("/api/controls/step", "{}");
    assertThat(step.statusCode()).isEqualTo(200);
    assertThat(step.body()).contains("Hand deposit #0");
    assertThat(lab.post("/api/controls/step", "{}").statusCode()).as("let through already").isEqualTo(409);
    lab.round();
    assertThat(lab.get("/api/controls/step-mode").body()).contains("\"stepsTaken\":1")
        .contains("\"lastTaken\":{\"number\":1");
    assertThat(lab.post("/api/controls/step-mode", "{\"on\": \"maybe\"}").statusCode()).isEqualTo(400);
  }
}
