package io.rolluplab.rollup.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the JVM's own threads, which {@link java.lang.management.ThreadMXBean} does not
 * see: the JIT compilers and the garbage collector. Part of the process's CPU time is theirs, not
 * the rollup's; at the start of a run most of it is the JIT compiling the hot code, a cost a
 * long-running node pays once. Read from Linux's {@code /proc/self/task}; elsewhere it is empty.
 */
final class JvmThreadCpu {
  /** The JVM's threads by kind, told by the name Linux has for them. */
  enum Kind {
    /** C1 and C2, the JIT compilers ("C2 CompilerThread0"). */
    JIT,
    /** The serial and parallel collectors work in the VM thread, G1's and others' in GC threads. */
    GC,
    /** The bench's main thread, which watches the node while the clock runs (Linux names it after the process). */
    BENCH_MAIN;

    static Kind of(final String name) {
      if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
        return JIT;
      }
      if (name.equals("VM Thread") || name.startsWith("GC Thread") || name.startsWith("G1 ")) {
        return GC;
      }
      return name.equals("java") ? BENCH_MAIN : null;
    }
  }

  /** Linux counts CPU time in ticks of 1/100 s (USER_HZ). */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private JvmThreadCpu() {}

  /** The CPU time so far of each kind of thread alive now, in nanoseconds; empty off Linux. */
  static Map<Kind, Long> now() {
    final Map<Kind, Long> nanos = new EnumMap<>(Kind.class);
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      tasks.forEach(task -> {
        try {
          final Kind kind = Kind.of(Files.readString(task.resolve("comm")).strip());
          if (kind != null) {
            nanos.merge(kind, ticks(Files.readString(task.resolve("stat"))) * NANOS_PER_TICK, Long::sum);
          }
        } catch (IOException ended) {
          // the thread ended while being read: it has no time to add any more
        }
      });
    } catch (IOException | UnsupportedOperationException notLinux) {
      return Map.of();
    }
    return nanos;
  }

  /** utime + stime: fields 14 and 15 of {@code stat}, counted after the name in parentheses, which may hold spaces. */
  private static long ticks(final String stat) {
    final String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
  }
}
