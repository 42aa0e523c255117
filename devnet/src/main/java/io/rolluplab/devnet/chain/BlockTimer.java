package io.rolluplab.devnet.chain;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the interval miner's task every block time. An interface so tests can fire the timer by
 * hand instead of sleeping.
 */
@FunctionalInterface
public interface BlockTimer {

  /** Starts calling {@code task} every {@code period}; closing the result stops it. */
  AutoCloseable every(Duration period, Runnable task);

  /** A timer on one daemon thread, which does not keep the JVM alive on its own. */
  static BlockTimer daemonThread() {
    return (period, task) -> {
      final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        final Thread thread = new Thread(r, "interval-miner");
        thread.setDaemon(true);
        return thread;
      });
      final long millis = period.toMillis();
      executor.scheduleAtFixedRate(task, millis, millis, TimeUnit.MILLISECONDS);
      return executor::shutdownNow;
    };
  }
}
