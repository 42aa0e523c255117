package io.rolluplab.devnet.rpc.ws;

import io.rolluplab.devnet.rpc.JsonRpcDispatcher;
import io.rolluplab.devnet.rpc.RpcSession;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One WebSocket connection: each text message is a JSON-RPC request (or batch) answered on the same
 * socket, and the connection receives the notifications of its subscriptions.
 */
public final class RpcWebSocket implements Session.Listener.AutoDemanding, RpcSession {
  private final JsonRpcDispatcher dispatcher;
  private final Subscriptions subscriptions;
  private volatile Session session;

  public RpcWebSocket(final JsonRpcDispatcher dispatcher, final Subscriptions subscriptions) {
    this.dispatcher = dispatcher;
    this.subscriptions = subscriptions;
  }

  @Override
  public void onWebSocketOpen(final Session opened) {
    this.session = opened;
  }

  @Override
  public void onWebSocketText(final String message) {
    dispatcher.handle(message, this).ifPresent(this::send);
  }

  @Override
  public void onWebSocketClose(final int statusCode, final String reason, final Callback callback) {
    subscriptions.closed(this);
    callback.succeed();
  }

  /** Answers and notifications come from different threads; one at a time keeps frames whole and in order. */
  @Override
  public synchronized void send(final String json) {
    final Session current = session;
    if (current != null && current.isOpen()) {
      current.sendText(json, Callback.NOOP);
    }
  }

  @Override
  public boolean isOpen() {
    final Session current = session;
    return current != null && current.isOpen();
  }
}
