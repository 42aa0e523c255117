package io.rolluplab.web.overview;

import io.rolluplab.web.Lab;
import io.rolluplab.web.http.Exchange;
import io.rolluplab.web.http.Reply;
import io.rolluplab.web.http.Router;
import io.rolluplab.web.http.Routes;
import io.rolluplab.web.live.EventQueries;
import io.rolluplab.web.live.LiveFeed;
import io.rolluplab.web.live.LiveMessage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The start page: both chains' heads, each rollup's batches by stage (with the challenge window's
 * countdown), open disputes and the live feed of the rollups' events and the new L1 blocks; and {@code GET /api/status}, the same facts as
 * JSON.
 */
public final class OverviewPage implements Routes {
  public static final String ROUTE = "/";
  public static final String STATUS_ROUTE = "/api/status";
  /** Events in the feed on the page. */
  static final int FEED_LENGTH = 30;
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final StatusQueries status;
  private final EventQueries events;
  private final LiveFeed feed;

  /** @param feed where the new L1 blocks the feed shows come from */
  public OverviewPage(final Lab lab, final LiveFeed feed) {
    this.status = new StatusQueries(lab);
    this.events = new EventQueries(lab);
    this.feed = feed;
  }

  @Override
  public void register(final Router router) {
    router.page(ROUTE, this::page);
    router.get(STATUS_ROUTE, "Both chains' heads and, per rollup, its L2 head, batches by stage, the latest batches"
        + " (with the challenge window's seconds left), open disputes, each role's state and the paused roles.",
        exchange -> Reply.json(status.status()));
  }

  /**
   * A line of the feed as the page writes it.
   *
   * @param who "L1" for new L1 blocks, else the rollup and the role ("optimistic · batcher")
   */
  public record FeedLine(String clock, String who, String type, String sentence) {}

  private Reply page(final Exchange exchange) {
    final LabStatus now = status.status();
    final List<LiveMessage> latest = new ArrayList<>(events.latest(Optional.empty(), FEED_LENGTH));
    latest.addAll(feed.recentL1());
    latest.sort(Comparator.comparing(LiveMessage::time).reversed()); // newest first
    final List<FeedLine> lines = latest.stream().limit(FEED_LENGTH)
        .map(m -> new FeedLine(CLOCK.format(m.time()), m.rollup().equals(LiveMessage.L1) ? "L1"
            : m.rollup() + " · " + m.role(), m.type(), m.sentence()))
        .toList();
    return Reply.page("overview", Map.of(
        "status", now,
        "l1Time", DATE_TIME.format(Instant.ofEpochSecond(now.l1Now())),
        "feed", lines));
  }
}
