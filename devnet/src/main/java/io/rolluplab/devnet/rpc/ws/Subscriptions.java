package io.rolluplab.devnet.rpc.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.chain.Block;
import io.rolluplab.devnet.rpc.LogFilter;
import io.rolluplab.devnet.rpc.RpcSession;
import io.rolluplab.devnet.rpc.view.RpcBlock;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The live {@code eth_subscribe} subscriptions, and their delivery: for each new block, a
 * {@code newHeads} subscription gets its header and a {@code logs} subscription each matching log,
 * as {@code eth_subscription} notifications.
 *
 * <p>The devnet calls {@link #onNewBlock} on its mining thread while holding its lock, so the block
 * is only handed to one delivery thread here: a slow client never holds up the miner, and each
 * client still sees blocks in order.
 */
public final class Subscriptions implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Subscription> byId = new ConcurrentHashMap<>();
  private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
    final Thread thread = new Thread(r, "rpc-subscriptions");
    thread.setDaemon(true);
    return thread;
  });

  /** One subscription: where to send, and for {@code logs} which ones ({@code filter} null for heads). */
  private record Subscription(RpcSession session, LogFilter filter) {}

  /** The notification's params: which subscription, and the new item. */
  private record Notification(String subscription, Object result) {}

  /** Subscribes {@code session} to block headers; returns the subscription id. */
  public String newHeads(final RpcSession session) {
    return add(new Subscription(session, null));
  }

  /** Subscribes {@code session} to the logs that match {@code filter}; returns the subscription id. */
  public String logs(final RpcSession session, final LogFilter filter) {
    return add(new Subscription(session, filter));
  }

  /** Ends a subscription of {@code session}; false if it has none with this id. */
  public boolean unsubscribe(final RpcSession session, final String id) {
    final Subscription subscription = byId.get(id);
    return subscription != null && subscription.session() == session && byId.remove(id, subscription);
  }

  /** Ends every subscription of a closed connection. */
  public void closed(final RpcSession session) {
    byId.values().removeIf(s -> s.session() == session);
  }

  /** Queues {@code block} for delivery and returns at once. */
  public void onNewBlock(final Block block) {
    if (!byId.isEmpty() && !delivery.isShutdown()) {
      delivery.execute(() -> deliver(block));
    }
  }

  private void deliver(final Block block) {
    final RpcBlock header = RpcBlock.headerOf(block);
    byId.forEach((id, subscription) -> {
      if (!subscription.session().isOpen()) {
        byId.remove(id);
      } else if (subscription.filter() == null) {
        notify(subscription.session(), id, header);
      } else {
        subscription.filter().matchingLogs(block).forEach(log -> notify(subscription.session(), id, log));
      }
    });
  }

  private static void notify(final RpcSession session, final String id, final Object result) {
    try {
      session.send(JSON.writeValueAsString(Map.of(
          "jsonrpc", "2.0", "method", "eth_subscription", "params", new Notification(id, result))));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a notification always serializes", e);
    }
  }

  /** Ids are 16 random bytes in hex, as geth's: unguessable, so one client cannot cancel another's. */
  private String add(final Subscription subscription) {
    final byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    final String id = "0x" + HexFormat.of().formatHex(bytes);
    byId.put(id, subscription);
    return id;
  }

  @Override
  public void close() {
    byId.clear();
    delivery.shutdownNow();
  }
}
