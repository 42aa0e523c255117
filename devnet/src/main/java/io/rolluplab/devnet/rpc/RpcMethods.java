package io.rolluplab.devnet.rpc;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The methods the server answers, by name. Each method group adds its own. */
public final class RpcMethods {
  private final Map<String, RpcMethod> byName = new HashMap<>();

  /**
   * Registers a method that takes at most {@code maxParams} positional parameters; a request with
   * more is refused before the method runs (-32602), as geth and Hardhat do, so a misplaced argument
   * is reported instead of silently ignored.
   */
  public RpcMethods add(final String name, final int maxParams, final RpcMethod method) {
    final RpcMethod checked = params -> {
      params.requireAtMost(maxParams);
      return method.call(params);
    };
    if (byName.putIfAbsent(name, checked) != null) {
      throw new IllegalStateException("method " + name + " is registered twice; each group adds only its own");
    }
    return this;
  }

  public Optional<RpcMethod> get(final String name) {
    return Optional.ofNullable(byName.get(name));
  }
}
