package io.rolluplab.devnet.rpc;

import static io.rolluplab.devnet.rpc.DevnetNode.address;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What a library like web3j smooths over, seen in the raw JSON: the exact encoding of quantities
 * and data, ids echoed with their JSON type, and the CORS header on every answer that lets Remix or
 * a web wallet in a browser read it.
 */
class RawJsonRpcTest extends FreshNodeTest {
  private static final String NEVER_USED = "0x00000000000000000000000000000000000c0ffe";

  private JsonNode answer(final String body) throws Exception {
    return RpcClient.parse(node.rpc().post(body).body());
  }

  private String result(final String method, final String params) throws Exception {
    final JsonNode answer = answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}");
    assertThat(answer.has("error")).as("%s failed: %s", method, answer).isFalse();
    return answer.get("result").asText();
  }

  @Test
  void zeroQuantitiesAreEncodedAs0x0WithoutLeadingZeros() throws Exception {
    assertThat(result("eth_blockNumber", "[]")).isEqualTo("0x0");
    assertThat(result("eth_getBalance", "[\"" + NEVER_USED + "\",\"latest\"]")).isEqualTo("0x0");
    assertThat(result("eth_getTransactionCount", "[\"" + NEVER_USED + "\",\"latest\"]")).isEqualTo("0x0");
    assertThat(result("eth_chainId", "[]")).isEqualTo("0x7a69");
  }

  @Test
  void emptyCodeIsEmptyDataAndAStorageSlotIsAFull32ByteWord() throws Exception {
    assertThat(result("eth_getCode", "[\"" + address(0) + "\",\"latest\"]")).isEqualTo("0x");
    assertThat(result("eth_getStorageAt", "[\"" + NEVER_USED + "\",\"0x0\",\"latest\"]"))
        .isEqualTo("0x" + "0".repeat(64));
  }

  @Test
  void answersTheQuestionsBrowserToolsAskFirst() throws Exception {
    assertThat(answer("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"net_listening\",\"params\":[]}").get("result").asBoolean())
        .isTrue();
    // keccak256("hello"), a well-known value
    assertThat(result("web3_sha3", "[\"0x68656c6c6f\"]"))
        .isEqualTo("0x1c8aff950685c2ed4bc3174f3472287b56d9517b9c948127319a09a7a36deac8");
  }

  @Test
  void idIsEchoedWithItsJsonType() throws Exception {
    assertThat(answer("{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"eth_chainId\",\"params\":[]}").get("id").isTextual())
        .isTrue();
    assertThat(answer("{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"eth_chainId\",\"params\":[]}").get("id").asText())
        .isEqualTo("abc");
    assertThat(answer("{\"jsonrpc\":\"2.0\",\"id\":42,\"method\":\"eth_chainId\",\"params\":[]}").get("id").asInt())
        .isEqualTo(42);
  }

  @Test
  void answerToAPostFromAnotherOriginCarriesTheCorsHeader() throws Exception {
    final HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(node.httpUrl()))
            .header("Content-Type", "application/json")
            .header("Origin", "https://remix.ethereum.org")
            .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isPresent();
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
  }
}
