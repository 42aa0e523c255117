package io.rolluplab.web.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.web.TestLab;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BridgeApiTest {
  private static final BigInteger ETHER = BigInteger.TEN.pow(18);
  private static final Address ONE = DevAccounts.all().get(1).address();
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");
  private TestLab lab;
  private RollupNode rollup;

  @BeforeEach
  void start() throws Exception {
    lab = TestLab.stepped(RollupMode.OPTIMISTIC);
    rollup = lab.rollup(0);
  }

  @AfterEach
  void stop() throws Exception {
    lab.close();
  }

  private BigInteger l2Balance(final Address address) {
    return rollup.l2().account(address, false).balance();
  }

  @Test
  void aDepositIsAnL1TransactionToTheBridgeCreditedOnL2InTheNextRound() throws Exception {
    final BigInteger l1Before = lab.devnet().balance(ONE);

    final HttpResponse<String> answer = lab.post("/api/bridge/deposit",
        "{\"rollup\": \"optimistic\", \"from\": 1, \"amountWei\": \"0xde0b6b3a7640000\"}");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("\"queueIndex\":0", "\"amountWei\":\"0xde0b6b3a7640000\"",
        "Deposited 1 ETH from dev account 1 for " + ONE.toChecksumHex() + " on the optimistic rollup");
    assertThat(lab.devnet().balance(ONE)).isLessThan(l1Before.subtract(ETHER).add(BigInteger.ONE));

    lab.round();

    assertThat(l2Balance(ONE)).isEqualTo(ETHER);
    final String deposits = lab.get("/api/rollups/optimistic/deposits").body();
    assertThat(deposits).contains("\"queueIndex\":0", "\"l2Block\":1",
        "{\"label\":\"queued in the Bridge\",\"state\":\"done\"}",
        "{\"label\":\"in L2 block 1\",\"state\":\"done\"}",
        "{\"label\":\"in a batch on L1\",\"state\":\"now\"}");
  }

  @Test
  void aDepositMayGoToAnyL2AddressAndAFormIsSentBackToTheBridgePage() throws Exception {
    final HttpResponse<String> answer = lab.postForm("/api/bridge/deposit", "csrf=" + lab.csrfToken()
        + "&rollup=optimistic&from=2&to=" + BOB.toHex() + "&amountEth=0.25");

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location").orElseThrow())
        .startsWith("/bridge?rollup=optimistic&deposit=0&done=");
    lab.round();
    assertThat(l2Balance(BOB)).isEqualTo(ETHER.divide(BigInteger.valueOf(4)));
    assertThat(lab.get("/bridge?rollup=optimistic&deposit=0").body()).contains("id=\"deposit-0\"",
        "class=\"highlight\"", "in L2 block 1");
  }

  @Test
  void refusesBadDepositsWithAReasonAndSendsNothing() throws Exception {
    final long head = lab.devnet().latestBlock().number();

    final HttpResponse<String> operator = lab.post("/api/bridge/deposit",
        "{\"rollup\": \"optimistic\", \"from\": 9, \"amountWei\": \"1\"}");
    final HttpResponse<String> noAmount = lab.post("/api/bridge/deposit", "{\"rollup\": \"optimistic\", \"from\": 1}");
    final HttpResponse<String> zero = lab.post("/api/bridge/deposit",
        "{\"rollup\": \"optimistic\", \"from\": 1, \"amountWei\": \"0\"}");
    final HttpResponse<String> tooMuch = lab.post("/api/bridge/deposit",
        "{\"rollup\": \"optimistic\", \"from\": 1, \"amountWei\": \"" + ETHER.multiply(BigInteger.valueOf(20_000)) + "\"}");
    final HttpResponse<String> badTo = lab.post("/api/bridge/deposit",
        "{\"rollup\": \"optimistic\", \"from\": 1, \"to\": \"bob\", \"amountWei\": \"1\"}");
    final HttpResponse<String> noSuchRollup = lab.post("/api/bridge/deposit",
        "{\"rollup\": \"zk\", \"from\": 1, \"amountWei\": \"1\"}");
    final HttpResponse<String> tooPrecise = lab.post("/api/bridge/deposit",
        "{\"rollup\": \"optimistic\", \"from\": 1, \"amountEth\": \"0.0000000000000000001\"}");

    assertThat(operator.body()).contains("\\\"from\\\" is 9; it must be from 0 to 5");
    assertThat(noAmount.body()).contains("missing the amount: send \\\"amountWei\\\"");
    assertThat(zero.body()).contains("the amount must be more than 0 wei");
    assertThat(tooMuch.body()).contains("dev account 1 has 10000 ETH on L1, less than the 20000 ETH to deposit");
    assertThat(badTo.body()).contains("\\\"to\\\" is bob, not an address");
    assertThat(noSuchRollup.body()).contains("\\\"rollup\\\": no rollup \\\"zk\\\" in this lab: it runs optimistic");
    assertThat(tooPrecise.body()).contains("at most 18 decimals");
    assertThat(List.of(operator, noAmount, zero, tooMuch, badTo, noSuchRollup, tooPrecise))
        .allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(400));
    assertThat(lab.devnet().latestBlock().number()).isEqualTo(head);
  }

  @Test
  void aTransferAndAWithdrawalAreSignedByTheLabWithTheDevKey() throws Exception {
    lab.post("/api/bridge/deposit", "{\"rollup\": \"optimistic\", \"from\": 1, \"amountEth\": \"1\"}");
    lab.round();

    final HttpResponse<String> transfer = lab.post("/api/l2/transfer",
        "{\"rollup\": \"optimistic\", \"from\": 1, \"to\": \"" + BOB.toHex() + "\", \"amountEth\": \"0.1\"}");
    final HttpResponse<String> withdrawal = lab.post("/api/bridge/withdraw",
        "{\"rollup\": \"optimistic\", \"from\": 1, \"amountEth\": \"0.2\"}");
    lab.round();
    lab.round();

    assertThat(transfer.statusCode()).isEqualTo(200);
    assertThat(transfer.body()).contains("Sent 0.1 ETH from dev account 1 to " + BOB.toChecksumHex());
    assertThat(withdrawal.statusCode()).isEqualTo(200);
    assertThat(withdrawal.body()).contains("\"to\":\"0x4200000000000000000000000000000000000016\"");
    assertThat(l2Balance(BOB)).isEqualTo(ETHER.divide(BigInteger.TEN));
    final String withdrawals = lab.get("/api/rollups/optimistic/withdrawals").body();
    // a batch goes out after a second here, and the proposer claims its root in the same round
    assertThat(withdrawals).contains("\"amountWei\":\"0x2c68af0bb140000\"", "\"status\":\"IN_CHALLENGE_WINDOW\"",
        "{\"label\":\"root proposed\",\"state\":\"done\"}");
    // the step waiting for the window carries its deadline, which the page ticks
    assertThat(withdrawals).containsPattern("\\{\"label\":\"challenge window: (7 d 0 h|6 d 23 h) left\",\"state\":\"now\","
        + "\"countdown\":\\{\"prefix\":\"challenge window: \",\"deadline\":\\d+,\"secondsLeft\":\\d+,"
        + "\"reached\":\"window over: final at the next L1 block\"}}");
    final String hash = withdrawals.replaceAll("(?s).*?\"hash\":\"(0x[0-9a-f]{64})\".*", "$1");
    assertThat(lab.get("/api/rollups/optimistic/withdrawals/" + hash).body()).contains("\"hash\":\"" + hash + "\"");
    final HttpResponse<String> badHash = lab.get("/api/rollups/optimistic/withdrawals/0x12");
    assertThat(badHash.statusCode()).isEqualTo(400);
    assertThat(badHash.body()).contains("\\\"0x12\\\" is not a withdrawal hash: use 0x and 64 hex digits");
    assertThat(lab.get("/api/rollups/optimistic/withdrawals/0x" + "ab".repeat(32)).statusCode()).isEqualTo(404);
  }

  @Test
  void theSequencerSaysWhyItRefusesAnL2Transaction() throws Exception {
    final HttpResponse<String> broke = lab.post("/api/bridge/withdraw",
        "{\"rollup\": \"optimistic\", \"from\": 3, \"amountEth\": \"1\"}");

    assertThat(broke.statusCode()).isEqualTo(400);
    assertThat(broke.body()).contains("the sequencer refused the L2 transaction from dev account 3");
  }
}
