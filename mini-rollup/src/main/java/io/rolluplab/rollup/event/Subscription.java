package io.rolluplab.rollup.event;

import io.rolluplab.rollup.store.StoredEvent;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A live listener's view of the {@link EventLog}: events arrive in a bounded queue that the
 * listener drains on its own thread, so a slow listener (a browser on a bad connection) never holds
 * up the role that published. A listener that falls more than {@link #CAPACITY} events behind is
 * cut off; it catches up with {@link EventLog#since} from the last sequence it saw, as a browser
 * does when it reconnects.
 */
public final class Subscription implements AutoCloseable {
  static final int CAPACITY = 1_000;

  private final BlockingQueue<StoredEvent> queue = new ArrayBlockingQueue<>(CAPACITY);
  private final EventLog log;
  private volatile boolean open = true;

  Subscription(final EventLog log) {
    this.log = log;
  }

  /** Called by the publisher; never blocks. */
  void offer(final StoredEvent event) {
    if (open && !queue.offer(event)) {
      close();
    }
  }

  /** The next event, waiting at most {@code timeout}; empty if none came (or the subscription is closed and drained). */
  public Optional<StoredEvent> next(final Duration timeout) throws InterruptedException {
    return Optional.ofNullable(queue.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
  }

  /** False once closed, by the listener or because it fell too far behind. */
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() {
    open = false;
    log.unsubscribe(this);
  }
}
