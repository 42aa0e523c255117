package io.rolluplab.devnet.rpc;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The methods the server answers, by name. Each method group adds its own. */
public final class RpcMethods {
  private final SortedMap<String, RpcMethod> byName = new TreeMap<>();

  public RpcMethods add(final String name, final RpcMethod method) {
    if (byName.putIfAbsent(name, method) != null) {
      throw new IllegalStateException("method " + name + " is registered twice; each group adds only its own");
    }
    return this;
  }

  public Optional<RpcMethod> get(final String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** All names, sorted, for error messages and the docs. */
  public SortedMap<String, RpcMethod> all() {
    return Collections.unmodifiableSortedMap(byName);
  }
}
