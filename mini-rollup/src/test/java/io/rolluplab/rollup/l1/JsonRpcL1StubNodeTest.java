package io.rolluplab.rollup.l1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonRpcL1} against a scripted stand-in for a node, for what the devnet never does: drop
 * a connection, or lack the dev methods as a real network's node does.
 */
class JsonRpcL1StubNodeTest {
  private static final String CHAIN_ID_ONE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x1\"}";

  private final AtomicInteger requests = new AtomicInteger();
  private HttpServer node;

  @AfterEach
  void stop() {
    node.stop(0);
  }

  /** Answers each request body with {@code answer}'s reply, except that the first {@code failures} get none. */
  private URI startNode(final int failures, final UnaryOperator<String> answer) throws IOException {
    node = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    node.createContext("/", exchange -> {
      if (requests.incrementAndGet() <= failures) {
        exchange.close(); // the connection drops without a response
        return;
      }
      reply(exchange, answer.apply(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
    });
    node.start();
    return URI.create("http://127.0.0.1:" + node.getAddress().getPort());
  }

  private static void reply(final HttpExchange exchange, final String body) throws IOException {
    final byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Test
  void retriesARequestWhoseConnectionDropped() throws Exception {
    final URI url = startNode(JsonRpc.ATTEMPTS - 1, request -> CHAIN_ID_ONE);

    assertThat(JsonRpcL1.connect(url).chainId()).isEqualTo(1);
    assertThat(requests).hasValue(JsonRpc.ATTEMPTS);
  }

  @Test
  void saysWhichNodeItCannotReachAfterItsRetries() throws Exception {
    final URI url = startNode(Integer.MAX_VALUE, request -> "");

    final L1Exception failure = catchThrowableOfType(L1Exception.class, () -> JsonRpcL1.connect(url));

    assertThat(failure).hasMessageContaining("cannot reach the L1 node at " + url).hasMessageContaining("--l1-rpc");
    assertThat(requests).hasValue(JsonRpc.ATTEMPTS);
  }

  @Test
  void saysClearlyThatANodeWithoutDevOrRawMethodsCannotMoveTheClockOrProveATransaction() throws Exception {
    final URI url = startNode(0, request -> request.contains("eth_chainId")
        ? CHAIN_ID_ONE
        : "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32601,\"message\":\"method not found\"}}");
    final JsonRpcL1 l1 = JsonRpcL1.connect(url);

    final L1UnsupportedException unsupported = catchThrowableOfType(L1UnsupportedException.class, () -> l1.increaseTime(60));

    assertThat(unsupported).hasMessageContaining("has no evm_increaseTime: it is not a dev node");
    assertThat(catchThrowableOfType(L1UnsupportedException.class, () -> l1.rawHeader(1)))
        .hasMessageContaining("has no debug_getRawHeader, which proving a batch's L1 transaction to a contract needs");
    assertThat(catchThrowableOfType(L1UnsupportedException.class, () -> l1.rawTransactions(1)))
        .hasMessageContaining("has no debug_getRawBlock");
  }
}
