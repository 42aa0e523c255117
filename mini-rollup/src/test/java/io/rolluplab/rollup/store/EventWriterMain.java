package io.rolluplab.rollup.store;

import io.rolluplab.rollup.event.ChainPosition;
import io.rolluplab.rollup.event.EventLog;
import io.rolluplab.rollup.event.RollupEvent;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of the {@code kill -9} test: publishes events into a file store forever and
 * prints each sequence after {@code publish} returned, i.e. once the store acknowledged it.
 */
public final class EventWriterMain {
  private EventWriterMain() {}

  record Tick(long n) implements RollupEvent {
    @Override
    public String role() {
      return "sequencer";
    }

    @Override
    public String sentence() {
      return "Tick " + n + ".";
    }
  }

  public static void main(final String[] args) {
    final RollupStore store = RollupStore.inDirectory(Path.of(args[0]));
    final EventLog log = new EventLog(store.events(), () -> new ChainPosition(0, 0, 0), Clock.systemUTC());
    for (long n = 1; ; n++) {
      log.publish(new Tick(n));
      System.out.println(log.lastSeq());
      System.out.flush();
    }
  }
}
