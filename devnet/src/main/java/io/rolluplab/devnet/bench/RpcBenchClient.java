package io.rolluplab.devnet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The smallest JSON-RPC client that will do for a benchmark: one HTTP connection of its own
 * (java.net.http, HTTP/1.1 keep-alive), one request at a time, like one wallet or script.
 */
final class RpcBenchClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI uri;
  private long nextId = 1;

  RpcBenchClient(final String url) {
    this.uri = URI.create(url);
  }

  /**
   * Sends one request and returns its result.
   *
   * @throws IOException if the node answered with an error object, or not at all
   */
  JsonNode call(final String method, final Object... params) throws IOException, InterruptedException {
    final Map<String, Object> request = new LinkedHashMap<>();
    request.put("jsonrpc", "2.0");
    request.put("id", nextId++);
    request.put("method", method);
    request.put("params", List.of(params));
    final HttpResponse<byte[]> response = http.send(
        HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(request))).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    final JsonNode answer = JSON.readTree(response.body());
    if (answer.has("error")) {
      throw new IOException(method + " failed: " + answer.get("error"));
    }
    return answer.get("result");
  }

  /** Polls {@code eth_getTransactionReceipt} until the receipt is there. */
  JsonNode awaitReceipt(final String txHash) throws IOException, InterruptedException {
    final long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      final JsonNode receipt = call("eth_getTransactionReceipt", txHash);
      if (receipt != null && !receipt.isNull()) {
        return receipt;
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("no receipt for " + txHash + " after " + TIMEOUT.toSeconds() + " s");
      }
      Thread.sleep(1);
    }
  }
}
