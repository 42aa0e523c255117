package io.rolluplab.web.l2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.web.TestLab;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** One stepped lab for the class: a deposit and a transfer, then each test reads what the explorer makes of them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class L2PagesTest {
  private static final Address ALICE = DevAccounts.all().get(1).address();
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000b0b00");
  private TestLab lab;
  private String transfer;

  @BeforeAll
  void start() throws Exception {
    lab = TestLab.stepped(RollupMode.OPTIMISTIC);
    lab.post("/api/bridge/deposit", "{\"rollup\": \"optimistic\", \"from\": 1, \"amountEth\": \"1\"}");
    lab.round();
    final String answer = lab.post("/api/l2/transfer", "{\"rollup\": \"optimistic\", \"from\": 1, \"to\": \""
        + BOB.toHex() + "\", \"amountEth\": \"0.25\"}").body();
    transfer = new ObjectMapper().readTree(answer).findValue("hash").asText();
    lab.round();
  }

  @AfterAll
  void stop() throws Exception {
    lab.close();
  }

  private JsonNode json(final String path) throws Exception {
    final HttpResponse<String> answer = lab.get(path);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return new ObjectMapper().readTree(answer.body());
  }

  /** Takes rounds until {@code done} holds for the JSON at {@code path}, at most 30. */
  private JsonNode roundsUntil(final String path, final Predicate<JsonNode> done) throws Exception {
    for (int i = 0; i < 30; i++) {
      final JsonNode json = json(path);
      if (done.test(json)) {
        return json;
      }
      lab.round();
    }
    throw new AssertionError(path + " never reached the state the test waits for: " + json(path));
  }

  @Test
  void aTransferShowsItsFeeInTwoPartsThatAddUp() throws Exception {
    final JsonNode tx = json("/api/rollups/optimistic/l2/tx/" + transfer);

    final BigInteger execution = new BigInteger(tx.get("executionFee").asText().substring(2), 16);
    final BigInteger l1Data = new BigInteger(tx.get("l1DataFee").asText().substring(2), 16);
    final BigInteger total = new BigInteger(tx.at("/tx/fee").asText().substring(2), 16);
    final BigInteger price = new BigInteger(tx.get("price").asText().substring(2), 16);
    assertThat(execution).isEqualTo(price.multiply(BigInteger.valueOf(21_000)));
    assertThat(l1Data).isEqualTo(BigInteger.valueOf(tx.get("bytes").asLong() * tx.get("l1FeePerByte").asLong()));
    assertThat(execution.add(l1Data)).isEqualTo(total);
    assertThat(tx.at("/tx/fromName").asText()).isEqualTo("dev account 1");
    assertThat(lab.get("/l2/optimistic/tx/" + transfer).body()).contains("L2 execution fee", "L1 data fee");
  }

  @Test
  void aTransferMovesFromSequencedToPostedOnceItsBatchIsOnL1() throws Exception {
    final JsonNode posted = roundsUntil("/api/rollups/optimistic/l2/tx/" + transfer,
        tx -> !tx.at("/onL1/status").asText().equals("sequenced"));

    assertThat(posted.at("/onL1/status").asText()).isIn("posted", "proposed");
    assertThat(posted.at("/onL1/sentence").asText()).startsWith("batch " + posted.at("/onL1/batchIndex").asLong());
  }

  @Test
  void anAccountsProofWalksUpToTheRootL1Knows() throws Exception {
    final JsonNode account = roundsUntil("/api/rollups/optimistic/l2/accounts/" + ALICE.toHex(),
        a -> a.get("batches").asLong() > 0 && a.get("provenNonce").asLong() == 1);

    assertThat(account.get("verifies").asBoolean()).isTrue();
    assertThat(account.get("end").asText()).isEqualTo("leaf");
    final JsonNode levels = account.get("levels");
    assertThat(levels).hasSize(account.get("depth").asInt());
    assertThat(levels.get(levels.size() - 1).get("parent").asText()).isEqualTo(account.get("root").asText());
    assertThat(lab.get("/l2/optimistic/account/" + ALICE.toHex()).body()).contains("<svg", "How L1 checks it");
  }

  @Test
  void anAccountThatNeverHeldValueHasAProofOfAbsence() throws Exception {
    final JsonNode account = json("/api/rollups/optimistic/l2/accounts/0x00000000000000000000000000000000000000c4");

    assertThat(account.get("leafValue").asText()).isEqualTo("0x" + "00".repeat(32));
    assertThat(account.get("end").asText()).isIn("empty", "other-leaf");
    assertThat(account.get("verifies").asBoolean()).isTrue();
  }

  @Test
  void blocksListTheirDepositsAndTransfers() throws Exception {
    final JsonNode blocks = json("/api/rollups/optimistic/l2/blocks?limit=5").get("blocks");
    final long withTransfer = json("/api/rollups/optimistic/l2/tx/" + transfer).at("/tx/blockNumber").asLong();

    assertThat(blocks.get(0).get("number").asLong()).isGreaterThanOrEqualTo(withTransfer);
    assertThat(json("/api/rollups/optimistic/l2/blocks/" + withTransfer).at("/transactions/0/hash").asText())
        .isEqualTo(transfer);
    assertThat(json("/api/rollups/optimistic/l2/blocks/1").at("/deposits/0/amount").asText())
        .isEqualTo("0xde0b6b3a7640000");
  }

  @Test
  void unknownRollupsBlocksAndTransactionsAre404sThatSayWhy() throws Exception {
    final HttpResponse<String> noRollup = lab.get("/api/rollups/zk/l2/blocks");
    final HttpResponse<String> noBlock = lab.get("/l2/optimistic/block/9999");
    final HttpResponse<String> noTx = lab.get("/api/rollups/optimistic/l2/tx/0x" + "cd".repeat(32));

    assertThat(noRollup.statusCode()).isEqualTo(404);
    assertThat(noRollup.body()).contains("--mode both");
    assertThat(noBlock.statusCode()).isEqualTo(404);
    assertThat(noBlock.body()).contains("no L2 block 9999", "its head is block");
    assertThat(noTx.statusCode()).isEqualTo(404);
  }
}
