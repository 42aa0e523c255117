package io.rolluplab.devnet.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * JSON-RPC 2.0 itself, apart from any transport: turns a request text (one request or a batch)
 * into the response text, the same for HTTP and WebSocket.
 *
 * <p>Every failure becomes a JSON-RPC error object, never an exception for the transport: bad JSON
 * (-32700), a request of the wrong shape (-32600), an unknown method (-32601), and whatever the
 * method throws as {@link RpcException}. A bug in a method (any other exception) becomes -32603
 * with a message and is logged with its stack trace here, not sent to the client.
 */
public final class JsonRpcDispatcher {
  private static final System.Logger LOG = System.getLogger(JsonRpcDispatcher.class.getName());
  /** More requests than this in one batch are refused: a batch holds the devnet's lock in turn. */
  public static final int MAX_BATCH = 1000;

  /** Strict: text after the request's JSON value is a parse error, not silently ignored. */
  private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final RpcMethods methods;

  public JsonRpcDispatcher(final RpcMethods methods) {
    this.methods = methods;
  }

  /**
   * Answers one HTTP body or WebSocket message.
   *
   * @param session the WebSocket it came on, or null for HTTP
   * @return the response text, or empty when nothing is to be sent (only notifications)
   */
  public Optional<String> handle(final String text, final RpcSession session) {
    final JsonNode request;
    try {
      request = json.readTree(text);
    } catch (JsonProcessingException e) {
      return Optional.of(write(error(NullNode.getInstance(), new RpcException(RpcException.PARSE_ERROR,
          "parse error: the request is not valid JSON (" + e.getOriginalMessage() + ")"))));
    }
    if (request == null) {
      return Optional.of(write(error(NullNode.getInstance(), new RpcException(RpcException.PARSE_ERROR,
          "parse error: the request is empty; send a JSON-RPC 2.0 request object or a batch (array) of them"))));
    }
    if (!request.isArray()) {
      return handleOne(request, session).map(this::write);
    }
    if (request.isEmpty() || request.size() > MAX_BATCH) {
      return Optional.of(write(error(NullNode.getInstance(), new RpcException(RpcException.INVALID_REQUEST,
          "invalid request: a batch holds 1 to " + MAX_BATCH + " requests, got " + request.size()))));
    }
    final ArrayNode responses = JsonNodeFactory.instance.arrayNode();
    for (final JsonNode one : request) {
      handleOne(one, session).ifPresent(responses::add);
    }
    return responses.isEmpty() ? Optional.empty() : Optional.of(write(responses));
  }

  /** One request object: its response, or empty if it is a notification (no id). */
  private Optional<JsonNode> handleOne(final JsonNode request, final RpcSession session) {
    final JsonNode id = request.isObject() ? request.get("id") : null;
    try {
      final String method = checkShape(request, id);
      final JsonNode result = invoke(method, request.get("params"), session);
      return id == null ? Optional.empty() : Optional.of(success(id, result));
    } catch (RpcException e) {
      final boolean notification = id == null && request.isObject() && request.has("method");
      return notification ? Optional.empty() : Optional.of(error(validId(id), e));
    }
  }

  /** Checks the JSON-RPC 2.0 request shape; returns the method name. */
  private static String checkShape(final JsonNode request, final JsonNode id) throws RpcException {
    if (!request.isObject()) {
      throw invalidRequest("each request is a JSON object, got " + request.getNodeType().name().toLowerCase());
    }
    if (!request.path("jsonrpc").isTextual() || !request.get("jsonrpc").textValue().equals("2.0")) {
      throw invalidRequest("\"jsonrpc\" must be \"2.0\"");
    }
    if (id != null && !(id.isTextual() || id.isNumber() || id.isNull())) {
      throw invalidRequest("\"id\" must be a string, a number or null");
    }
    if (!request.path("method").isTextual()) {
      throw invalidRequest("\"method\" must be a string naming the method, such as \"eth_blockNumber\"");
    }
    final JsonNode params = request.get("params");
    if (params != null && !params.isArray() && !params.isNull()) {
      throw invalidRequest("\"params\" must be an array of positional parameters (named params are not supported)");
    }
    return request.get("method").asText();
  }

  private JsonNode invoke(final String name, final JsonNode params, final RpcSession session) throws RpcException {
    final RpcMethod method = methods.get(name).orElseThrow(() -> new RpcException(RpcException.METHOD_NOT_FOUND,
        "the method " + HexCodec.abbreviate(name) + " does not exist/is not available on this Rollup Lab node; "
            + "see the README's list of supported methods"));
    final JsonNode positional = params == null || params.isNull() ? JsonNodeFactory.instance.arrayNode() : params;
    try {
      final Object result = method.call(new Params(name, positional, session));
      return result == null ? NullNode.getInstance() : json.valueToTree(result);
    } catch (RpcException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "bug in JSON-RPC method " + name, e);
      throw new RpcException(RpcException.INTERNAL_ERROR, "internal error in " + name + ": " + e
          + "; the chain's state is unchanged. This is a bug in Rollup Lab: please report it with the request");
    }
  }

  private static RpcException invalidRequest(final String problem) {
    return new RpcException(RpcException.INVALID_REQUEST, "invalid request: " + problem);
  }

  private static JsonNode validId(final JsonNode id) {
    return id == null || !(id.isTextual() || id.isNumber()) ? NullNode.getInstance() : id;
  }

  private static ObjectNode success(final JsonNode id, final JsonNode result) {
    final ObjectNode response = envelope(id);
    response.set("result", result);
    return response;
  }

  private static ObjectNode error(final JsonNode id, final RpcException e) {
    final ObjectNode error = JsonNodeFactory.instance.objectNode();
    error.put("code", e.code());
    error.put("message", e.getMessage());
    if (e.data() != null) {
      error.put("data", e.data());
    }
    final ObjectNode response = envelope(id);
    response.set("error", error);
    return response;
  }

  private static ObjectNode envelope(final JsonNode id) {
    final ObjectNode response = JsonNodeFactory.instance.objectNode();
    response.put("jsonrpc", "2.0");
    response.set("id", id);
    return response;
  }

  private String write(final JsonNode response) {
    try {
      return json.writeValueAsString(response);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }
}
