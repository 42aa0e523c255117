package io.rolluplab.devnet.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rolluplab.devnet.chain.DevAccounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The methods end to end over HTTP, around a tiny contract deployed through eth_sendTransaction. */
class RpcMethodsTest extends FreshNodeTest {
  /**
   * Runtime: with calldata, stores its first word in slot 0 and emits it as LOG1 with topic 0xaa…aa;
   * without calldata, reverts with {@code Error("no")}.
   */
  static final String INITCODE = "0x6090600c60003960906000f336156038576000356000556000356000527f"
      + "aa".repeat(32) + "60206000a1005b7f08c379a0" + "00".repeat(28) + "600052602060045260026024527f6e6f"
      + "00".repeat(30) + "60445260646000fd";
  static final String TOPIC = "0x" + "aa".repeat(32);
  static final String WORD_7 = "0x" + "00".repeat(31) + "07";
  static final String FROM = DevAccounts.all().get(0).address().toHex();

  private String deploy() throws Exception {
    final String hash = node.rpc().call("eth_sendTransaction", Map.of("from", FROM, "input", INITCODE)).asText();
    return node.rpc().call("eth_getTransactionReceipt", hash).get("contractAddress").asText();
  }

  private JsonNode send(final String to, final String input) throws Exception {
    final String hash = node.rpc().call("eth_sendTransaction", Map.of("from", FROM, "to", to, "input", input)).asText();
    return node.rpc().call("eth_getTransactionReceipt", hash);
  }

  @Test
  void deploysAContractWithADevAccountAndFindsItsLogsByAddressAndTopic() throws Exception {
    final String contract = deploy();
    final JsonNode receipt = send(contract, WORD_7);

    assertThat(receipt.get("status").asText()).isEqualTo("0x1");
    final JsonNode logs = node.rpc().call("eth_getLogs", Map.of("fromBlock", "0x0", "address", List.of(contract),
        "topics", List.of(List.of(TOPIC, "0x" + "bb".repeat(32)))));
    assertThat(logs).hasSize(1);
    assertThat(logs.get(0).get("data").asText()).isEqualTo(WORD_7);
    assertThat(logs.get(0).get("blockNumber").asText()).isEqualTo("0x2");
    assertThat(logs.get(0).get("logIndex").asText()).isEqualTo("0x0");
    final JsonNode none = node.rpc().call("eth_getLogs", Map.of("fromBlock", "earliest",
        "topics", List.of("0x" + "bb".repeat(32))));
    assertThat(none).isEmpty();
  }

  @Test
  void reportsARevertAsCode3WithTheReasonAndTheRevertData() throws Exception {
    final String contract = deploy();

    for (final String method : List.of("eth_call", "eth_estimateGas")) {
      final JsonNode error = node.rpc().request(method, Map.of("from", FROM, "to", contract)).get("error");
      assertThat(error.get("code").asInt()).isEqualTo(3);
      assertThat(error.get("message").asText()).isEqualTo("execution reverted: no");
      assertThat(error.get("data").asText()).startsWith("0x08c379a0").hasSize(2 + 2 * 100);
    }
  }

  @Test
  void estimatesJustEnoughGasForTheCallToSucceed() throws Exception {
    final String contract = deploy();
    final long estimate = Long.decode(node.rpc().call("eth_estimateGas",
        Map.of("from", FROM, "to", contract, "input", WORD_7)).asText());

    final JsonNode tooLittle = node.rpc().request("eth_call",
        Map.of("from", FROM, "to", contract, "input", WORD_7, "gas", "0x" + Long.toHexString(estimate - 1)));
    assertThat(tooLittle.get("error").get("message").asText()).contains("out of gas");
    assertThat(node.rpc().call("eth_estimateGas", Map.of("from", FROM, "to", FROM)).asText()).isEqualTo("0x5208");
  }

  @Test
  void readsStorageAtAnEarlierBlock() throws Exception {
    final String contract = deploy();
    send(contract, WORD_7);
    send(contract, "0x" + "00".repeat(31) + "09");

    assertThat(node.rpc().call("eth_getStorageAt", contract, "0x0", "0x2").asText()).isEqualTo(WORD_7);
    assertThat(node.rpc().call("eth_getStorageAt", contract, "0x0", "latest").asText()).endsWith("09");
    assertThat(node.rpc().call("eth_getCode", contract, "0x0").asText()).isEqualTo("0x");
    assertThat(node.rpc().request("eth_getBalance", FROM, "0x63").get("error").get("message").asText())
        .contains("header not found");
  }

