package io.rolluplab.devnet.rpc;

/**
 * A connection that stays open and can be sent messages the client did not ask for: a WebSocket.
 * Subscriptions ({@code eth_subscribe}) need one; plain HTTP requests have none.
 */
public interface RpcSession {

  /** Sends one JSON text; must not block the caller for long (the miner may be waiting). */
  void send(String json);

  boolean isOpen();
}
