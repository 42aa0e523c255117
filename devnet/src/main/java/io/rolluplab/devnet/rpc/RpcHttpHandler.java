package io.rolluplab.devnet.rpc;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * JSON-RPC over HTTP: a POST whose body is the request, answered with the response as JSON.
 *
 * <p>Browser tools (Remix, a web wallet) run on another origin, so every answer allows any origin
 * (CORS) and a preflight OPTIONS is answered directly. That is safe here because the server listens
 * on 127.0.0.1 only and holds nothing but test keys. Bodies above {@link #MAX_BODY_BYTES} are
 * refused before they are read whole.
 */
final class RpcHttpHandler extends Handler.Abstract {
  /** Large enough for a contract deployment with a 24 KB runtime many times over. */
  static final int MAX_BODY_BYTES = 5 * 1024 * 1024;

  private final JsonRpcDispatcher dispatcher;

  RpcHttpHandler(final JsonRpcDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Override
  public boolean handle(final Request request, final Response response, final Callback callback) throws Exception {
    allowCrossOrigin(request, response);
    if (HttpMethod.OPTIONS.is(request.getMethod())) {
      response.setStatus(HttpStatus.NO_CONTENT_204);
      callback.succeeded();
      return true;
    }
    if (!HttpMethod.POST.is(request.getMethod())) {
      reply(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, errorJson(RpcException.INVALID_REQUEST,
          "send JSON-RPC requests as HTTP POST with a JSON body, e.g. curl -X POST -H 'Content-Type: application/json' "
              + "--data '{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_blockNumber\",\"params\":[]}'"));
      return true;
    }
    final Optional<byte[]> body = RequestBody.readLimited(request, MAX_BODY_BYTES);
    if (body.isEmpty()) {
      reply(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, errorJson(RpcException.INVALID_REQUEST,
          "request body is larger than the limit of " + MAX_BODY_BYTES / (1024 * 1024) + " MB (" + MAX_BODY_BYTES
              + " bytes); split a large batch into smaller ones"));
      return true;
    }
    final Optional<String> answer = dispatcher.handle(new String(body.get(), StandardCharsets.UTF_8), null);
    reply(response, callback, HttpStatus.OK_200, answer.orElse(""));
    return true;
  }

  private static void allowCrossOrigin(final Request request, final Response response) {
    final var headers = response.getHeaders();
    headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "POST, GET, OPTIONS");
    final String asked = request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS);
    headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, asked != null ? asked : "Content-Type");
    headers.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "86400");
    // Chrome asks before a public https page (remix.ethereum.org) may call a server on 127.0.0.1
    if ("true".equals(request.getHeaders().get("Access-Control-Request-Private-Network"))) {
      headers.put("Access-Control-Allow-Private-Network", "true");
    }
  }

  private static void reply(final Response response, final Callback callback, final int status, final String json) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    Content.Sink.write(response, true, json, callback);
  }

  /** An error response outside any request's id, for failures before the body is parsed. */
  private static String errorJson(final int code, final String message) {
    return "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":" + code + ",\"message\":\""
        + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}}";
  }
}
