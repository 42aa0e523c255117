package io.rolluplab.web.live;

import io.rolluplab.web.Lab;
import io.rolluplab.web.http.Exchange;
import io.rolluplab.web.http.Json;
import io.rolluplab.web.http.Reply;
import io.rolluplab.web.http.Router;
import io.rolluplab.web.http.Routes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The event log over HTTP: {@code GET /api/events} pages through it, {@code GET /api/events/stream}
 * pushes each event and the new L1 blocks as they happen (Server-Sent Events, one JSON message each),
 * which {@code static/live.js} listens to.
 */
public final class EventsApi implements Routes {
  public static final String ROUTE = "/api/events";
  public static final String STREAM_ROUTE = "/api/events/stream";
  private static final int MAX_LIMIT = 1_000;
  /** A comment line this often keeps proxies and the browser from closing an idle stream. */
  private static final int KEEP_ALIVE_SECONDS = 15;

  private final LiveFeed feed;
  private final EventQueries queries;

  public EventsApi(final Lab lab, final LiveFeed feed) {
    this.feed = feed;
    this.queries = new EventQueries(lab);
  }

  @Override
  public void register(final Router router) {
    router.get(ROUTE, "The rollups' events, oldest first: ?rollup=optimistic|zk, ?since=SEQ (after that sequence),"
        + " ?limit=N (default 50, at most 1000); without since, the latest ones.", this::events);
    router.get(STREAM_ROUTE, "Server-Sent Events: every rollup event and the new L1 blocks as they happen (blocks"
        + " mined within a second of each other as one), one JSON message {rollup, seq, type, role, sentence, time,"
        + " l1Block, l2Block} each.", exchange -> stream());
  }

  private Reply events(final Exchange exchange) {
    final int limit = (int) exchange.queryNumber("limit", 50, 1, MAX_LIMIT);
    final Optional<String> rollup = exchange.query("rollup");
    rollup.ifPresent(exchange::rollupById);
    final Optional<Long> since = exchange.query("since").isPresent()
        ? Optional.of(exchange.queryNumber("since", 0, 0, Long.MAX_VALUE))
        : Optional.empty();
    final List<LiveMessage> events = since.isPresent()
        ? queries.since(rollup, since.get(), limit)
        : queries.latest(rollup, limit);
    return Reply.json(Map.of("events", events));
  }

  private Reply stream() {
    return new Reply.Stream("text/event-stream; charset=utf-8", out -> {
      try (LiveFeed.Listener listener = feed.listen()) {
        // a browser that lost the stream reconnects after a second, and the page re-renders then
        send(out, "retry: 1000\n: Rollup Lab's live feed\n\n");
        int idle = 0;
        while (listener.isOpen()) {
          final Optional<LiveMessage> message = listener.next(Duration.ofSeconds(1));
          if (message.isPresent()) {
            send(out, "data: " + Json.write(message.get()) + "\n\n");
            idle = 0;
          } else if (++idle >= KEEP_ALIVE_SECONDS) {
            send(out, ": keep-alive\n\n");
            idle = 0;
          }
        }
      }
    });
  }

  private static void send(final OutputStream out, final String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
