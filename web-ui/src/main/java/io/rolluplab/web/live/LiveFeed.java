package io.rolluplab.web.live;

import io.rolluplab.rollup.event.EventLog;
import io.rolluplab.rollup.event.Subscription;
import io.rolluplab.rollup.store.StoredEvent;
import io.rolluplab.web.Lab;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Everything that happens in the lab as one stream, for the browsers' event streams: each rollup's
 * events (read from its {@link EventLog} by a thread of its own) and each new L1 block (told by the
 * devnet). Each listener gets a bounded queue; one that falls {@link #CAPACITY} messages behind is
 * dropped, and its browser reconnects and re-renders, so a slow laptop never holds up a rollup.
 */
public final class LiveFeed implements AutoCloseable {
  static final int CAPACITY = 1_000;
  private static final Duration POLL = Duration.ofMillis(200);

  /** One browser's view of the feed. */
  public final class Listener implements AutoCloseable {
    private final BlockingQueue<LiveMessage> queue = new ArrayBlockingQueue<>(CAPACITY);
    private volatile boolean open = true;

    private void offer(final LiveMessage message) {
      if (open && !queue.offer(message)) {
        close();
      }
    }

    /** The next message, waiting at most {@code timeout}; empty if none came. */
    public Optional<LiveMessage> next(final Duration timeout) throws InterruptedException {
      return Optional.ofNullable(queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** False once closed, or dropped for falling behind, or when the feed stops. */
    public boolean isOpen() {
      return open && running;
    }

    @Override
    public void close() {
      open = false;
      listeners.remove(this);
    }
  }

  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final List<Thread> readers = new CopyOnWriteArrayList<>();
  private volatile boolean running = true;

  /** Starts following {@code lab}: its devnet's blocks, and a reader thread per rollup. */
  public LiveFeed(final Lab lab) {
    lab.devnet().onNewBlock(block -> {
      if (running) {
        broadcast(LiveMessage.of(block));
      }
    });
    lab.rollups().forEach((id, rollup) -> {
      final Thread reader = new Thread(() -> follow(id, rollup.events()), "live-feed-" + id);
      reader.setDaemon(true);
      reader.start();
      readers.add(reader);
    });
  }

  /** Reads {@code log} as it grows; if the subscription falls behind and is cut off, catches up from the store. */
  private void follow(final String id, final EventLog log) {
    long lastSeen = log.lastSeq();
    while (running) {
      try (Subscription subscription = log.subscribe()) {
        for (final StoredEvent missed : log.since(lastSeen)) {
          broadcast(LiveMessage.of(id, missed));
          lastSeen = missed.seq();
        }
        while (running && subscription.isOpen()) {
          final Optional<StoredEvent> event = subscription.next(POLL);
          if (event.isPresent() && event.get().seq() > lastSeen) {
            broadcast(LiveMessage.of(id, event.get()));
            lastSeen = event.get().seq();
          }
        }
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private void broadcast(final LiveMessage message) {
    listeners.forEach(listener -> listener.offer(message));
  }

  /** A new listener, receiving what happens from now on. */
  public Listener listen() {
    final Listener listener = new Listener();
    listeners.add(listener);
    return listener;
  }

  @Override
  public void close() {
    running = false;
    readers.forEach(Thread::interrupt);
    listeners.forEach(Listener::close);
  }
}
