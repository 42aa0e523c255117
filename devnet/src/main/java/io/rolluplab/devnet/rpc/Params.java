package io.rolluplab.devnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The positional params of one request, and the connection it came on. {@link #get} hands out
 * each value as a {@link Param} that knows its place, so errors can name it.
 */
public final class Params {
  private final String method;
  private final JsonNode array;
  private final RpcSession session;

  /** {@code array} is a JSON array; {@code session} is null for plain HTTP. */
  public Params(final String method, final JsonNode array, final RpcSession session) {
    this.method = method;
    this.array = array;
    this.session = session;
  }

  /** The {@code index}th value (absent past the end); {@code name} appears in error messages. */
  public Param get(final int index, final String name) {
    return new Param(array.get(index), method + " params[" + index + "] (" + name + ")");
  }

  /** Refuses a request with more than {@code max} parameters. */
  void requireAtMost(final int max) throws RpcException {
    if (array.size() > max) {
      throw new RpcException(RpcException.INVALID_PARAMS, "too many arguments: " + method + " takes at most " + max
          + (max == 1 ? " parameter" : " parameters") + ", got " + array.size());
    }
  }

  /** The WebSocket the request came on; empty over HTTP. */
  public Optional<RpcSession> session() {
    return Optional.ofNullable(session);
  }

  public String method() {
    return method;
  }
}
