package io.rolluplab.devnet.rpc;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The methods the server answers, by name. Each method group adds its own. */
public final class RpcMethods {
  private final Map<String, RpcMethod> byName = new HashMap<>();

  public RpcMethods add(final String name, final RpcMethod method) {
    if (byName.putIfAbsent(name, method) != null) {
      throw new IllegalStateException("method " + name + " is registered twice; each group adds only its own");
    }
    return this;
  }

  public Optional<RpcMethod> get(final String name) {
    return Optional.ofNullable(byName.get(name));
  }
}
