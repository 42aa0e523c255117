package io.rolluplab.devnet.conformance;

import io.rolluplab.devnet.conformance.CaseResult.Status;
import io.rolluplab.devnet.conformance.Skips.Skip;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs every Cancun case of a {@code GeneralStateTests} tree and reports what failed.
 *
 * <ol>
 *   <li>Find every {@code *.json} below the root, sorted, so every run lists cases in one order.
 *   <li>For each post entry of each test: skip it if a {@link Skips} pattern matches its name, else
 *       run it through the {@link CaseExecutor} and {@link Verdict#judge judge} the outcome.
 *   <li>Print each failure with its first difference, then one line per folder, then {@code N
 *       passed, N failed, N skipped}.
 * </ol>
 *
 * Files run in parallel, one per core, but results are printed in file order, so the output does
 * not depend on timing. A file that cannot be read, or a case whose execution throws, is a failure.
 */
public final class StateTestRunner {
  private final CaseExecutor executor;
  private final List<Skip> skips;
  private final Pattern filter;
  private final boolean verbose;

  /**
   * @param filter a regular expression that a case name must contain to run; null runs all.
   *     Cases it leaves out are not counted at all.
   * @param verbose print our post-state under each failure
   */
  StateTestRunner(final CaseExecutor executor, final List<Skip> skips, final Pattern filter, final boolean verbose) {
    this.executor = executor;
    this.skips = skips;
    this.filter = filter;
    this.verbose = verbose;
  }

  /**
   * Runs every case under {@code dir} on the devnet and prints the report. The system properties
   * {@code statetest.filter} (a regular expression) and {@code statetest.verbose} narrow the run
   * and add our post-state to each failure.
   *
   * @return 0 if no case failed, else 1
   */
  public static int run(final Path dir, final PrintStream out) {
    return run(dir, out, System.getProperty("statetest.filter"), Boolean.getBoolean("statetest.verbose"));
  }

  /** As {@link #run(Path, PrintStream)}, with the filter (null for all) and verbosity given. */
  public static int run(final Path dir, final PrintStream out, final String filterRegex, final boolean verbose) {
    final Pattern filter = filterRegex == null ? null : Pattern.compile(filterRegex);
    final Tally tally = new StateTestRunner(new DevnetExecutor(), Skips.ALL, filter, verbose).runAll(dir, out);
    return tally.total().failed() == 0 ? 0 : 1;
  }

  /** Runs the tree, prints the report to {@code out} and returns the figures. */
  Tally runAll(final Path root, final PrintStream out) {
    final List<Path> files = fixtureFiles(root);
    final Tally tally = new Tally();
    final ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      final List<Future<List<CaseResult>>> pending = new ArrayList<>();
      for (final Path file : files) {
        pending.add(pool.submit(() -> runFile(root, file)));
      }
      for (final Future<List<CaseResult>> fileResults : pending) {
        for (final CaseResult result : await(fileResults)) {
          report(result, out);
          tally.add(result);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    tally.print(out);
    return tally;
  }

  private List<CaseResult> runFile(final Path root, final Path file) {
    final String path = relative(root, file);
    final String folder = file.getParent().equals(root) ? "." : relative(root, file.getParent());
    final List<StateTestFixture> fixtures;
    try {
      fixtures = StateTestFixture.parse(file);
    } catch (IOException | RuntimeException e) {
      final CaseResult unreadable = new CaseResult(path, folder, Status.FAILED, "could not read the fixture: " + e);
      return selected(path) ? List.of(unreadable) : List.of();
    }
    final List<CaseResult> results = new ArrayList<>();
    for (final StateTestFixture fixture : fixtures) {
      for (final PostEntry entry : fixture.post()) {
        final String name = path + "/" + fixture.name() + "[" + FixtureParser.FORK + "#" + entry.index() + "]";
        if (selected(name)) {
          results.add(runCase(name, folder, fixture, entry));
        }
      }
    }
    return results;
  }

  /** Whether the filter lets a case (or, for an unreadable file, the file's path) run. */
  private boolean selected(final String name) {
    return filter == null || filter.matcher(name).find();
  }

  private CaseResult runCase(final String name, final String folder, final StateTestFixture fixture, final PostEntry entry) {
    final Optional<Skip> skip = Skips.find(skips, name);
    if (skip.isPresent()) {
      return new CaseResult(name, folder, Status.SKIPPED, skip.get().reason());
    }
    final String variant = entry.indexes() + ": ";
    final TxOutcome outcome;
    try {
      outcome = executor.execute(fixture, entry);
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      // A bug in the EVM must fail this case, not end the run.
      return new CaseResult(name, folder, Status.FAILED, variant + "threw " + e + where(e));
    }
    final Verdict verdict = Verdict.judge(entry, outcome);
    if (verdict.passed()) {
      return new CaseResult(name, folder, Status.PASSED, null);
    }
    final String details = verbose ? explain(fixture, entry, outcome) : "";
    return new CaseResult(name, folder, Status.FAILED, variant + verdict.difference() + details);
  }

  private static String explain(final StateTestFixture fixture, final PostEntry entry, final TxOutcome outcome) {
    final String label = fixture.labels().get(entry.dataIndex());
    return "\n    tx " + fixture.transaction().describe(entry) + (label == null ? "" : " (" + label + ")")
        + "\n    our post-state:\n" + PostStateDump.format(outcome.postState());
  }

  private void report(final CaseResult result, final PrintStream out) {
    if (result.status() == Status.FAILED || verbose && result.status() == Status.SKIPPED) {
      out.println(result.status() + " " + result.name() + " " + result.detail());
    }
  }

  private static List<Path> fixtureFiles(final Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list fixtures under " + root, e);
    }
  }

  private static String relative(final Path root, final Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  /** The innermost frame of our own code, which is usually enough to find the faulty opcode. */
  private static String where(final Throwable e) {
    return Arrays.stream(e.getStackTrace())
        .filter(frame -> frame.getClassName().startsWith("io.rolluplab."))
        .findFirst()
        .map(frame -> " at " + frame)
        .orElse("");
  }

  private static <T> T await(final Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running fixtures", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a fixture file crashed the runner", e.getCause());
    }
  }
}
