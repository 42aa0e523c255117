package io.rolluplab.devnet.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class JsonRpcDispatcherTest {
  private final JsonRpcDispatcher dispatcher = new JsonRpcDispatcher(new RpcMethods()
      .add("test_echo", 1, p -> p.get(0, "value").asQuantity())
      .add("test_bug", 0, p -> {
        throw new IllegalStateException("boom");
      }));

  private JsonNode handle(final String request) throws Exception {
    return RpcClient.parse(dispatcher.handle(request, null).orElseThrow());
  }

  @Test
  void turnsABugInAMethodIntoAnInternalErrorWithoutAStackTrace() throws Exception {
    final JsonNode error = handle("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"test_bug\"}").get("error");

    assertThat(error.get("code").asInt()).isEqualTo(-32603);
    assertThat(error.get("message").asText()).contains("test_bug").contains("boom").doesNotContain("\tat ");
  }

  @Test
  void echoesTheIdOfTheRequest() throws Exception {
    final JsonNode response = handle("{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"test_echo\",\"params\":[\"0x2a\"]}");

    assertThat(response.get("id").asText()).isEqualTo("abc");
    assertThat(response.get("result").asInt()).isEqualTo(42);
  }

  @Test
  void refusesMoreParametersThanTheMethodTakesBeforeRunningIt() throws Exception {
    final JsonNode error = handle("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_bug\",\"params\":[1]}").get("error");

    assertThat(error.get("code").asInt()).isEqualTo(-32602);
    assertThat(error.get("message").asText()).contains("test_bug takes at most 0 parameters, got 1");
  }

  @Test
  void refusesAJsonrpcVersionSentAsANumber() throws Exception {
    assertThat(handle("{\"jsonrpc\":2.0,\"id\":1,\"method\":\"test_echo\",\"params\":[\"0x1\"]}")
        .get("error").get("code").asInt()).isEqualTo(-32600);
  }

  @Test
  void refusesRequestsOfTheWrongShape() throws Exception {
    assertThat(handle("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"test_echo\"}").get("error").get("message").asText())
        .contains("\"jsonrpc\" must be \"2.0\"");
    assertThat(handle("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"test_echo\",\"params\":{\"a\":1}}")
        .get("error").get("code").asInt()).isEqualTo(-32600);
    assertThat(handle("[]").get("error").get("code").asInt()).isEqualTo(-32600);
    assertThat(handle("{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"test_echo\"}").get("id").isNull()).isTrue();
  }

  @Test
  void sendsNothingForANotification() {
    assertThat(dispatcher.handle("{\"jsonrpc\":\"2.0\",\"method\":\"test_bug\"}", null)).isEmpty();
  }
}
