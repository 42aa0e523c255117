package io.rolluplab.devnet.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rolluplab.devnet.chain.DevAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class JsonRpcServerTest extends FreshNodeTest {
  @Test
  void answersTheChainIdAsAQuantity() throws Exception {
    assertThat(node.rpc().call("eth_chainId").asText()).isEqualTo("0x7a69");
    assertThat(node.rpc().call("net_version").asText()).isEqualTo("31337");
    assertThat(node.rpc().call("eth_blockNumber").asText()).isEqualTo("0x0");
  }

  @Test
  void answersABatchInOneResponseAndLeavesOutNotifications() throws Exception {
    final JsonNode responses = RpcClient.parse(node.rpc().post("["
        + "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"},"
        + "{\"jsonrpc\":\"2.0\",\"method\":\"eth_blockNumber\"},"
        + "{\"jsonrpc\":\"2.0\",\"id\":\"b\",\"method\":\"eth_nope\",\"params\":[]},"
        + "42]").body());

    assertThat(responses).hasSize(3);
    assertThat(responses.get(0).get("result").asText()).isEqualTo("0x7a69");
    assertThat(responses.get(1).get("id").asText()).isEqualTo("b");
    assertThat(responses.get(1).get("error").get("code").asInt()).isEqualTo(-32601);
    assertThat(responses.get(1).get("error").get("message").asText()).contains("eth_nope");
    assertThat(responses.get(2).get("error").get("code").asInt()).isEqualTo(-32600);
  }

  @Test
  void reportsBadJsonAsAParseError() throws Exception {
    final JsonNode response = RpcClient.parse(node.rpc().post("{\"jsonrpc\":\"2.0\",").body());

    assertThat(response.get("id").isNull()).isTrue();
    assertThat(response.get("error").get("code").asInt()).isEqualTo(-32700);
  }

  @Test
  void namesTheParameterThatIsWrong() throws Exception {
    final JsonNode error = node.rpc().request("eth_getBalance", "0x1234", "latest").get("error");

    assertThat(error.get("code").asInt()).isEqualTo(-32602);
    assertThat(error.get("message").asText()).contains("params[0] (address)").contains("40 hex digits");
  }

  @Test
  void answersACorsPreflightForBrowserTools() throws Exception {
    final HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(node.httpUrl()))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", "https://remix.ethereum.org")
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type")
            .build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers")).contains("content-type");
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
  }

  @Test
  void refusesABodyOverTheSizeLimitWithAnErrorThatSaysTheLimit() throws Exception {
    final String huge = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_call\",\"params\":[{\"data\":\"0x"
        + "00".repeat(3 * 1024 * 1024) + "\"}]}";

    final HttpResponse<String> response = node.rpc().post(huge);

    assertThat(response.statusCode()).isEqualTo(413);
    final JsonNode error = RpcClient.parse(response.body()).get("error");
    assertThat(error.get("code").asInt()).isEqualTo(-32600);
    assertThat(error.get("message").asText()).contains("5 MB");
  }

  @Test
  void listsTheDevAccountsInLowercaseHex() throws Exception {
    final JsonNode accounts = node.rpc().call("eth_accounts");

    assertThat(accounts).hasSize(10);
    assertThat(accounts.get(0).asText()).isEqualTo(DevAccounts.all().get(0).address().toHex())
        .isEqualTo("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
  }
}
