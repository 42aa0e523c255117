package io.rolluplab.web.live;

import io.rolluplab.devnet.chain.Block;
import io.rolluplab.rollup.event.EventLog;
import io.rolluplab.rollup.event.Subscription;
import io.rolluplab.rollup.store.StoredEvent;
import io.rolluplab.web.Lab;
import io.rolluplab.web.l1.KnownAddresses;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Everything that happens in the lab as one stream, for the browsers' event streams: each rollup's
 * events (read from its {@link EventLog} by a thread of its own) and the new L1 blocks (told by the
 * devnet, described by a thread of their own, and coalesced: blocks mined within
 * {@link #L1_COALESCE} of the last L1 message make one message, so a bench-like load mining
 * hundreds of blocks a second sends one a second). Each listener gets a bounded queue; one that
 * falls {@link #CAPACITY} messages behind is dropped, and its browser reconnects and re-renders, so
 * a slow laptop never holds up a rollup.
 */
public final class LiveFeed implements AutoCloseable {
  static final int CAPACITY = 1_000;
  static final Duration L1_COALESCE = Duration.ofSeconds(1);
  /** The L1 messages kept for {@link #recentL1}: a page's feed shows no more. */
  static final int RECENT_L1 = 30;
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
  /** Blocks the devnet mined that no message described yet; the devnet's thread only adds to it. */
  private final BlockingQueue<Block> mined = new LinkedBlockingQueue<>();
  private final Deque<LiveMessage> recentL1 = new ArrayDeque<>();
  private volatile boolean running = true;

  /** Starts following {@code lab}: a thread for its devnet's blocks, and a reader thread per rollup. */
  public LiveFeed(final Lab lab) {
    lab.devnet().onNewBlock(block -> {
      if (running) {
        mined.add(block);
      }
    });
    final KnownAddresses names = KnownAddresses.of(lab.rollups());
    start("live-feed-l1", () -> followL1(names));
    lab.rollups().forEach((id, rollup) -> start("live-feed-" + id, () -> follow(id, rollup.events())));
  }

  private void start(final String name, final Runnable loop) {
    final Thread reader = new Thread(loop, name);
    reader.setDaemon(true);
    reader.start();
    readers.add(reader);
  }

  /** Describes the mined blocks: at once after a quiet second, else all of them a second after the last message. */
  private void followL1(final KnownAddresses names) {
    long quietAt = System.nanoTime();
    try {
      while (running) {
        final Block first = mined.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        TimeUnit.NANOSECONDS.sleep(quietAt - System.nanoTime());
        final List<Block> blocks = new ArrayList<>(List.of(first));
        mined.drainTo(blocks);
        final LiveMessage message = LiveMessage.of(blocks, names, Instant.now());
        synchronized (recentL1) {
          recentL1.addLast(message);
          if (recentL1.size() > RECENT_L1) {
            recentL1.removeFirst();
          }
        }
        broadcast(message);
        quietAt = System.nanoTime() + L1_COALESCE.toNanos();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The latest L1 messages, oldest first, for a page's feed. Only this feed keeps them (the
   * devnet keeps the blocks, the rollups' stores their events), so they start with the web server.
   */
  public List<LiveMessage> recentL1() {
    synchronized (recentL1) {
      return List.copyOf(recentL1);
    }
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
