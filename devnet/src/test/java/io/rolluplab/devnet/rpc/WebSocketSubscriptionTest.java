package io.rolluplab.devnet.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebSocketSubscriptionTest {
  private Devnet devnet;
  private JsonRpcServer server;
  private WebSocket socket;
  private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();

  @BeforeEach
  void connect() throws Exception {
    devnet = Devnet.start(DevnetConfig.defaults());
    server = JsonRpcServer.start(devnet, 0);
    socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(URI.create(server.webSocketUrl()), new WebSocket.Listener() {
          private final StringBuilder text = new StringBuilder();

          @Override
          public CompletionStage<?> onText(final WebSocket ws, final CharSequence data, final boolean last) {
            text.append(data);
            if (last) {
              try {
                received.add(RpcClient.parse(text.toString()));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
              text.setLength(0);
            }
            ws.request(1);
            return null;
          }
        }).get(5, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() throws Exception {
    socket.abort();
    server.close();
    devnet.close();
  }

  private JsonNode request(final String json) throws Exception {
    socket.sendText(json, true).get(5, TimeUnit.SECONDS);
    return next();
  }

  private JsonNode next() throws InterruptedException {
    final JsonNode message = received.poll(5, TimeUnit.SECONDS);
    assertThat(message).as("a message within 5 s").isNotNull();
    return message;
  }

  @Test
  void answersOrdinaryMethodsOverTheSocket() throws Exception {
    assertThat(request("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}")
        .get("result").asText()).isEqualTo("0x7a69");
  }

  @Test
  void sendsEachNewHeadUntilUnsubscribed() throws Exception {
    final String id = request("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"newHeads\"]}")
        .get("result").asText();

    devnet.mine();
    final JsonNode notification = next();
    assertThat(notification.get("method").asText()).isEqualTo("eth_subscription");
    assertThat(notification.get("params").get("subscription").asText()).isEqualTo(id);
    assertThat(notification.get("params").get("result").get("number").asText()).isEqualTo("0x1");
    assertThat(notification.get("params").get("result").has("transactions")).isFalse();

    assertThat(request("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"eth_unsubscribe\",\"params\":[\"" + id + "\"]}")
        .get("result").asBoolean()).isTrue();
    devnet.mine();
    assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void sendsOnlyTheLogsThatMatchTheFilter() throws Exception {
    final RpcClient http = new RpcClient(server.url());
    final String hash = http.call("eth_sendTransaction",
        java.util.Map.of("from", RpcMethodsTest.FROM, "input", RpcMethodsTest.INITCODE)).asText();
    final String contract = http.call("eth_getTransactionReceipt", hash).get("contractAddress").asText();
    request("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_subscribe\",\"params\":[\"logs\",{\"address\":\""
        + contract + "\",\"topics\":[\"" + RpcMethodsTest.TOPIC + "\"]}]}");

    http.call("eth_sendTransaction", java.util.Map.of("from", RpcMethodsTest.FROM, "to", RpcMethodsTest.FROM));
    http.call("eth_sendTransaction",
        java.util.Map.of("from", RpcMethodsTest.FROM, "to", contract, "input", RpcMethodsTest.WORD_7));

    final JsonNode log = next().get("params").get("result");
    assertThat(log.get("address").asText()).isEqualTo(contract);
    assertThat(log.get("data").asText()).isEqualTo(RpcMethodsTest.WORD_7);
    assertThat(log.get("blockNumber").asText()).isEqualTo("0x3");
  }

  @Test
  void refusesSubscriptionsOverPlainHttp() throws Exception {
    final JsonNode error = new RpcClient(server.url()).request("eth_subscribe", "newHeads").get("error");

    assertThat(error.get("code").asInt()).isEqualTo(-32601);
    assertThat(error.get("message").asText()).contains("WebSocket");
  }
}
