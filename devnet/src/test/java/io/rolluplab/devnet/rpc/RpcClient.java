package io.rolluplab.devnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** A bare JSON-RPC client over the JDK's HTTP client, so the tests see exactly what goes on the wire. */
final class RpcClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI uri;
  private int nextId = 1;

  RpcClient(final String url) {
    this.uri = URI.create(url);
  }

  HttpResponse<String> post(final String body) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The whole response object of one request. */
  JsonNode request(final String method, final Object... params) throws Exception {
    final String body = JSON.writeValueAsString(
        java.util.Map.of("jsonrpc", "2.0", "id", nextId++, "method", method, "params", List.of(params)));
    return JSON.readTree(post(body).body());
  }

  /** The result of a request that must succeed. */
  JsonNode call(final String method, final Object... params) throws Exception {
    final JsonNode response = request(method, params);
    if (response.has("error")) {
      throw new AssertionError(method + " failed: " + response.get("error"));
    }
    return response.get("result");
  }

  static JsonNode parse(final String json) throws Exception {
    return JSON.readTree(json);
  }
}
