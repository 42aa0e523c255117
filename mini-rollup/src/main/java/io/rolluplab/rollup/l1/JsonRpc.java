package io.rolluplab.rollup.l1;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * JSON-RPC 2.0 over HTTP POST, with {@code java.net.http} and Jackson: one request, one answer.
 *
 * <p>A transport failure (connection refused or reset, a timeout, an HTTP error status) is retried
 * a few times with a doubling pause. Every request {@link JsonRpcL1} makes is safe to repeat:
 * reads change nothing, and a repeated {@code eth_sendRawTransaction} carries the same signed
 * bytes, so the same hash, and no node takes one transaction twice.
 */
final class JsonRpc {
  static final int ATTEMPTS = 3;
  private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  /** JSON-RPC 2.0's code for a method the node does not have. */
  static final int METHOD_NOT_FOUND = -32601;
  /** geth's code for a reverted call; its {@code data} is the revert data. */
  private static final int EXECUTION_REVERTED = 3;

  private final URI url;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(REQUEST_TIMEOUT).build();
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicLong ids = new AtomicLong();

  JsonRpc(final URI url) {
    this.url = url;
  }

  URI url() {
    return url;
  }

  /**
   * Calls {@code method} and returns its {@code result} (JSON null for "not found").
   *
   * @throws ErrorResponse if the node answered with an error
   * @throws L1Exception if the node could not be reached in {@value #ATTEMPTS} tries
   */
  JsonNode call(final String method, final Object... params) throws L1Exception {
    final Map<String, Object> request = new LinkedHashMap<>();
    request.put("jsonrpc", "2.0");
    request.put("id", ids.incrementAndGet());
    request.put("method", method);
    request.put("params", Arrays.asList(params));
    final byte[] body;
    try {
      body = json.writeValueAsBytes(request);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write the params of " + method + " as JSON", e);
    }
    IOException lastFailure = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (attempt > 0) {
        pause(FIRST_PAUSE.multipliedBy(1L << (attempt - 1)), method);
      }
      try {
        return result(method, json.readTree(post(body)));
      } catch (IOException e) {
        lastFailure = e;
      }
    }
    throw new L1Exception("cannot reach the L1 node at " + url + " (" + method + ", " + ATTEMPTS + " tries): "
        + lastFailure + "; is it running, and is --l1-rpc right?", lastFailure);
  }

  private byte[] post(final byte[] body) throws IOException {
    final HttpRequest request = HttpRequest.newBuilder(url)
        .timeout(REQUEST_TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    final HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the L1 node", e);
    }
    if (response.statusCode() != 200) {
      throw new IOException("HTTP status " + response.statusCode());
    }
    return response.body();
  }

  private static JsonNode result(final String method, final JsonNode answer) throws ErrorResponse {
    final JsonNode error = answer.get("error");
    if (error != null && !error.isNull()) {
      final JsonNode data = error.get("data");
      throw new ErrorResponse(method, error.path("code").asInt(), error.path("message").asText(),
          data != null && data.isTextual() ? data.asText() : null);
    }
    return answer.path("result");
  }

  private static void pause(final Duration pause, final String method) throws L1Exception {
    try {
      Thread.sleep(pause.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new L1Exception("interrupted while retrying " + method, e);
    }
  }

  /** The node understood the request and answered with a JSON-RPC error. */
  static final class ErrorResponse extends L1Exception {
    private final int code;
    private final String data;

    ErrorResponse(final String method, final int code, final String message, final String data) {
      super("the L1 node answered " + method + " with error " + code + ": " + message);
      this.code = code;
      this.data = data;
    }

    int code() {
      return code;
    }

    /** True for a reverted call; nodes differ in the code but agree on the words. */
    boolean isRevert() {
      return code == EXECUTION_REVERTED || getMessage().contains(": execution reverted");
    }

    /** The revert data as hex, or null when the node sent none. */
    String data() {
      return data;
    }
  }
}
