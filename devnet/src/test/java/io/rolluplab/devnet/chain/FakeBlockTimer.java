package io.rolluplab.devnet.chain;

import java.time.Duration;

/** A {@link BlockTimer} that fires only when a test calls {@link #fire}. */
final class FakeBlockTimer implements BlockTimer {
  Duration period;
  private Runnable task;

  @Override
  public AutoCloseable every(final Duration period, final Runnable task) {
    this.period = period;
    this.task = task;
    return () -> this.task = null;
  }

  void fire() {
    task.run();
  }
}
