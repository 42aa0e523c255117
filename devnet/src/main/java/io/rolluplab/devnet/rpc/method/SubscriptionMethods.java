package io.rolluplab.devnet.rpc.method;

import io.rolluplab.devnet.rpc.LogFilter;
import io.rolluplab.devnet.rpc.Params;
import io.rolluplab.devnet.rpc.RpcException;
import io.rolluplab.devnet.rpc.RpcMethods;
import io.rolluplab.devnet.rpc.RpcSession;
import io.rolluplab.devnet.rpc.ws.Subscriptions;

/**
 * {@code eth_subscribe} / {@code eth_unsubscribe}, over WebSocket only: the server pushes new block
 * headers ({@code newHeads}) or matching logs ({@code logs}, with an address/topics filter).
 */
public final class SubscriptionMethods {
  public static final String SUBSCRIBE = "eth_subscribe";
  public static final String UNSUBSCRIBE = "eth_unsubscribe";

  private final Subscriptions subscriptions;

  public SubscriptionMethods(final Subscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  public void addTo(final RpcMethods methods) {
    methods.add(SUBSCRIBE, 2, this::subscribe)
        .add(UNSUBSCRIBE, 1, p -> subscriptions.unsubscribe(session(p), p.get(0, "subscription id").asText("an id")));
  }

  private Object subscribe(final Params p) throws RpcException {
    final RpcSession session = session(p);
    final String kind = p.get(0, "subscription").asText("\"newHeads\" or \"logs\"");
    return switch (kind) {
      case "newHeads" -> subscriptions.newHeads(session);
      case "logs" -> subscriptions.logs(session, LogFilter.parse(p.get(1, "filter")));
      default -> throw RpcException.invalidParams("invalid params: " + SUBSCRIBE + " offers \"newHeads\" and "
          + "\"logs\", got \"" + kind + "\"");
    };
  }

  private static RpcSession session(final Params p) throws RpcException {
    return p.session().orElseThrow(() -> new RpcException(RpcException.METHOD_NOT_FOUND,
        "notifications not supported: " + p.method() + " needs a WebSocket connection (ws://127.0.0.1:8545), "
            + "not plain HTTP"));
  }
}