  @Test
  void tracesATransactionStepByStepWithTheStackBottomFirst() throws Exception {
    final String contract = deploy();
    final String hash = send(contract, WORD_7).get("transactionHash").asText();

    final JsonNode trace = node.rpc().call("debug_traceTransaction", hash);

    assertThat(trace.get("failed").asBoolean()).isFalse();
    final JsonNode steps = trace.get("structLogs");
    assertThat(steps.get(0).get("op").asText()).isEqualTo("CALLDATASIZE");
    assertThat(steps.get(0).get("depth").asInt()).isEqualTo(1);
    assertThat(steps.get(1).get("stack").get(0).asText()).isEqualTo("0x20");
    assertThat(steps.get(steps.size() - 1).get("op").asText()).isEqualTo("STOP");
    assertThat(trace.get("gas").asLong())
        .isEqualTo(Long.decode(node.rpc().call("eth_getTransactionReceipt", hash).get("gasUsed").asText()));
  }

  @Test
  void movesTimeMinesOnRequestAndRevertsToASnapshot() throws Exception {
    final long before = Long.decode(node.rpc().call("eth_getBlockByNumber", "latest", false).get("timestamp").asText());
    final String snapshot = node.rpc().call("evm_snapshot").asText();

    assertThat(node.rpc().call("evm_increaseTime", 3600).asText()).isEqualTo("3600");
    node.rpc().call("evm_mine");
    final JsonNode mined = node.rpc().call("eth_getBlockByNumber", "latest", true);
    assertThat(mined.get("number").asText()).isEqualTo("0x1");
    assertThat(Long.decode(mined.get("timestamp").asText())).isGreaterThanOrEqualTo(before + 3600);
    node.rpc().call("evm_mine", before + 10_000);
    assertThat(node.rpc().call("eth_getBlockByNumber", "0x2", false).get("timestamp").asText())
        .isEqualTo("0x" + Long.toHexString(before + 10_000));

    assertThat(node.rpc().call("evm_revert", snapshot).asBoolean()).isTrue();
    assertThat(node.rpc().call("eth_blockNumber").asText()).isEqualTo("0x0");
    assertThat(node.rpc().call("evm_revert", snapshot).asBoolean()).isFalse();
  }

  @Test
  void keepsTransactionsPendingWhileAutomineIsOff() throws Exception {
    node.rpc().call("evm_setAutomine", false);
    final String hash = node.rpc().call("eth_sendTransaction", Map.of("from", FROM, "to", FROM, "value", "0x1")).asText();

    assertThat(node.rpc().call("eth_getTransactionReceipt", hash).isNull()).isTrue();
    assertThat(node.rpc().call("eth_getTransactionByHash", hash).get("blockHash").isNull()).isTrue();
    assertThat(node.rpc().call("eth_getTransactionCount", FROM, "pending").asText()).isEqualTo("0x1");
    assertThat(node.rpc().call("eth_getTransactionCount", FROM, "latest").asText()).isEqualTo("0x0");
    node.rpc().call("evm_mine");
    assertThat(node.rpc().call("eth_getTransactionReceipt", hash).get("blockNumber").asText()).isEqualTo("0x1");
  }

  @Test
  void rejectsATransactionWithGethsWordingForTheBrokenRule() throws Exception {
    node.rpc().call("eth_sendTransaction", Map.of("from", FROM, "to", FROM));

    final JsonNode error = node.rpc().request("eth_sendTransaction", Map.of("from", FROM, "to", FROM, "nonce", "0x0"))
        .get("error");

    assertThat(error.get("code").asInt()).isEqualTo(-32000);
    assertThat(error.get("message").asText()).startsWith("nonce too low");
  }

  @Test
  void reportsFeeHistoryWithOneMoreBaseFeeThanBlocks() throws Exception {
    node.rpc().call("eth_sendTransaction", Map.of("from", FROM, "to", FROM, "maxPriorityFeePerGas", "0x3b9aca00"));

    final JsonNode history = node.rpc().call("eth_feeHistory", "0x2", "latest", List.of(50));

    assertThat(history.get("oldestBlock").asText()).isEqualTo("0x0");
    assertThat(history.get("baseFeePerGas")).hasSize(3);
    assertThat(history.get("reward").get(1).get(0).asText()).isEqualTo("0x3b9aca00");
  }
}
