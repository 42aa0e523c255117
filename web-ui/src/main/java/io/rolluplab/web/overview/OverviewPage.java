package io.rolluplab.web.overview;

import io.rolluplab.web.Lab;
import io.rolluplab.web.http.Exchange;
import io.rolluplab.web.http.Reply;
import io.rolluplab.web.http.Router;
import io.rolluplab.web.http.Routes;
import io.rolluplab.web.live.EventQueries;
import io.rolluplab.web.live.LiveMessage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The start page: both chains' heads, each rollup's batches by stage (with the challenge window's
 * countdown), open disputes and the live event feed; and {@code GET /api/status}, the same facts as
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

  public OverviewPage(final Lab lab) {
    this.status = new StatusQueries(lab);
    this.events = new EventQueries(lab);
  }

  @Override
  public void register(final Router router) {
    router.page(ROUTE, this::page);
    router.get(STATUS_ROUTE, "Both chains' heads and, per rollup, its L2 head, batches by stage, the latest batches"
        + " (with the challenge window's seconds left), open disputes, each role's state and the paused roles.",
        exchange -> Reply.json(status.status()));
  }

  /** An event of the feed as the page writes it. */
  public record FeedLine(String clock, String rollup, String role, String type, String sentence) {}

  private Reply page(final Exchange exchange) {
    final LabStatus now = status.status();
    final List<FeedLine> feed = new ArrayList<>();
    for (final LiveMessage event : events.latest(Optional.empty(), FEED_LENGTH)) {
      feed.add(new FeedLine(CLOCK.format(event.time()), event.rollup(), event.role(), event.type(), event.sentence()));
    }
    Collections.reverse(feed); // newest first
    return Reply.page("overview", Map.of(
        "status", now,
        "l1Time", DATE_TIME.format(Instant.ofEpochSecond(now.l1Now())),
        "feed", feed));
  }
}
