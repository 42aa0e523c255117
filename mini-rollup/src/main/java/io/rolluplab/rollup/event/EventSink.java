package io.rolluplab.rollup.event;

/**
 * Where roles publish their events. The store's event log implements it (it persists each event and
 * tells live listeners); tests pass a recording sink and assert the events in order. One method
 * besides {@link #publish(RollupEvent)} has a default, so a sink can still be written as a lambda.
 */
@FunctionalInterface
public interface EventSink {
  void publish(RollupEvent event);

  /**
   * Runs {@code write}, which stores the step {@code event} reports, then publishes the event. The
   * event log does both in one store transaction: one commit instead of two, and a crash keeps both
   * or neither.
   */
  default void publish(final RollupEvent event, final Runnable write) {
    write.run();
    publish(event);
  }
}
