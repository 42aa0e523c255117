package io.rolluplab.web.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.rollup.batcher.BatcherKey;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.node.RollupDeployment;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.prover.Check;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.BatchTable;
import io.rolluplab.rollup.store.ProofCheckTable;
import io.rolluplab.web.TestLab;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;

/** The batch and dispute pages' JSON twins and step mode's endpoints, on rollups that take a round when told. */
class RollupPagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
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
  void anOptimisticBatchSaysWhereItIsOnL1WhetherItCountsAndWhatIsClaimedForIt() throws Exception {
    for (int i = 0; i < 3; i++) {
      lab.round();
    }
    final RollupDeployment.Inbox inbox = lab.rollup(0).deployment().inbox();

    final JsonNode batch = JSON.readTree(lab.get("/api/rollups/optimistic/batches/0").body());
    final String page = lab.get("/rollup/optimistic/batch/0").body();

    assertThat(batch.at("/sent/to").asText()).isEqualTo(inbox.address().toChecksumHex());
    assertThat(batch.at("/sent/toInbox").asBoolean()).isTrue();
    assertThat(batch.at("/sent/batcher").asText()).isEqualTo(inbox.batcher().toChecksumHex());
    assertThat(batch.at("/sent/nonce").asLong()).isEqualTo(inbox.firstBatcherNonce());
    assertThat(batch.at("/validity/valid").asBoolean()).isTrue();
    assertThat(batch.at("/validity/itemCount").asLong()).as("the deposit").isEqualTo(1);
    assertThat(batch.at("/claim/itemCount").asLong()).isEqualTo(1);
    assertThat(batch.at("/claim/dataHash").asText()).isEqualTo(batch.at("/batch/dataHash").asText());
    assertThat(batch.at("/claim/matchesL1").asBoolean()).isTrue();
    final String inboxShort = inbox.address().toChecksumHex().substring(0, 6) + "…"
        + inbox.address().toChecksumHex().substring(38);
    assertThat(page)
        .containsPattern("sent to <span>the batch inbox</span>\\s*<a[^>]*>" + inboxShort + "</a> by the batcher")
        .contains("with nonce <span>" + inbox.firstBatcherNonce() + "</span>")
        .contains("counts: its 1 item is executed").contains("The claim on L1");
  }

  @Test
  void aWithheldBatchHasAClaimNobodyCanCheck() throws Exception {
    lab.rollup(0).faults().withholdNextBatch();
    for (int i = 0; i < 8 && !JSON.readTree(lab.get("/api/rollups/optimistic/batches/0").body()).path("claim")
        .isObject(); i++) {
      lab.round();
    }

    final JsonNode batch = JSON.readTree(lab.get("/api/rollups/optimistic/batches/0").body());

    assertThat(batch.at("/batch/status").asText()).isEqualTo("withheld");
    assertThat(batch.get("sent").isNull()).as("no transaction of the batcher holds it").isTrue();
    assertThat(batch.get("validity").isNull()).as("the operator's node derived nothing from L1").isTrue();
    assertThat(batch.at("/claim/matchesL1").asBoolean(true)).isFalse();
    assertThat(lab.get("/rollup/optimistic/batch/0").body()).contains("not sent: the batcher keeps it off L1")
        .contains("No transaction of the batcher holds this").contains("Withheld: the batcher keeps it off L1");
  }

  /**
   * The batcher's key sends bytes that do not read as a batch as batch 0, and the store records
   * them as the batcher records what it sends (the batcher is paused, so it sends nothing itself).
   * L1 takes the transaction, as it takes any: the rules make the batch count as empty.
   */
  @Test
  void aBatchThatBreaksTheRulesCountsAsEmptyAndItsPageSaysWhy() throws Exception {
    final RollupNode rollup = lab.rollup(0);
    final RollupDeployment.Inbox inbox = rollup.deployment().inbox();
    final Credentials batcher = BatcherKey.of(DevAccounts.all().get(9).credentials()); // the optimistic operator's
    assertThat(batcher.getAddress()).isEqualToIgnoringCase(inbox.batcher().toHex());
    rollup.pause("batcher");
    final byte[] garbage = {1, 2, 3};
    final L1Receipt sent = new EmbeddedL1(lab.devnet()).sendAndWait(batcher,
        L1Transaction.call(inbox.address(), garbage).withNonce(inbox.firstBatcherNonce()));
    final Bytes32 genesisRoot = rollup.l2().block(0).orElseThrow().stateRoot();
    rollup.store().batches().record(new BatchTable.Row(0, "intended", 1, 0, Bytes32.wrap(Keccak.hash(garbage)),
        genesisRoot, garbage.length, null, null, 0, 0, 0), Instant.now());
    rollup.store().batches().setPosted(0, sent.transactionHash(), sent.gasUsed(), Instant.now());
    for (int i = 0; i < 3; i++) {
      lab.round();
    }

    final JsonNode batch = JSON.readTree(lab.get("/api/rollups/optimistic/batches/0").body());
    final JsonNode tx = JSON.readTree(lab.get("/api/l1/tx/" + sent.transactionHash()).body());

    assertThat(batch.at("/validity/valid").asBoolean()).isFalse();
    assertThat(batch.at("/validity/invalidReason").asText()).startsWith("its data does not read");
    assertThat(batch.at("/claim/itemCount").asLong()).as("the proposer claims it empty").isZero();
    assertThat(batch.at("/claim/postRoot").asText()).as("the root stays").isEqualTo(genesisRoot.toString());
    assertThat(batch.at("/claim/matchesL1").asBoolean()).isTrue();
    assertThat(lab.get("/rollup/optimistic/batch/0").body()).contains("counts as empty: its data does not read");
    assertThat(tx.at("/tx/method").asText()).isEqualTo("batch 0");
    assertThat(tx.at("/batchBytes/unreadable").asText()).contains("runs past the end");
    assertThat(lab.get("/l1/tx/" + sent.transactionHash()).body()).contains("Its bytes do not read as a batch")
        .contains("So it counts as empty.");
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
