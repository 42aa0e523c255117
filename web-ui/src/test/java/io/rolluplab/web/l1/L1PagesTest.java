package io.rolluplab.web.l1;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.web.TestLab;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/** One lab for the class: deploying two rollups takes seconds, and each test only adds transactions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class L1PagesTest {
  private static final DevAccount ALICE = DevAccounts.all().get(1);
  private TestLab lab;

  @BeforeAll
  void start() throws Exception {
    lab = TestLab.stepped(RollupMode.OPTIMISTIC, RollupMode.ZK);
  }

  @AfterAll
  void stop() throws Exception {
    lab.close();
  }

  /** Sends a transaction from {@code from} to {@code to} and returns its hash once mined. */
  private String send(final DevAccount from, final Address to, final BigInteger value, final byte[] data)
      throws Exception {
    final RawTransaction tx = RawTransaction.createTransaction(lab.devnet().chainId(),
        BigInteger.valueOf(lab.devnet().pendingNonce(from.address())), BigInteger.valueOf(300_000), to.toHex(), value,
        Numeric.toHexString(data), BigInteger.ONE, BigInteger.valueOf(10_000_000_000L));
    return Numeric.toHexString(lab.devnet().submit(
        TransactionEncoder.signMessage(tx, lab.devnet().chainId(), from.credentials())));
  }

  private JsonNode json(final String path) throws Exception {
    final HttpResponse<String> answer = lab.get(path);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return new ObjectMapper().readTree(answer.body());
  }

  private Address bridge() {
    return lab.rollup(0).deployment().bridge();
  }

  @Test
  void theL1PageNamesEveryContractOfBothRollups() throws Exception {
    final String page = lab.get("/l1").body();

    assertThat(page).contains("OptimisticRollup", "DisputeGame", "ZkRollup", "MockVerifier", "Bridge",
        lab.rollup(1).deployment().verifier().toChecksumHex(), "dev account 9");
  }

  @Test
  void aDepositShowsItsCallAndItsLogByNameWithTheParties() throws Exception {
    final String hash = send(ALICE, bridge(), BigInteger.TEN.pow(18), BridgeContract.deposit(ALICE.address()));

    final JsonNode tx = json("/api/l1/tx/" + hash);

    assertThat(tx.at("/tx/fromName").asText()).isEqualTo("dev account 1");
    assertThat(tx.at("/tx/toName").asText()).isEqualTo("Bridge (optimistic)");
    assertThat(tx.at("/tx/method").asText()).isEqualTo("deposit");
    assertThat(tx.at("/call/values/0/name").asText()).isEqualTo("l2Recipient");
    assertThat(tx.at("/logs/0/contract").asText()).isEqualTo("Bridge (optimistic)");
    assertThat(tx.at("/logs/0/event/name").asText()).isEqualTo("DepositQueued");
    assertThat(tx.at("/logs/0/event/values/3/value").asText()).isEqualTo("1000000000000000000");
    assertThat(tx.at("/gasUsed").asLong()).isGreaterThan(21_000);
    assertThat(tx.get("revert").isNull()).isTrue();
    assertThat(lab.get("/l1/tx/" + hash).body()).contains("DepositQueued", "l2Recipient");
  }

  @Test
  void aBatchIsNamedAsTheBatchItIsWithItsBytesLaidOutAndTheInboxAndBatcherByName() throws Exception {
    send(ALICE, bridge(), BigInteger.TEN.pow(18), BridgeContract.deposit(ALICE.address()));
    for (int i = 0; i < 3 && lab.rollup(0).store().batches().get(0).map(b -> b.l1Tx()).isEmpty(); i++) {
      lab.round();
    }
    final String hash = lab.rollup(0).store().batches().get(0).orElseThrow().l1Tx().toString();
    final Address inbox = lab.rollup(0).deployment().inbox().address();

    final JsonNode tx = json("/api/l1/tx/" + hash);

    assertThat(tx.at("/tx/method").asText()).isEqualTo("batch 0");
    assertThat(tx.at("/tx/batch/index").asLong()).isZero();
    assertThat(tx.at("/tx/batch/toInbox").asBoolean()).isTrue();
    assertThat(tx.at("/tx/fromName").asText()).isEqualTo("batcher (optimistic)");
    assertThat(tx.at("/tx/toName").asText()).isEqualTo("batch inbox (optimistic)");
    assertThat(tx.get("call").isNull()).as("no contract call: the inbox has no code").isTrue();
    assertThat(tx.get("logs")).isEmpty();
    assertThat(tx.at("/batchBytes/layout/0/part").asText()).isEqualTo("header");
    assertThat(tx.at("/batchBytes/layout/1/holds").asText()).as("run 0").contains("deposit");
    assertThat(lab.get("/l1/tx/" + hash).body()).contains("Batch <span>0</span> of the")
        .contains("How its call data divides");
    assertThat(json("/api/l1/accounts/" + inbox.toHex()).get("role").asText()).startsWith("receives the batches");
    assertThat(lab.get("/l1").body()).contains("batch inbox", inbox.toChecksumHex());
  }

  @Test
  void aRevertShowsTheRollupErrorWithItsNamedArguments() throws Exception {
    final String hash = send(ALICE, lab.rollup(0).deployment().rollup(), BigInteger.ZERO,
        OptimisticRollupContract.FINALIZE.encode(new Uint256(7)));

    final JsonNode revert = json("/api/l1/tx/" + hash).get("revert");

    assertThat(revert.at("/error/values/0/name").asText()).isEqualTo("batchIndex");
    assertThat(revert.at("/error/values/0/value").asText()).isEqualTo("7");
    assertThat(revert.get("reason").asText()).contains("batchIndex: 7");
    assertThat(lab.get("/l1/tx/" + hash).body()).contains("Why it failed", revert.at("/error/name").asText());
  }

  @Test
  void theTraceComesPageByPageAndCountsEveryStep() throws Exception {
    final String hash = send(ALICE, bridge(), BigInteger.TEN.pow(18), BridgeContract.deposit(ALICE.address()));

    final JsonNode first = json("/api/l1/tx/" + hash + "/trace?limit=5");
    final JsonNode second = json("/api/l1/tx/" + hash + "/trace?from=5&limit=5");

    assertThat(first.get("steps")).hasSize(5);
    assertThat(first.at("/steps/0/op").asText()).isEqualTo("PUSH1");
    assertThat(first.at("/steps/0/depth").asInt()).isEqualTo(1);
    assertThat(first.get("totalSteps").asLong()).isGreaterThan(100).isEqualTo(second.get("totalSteps").asLong());
    assertThat(second.at("/steps/0/step").asLong()).isEqualTo(5);
    assertThat(lab.get("/api/l1/tx/" + hash + "/trace?from=" + first.get("totalSteps").asLong()).statusCode())
        .isEqualTo(400);
    assertThat(lab.get("/l1/tx/" + hash + "/trace?limit=5").body()).contains("later steps");
  }

  @Test
  void anAddressPageSaysWhichContractItIsAndListsItsTransactions() throws Exception {
    final String hash = send(ALICE, bridge(), BigInteger.TEN.pow(18), BridgeContract.deposit(ALICE.address()));

    final JsonNode account = json("/api/l1/accounts/" + bridge().toHex());

    assertThat(account.get("name").asText()).isEqualTo("Bridge (optimistic)");
    assertThat(account.get("codeSize").asInt()).isPositive();
    assertThat(account.get("balance").asText()).isEqualTo(Numeric.toHexStringWithPrefix(lab.devnet().balance(bridge())));
    assertThat(account.at("/transactions/0/hash").asText()).isEqualTo(hash);
  }

  @Test
  void badHashesAndMissingBlocksGetASentenceSayingWhatToDo() throws Exception {
    final HttpResponse<String> noBlock = lab.get("/api/l1/blocks/99");
    final HttpResponse<String> badHash = lab.get("/l1/tx/0x1234");
    final HttpResponse<String> unknown = lab.get("/api/l1/tx/0x" + "ab".repeat(32));
    final HttpResponse<String> badAddress = lab.get("/api/l1/accounts/alice");

    assertThat(noBlock.statusCode()).isEqualTo(404);
    assertThat(noBlock.body()).contains("no L1 block 99: the chain's head is " + lab.devnet().latestBlock().number());
    assertThat(badHash.statusCode()).isEqualTo(400);
    assertThat(badHash.body()).contains("0x and 64 hex digits");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(badAddress.statusCode()).isEqualTo(400);
  }

  @Test
  void theSearchBoxSendsANumberAHashOrAnAddressToItsPage() throws Exception {
    assertThat(lab.get("/l1/search?q=3").headers().firstValue("Location")).hasValue("/l1/block/3");
    assertThat(lab.get("/l1/search?q=" + ALICE.address().toHex()).headers().firstValue("Location"))
        .hasValue("/l1/address/" + ALICE.address().toChecksumHex());
    assertThat(lab.get("/l1/search?q=nonsense").statusCode()).isEqualTo(400);
  }
}
