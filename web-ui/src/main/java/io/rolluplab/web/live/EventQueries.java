package io.rolluplab.web.live;

import io.rolluplab.rollup.event.EventLog;
import io.rolluplab.web.Lab;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rollups' event logs as the feed shows them: one rollup's, or all of them merged by time. */
public final class EventQueries {
  private final Lab lab;

  public EventQueries(final Lab lab) {
    this.lab = lab;
  }

  /** At most {@code limit} events after sequence {@code seq} of each rollup asked for, oldest first. */
  public List<LiveMessage> since(final Optional<String> rollup, final long seq, final int limit) {
    final List<LiveMessage> events = new ArrayList<>();
    logs(rollup).forEach((id, log) -> log.since(seq, limit).forEach(event -> events.add(LiveMessage.of(id, event))));
    return oldestFirst(events, limit);
  }

  /** The latest {@code limit} events of the rollups asked for, oldest first. */
  public List<LiveMessage> latest(final Optional<String> rollup, final int limit) {
    final List<LiveMessage> events = new ArrayList<>();
    logs(rollup).forEach((id, log) -> log.since(Math.max(0, log.lastSeq() - limit), limit)
        .forEach(event -> events.add(LiveMessage.of(id, event))));
    final List<LiveMessage> sorted = oldestFirst(events, Integer.MAX_VALUE);
    return sorted.subList(Math.max(0, sorted.size() - limit), sorted.size());
  }

  private Map<String, EventLog> logs(final Optional<String> rollup) {
    final Map<String, EventLog> logs = new LinkedHashMap<>();
    lab.rollups().forEach((id, node) -> {
      if (rollup.isEmpty() || rollup.get().equals(id)) {
        logs.put(id, node.events());
      }
    });
    return logs;
  }

  private static List<LiveMessage> oldestFirst(final List<LiveMessage> events, final int limit) {
    return events.stream()
        .sorted(Comparator.comparing(LiveMessage::time).thenComparing(LiveMessage::rollup)
            .thenComparingLong(LiveMessage::seq))
        .limit(limit)
        .toList();
  }
}
