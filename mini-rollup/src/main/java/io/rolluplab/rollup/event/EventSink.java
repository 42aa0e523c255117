package io.rolluplab.rollup.event;

/**
 * Where roles publish their events. The store's event log implements it (it persists each event and
 * tells live listeners); tests pass a recording sink and assert the events in order.
 */
@FunctionalInterface
public interface EventSink {
  void publish(RollupEvent event);
}
