package io.rolluplab.devnet.conformance;

import java.io.PrintStream;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Counts passed, failed and skipped cases, in total and per fixture folder. */
public final class Tally {

  /** The figures of one folder, or of the whole run. */
  public static final class Counts {
    private int passed;
    private int failed;
    private int skipped;

    public int passed() {
      return passed;
    }

    public int failed() {
      return failed;
    }

    public int skipped() {
      return skipped;
    }

    /** Passed over run (passed + failed); skipped cases are not run, so they do not count. */
    public double passRate() {
      final int run = passed + failed;
      return run == 0 ? 1.0 : (double) passed / run;
    }

    private void add(final CaseResult.Status status) {
      switch (status) {
        case PASSED -> passed++;
        case FAILED -> failed++;
        case SKIPPED -> skipped++;
      }
    }

    @Override
    public String toString() {
      return passed + " passed, " + failed + " failed, " + skipped + " skipped";
    }
  }

  private final Counts total = new Counts();
  private final Map<String, Counts> byFolder = new TreeMap<>();

  public void add(final CaseResult result) {
    total.add(result.status());
    byFolder.computeIfAbsent(result.folder(), f -> new Counts()).add(result.status());
  }

  public Counts total() {
    return total;
  }

  /** Sorted by folder name. */
  public Map<String, Counts> byFolder() {
    return Collections.unmodifiableMap(byFolder);
  }

  /** One line per folder, then the total as the last line: {@code N passed, N failed, N skipped}. */
  public void print(final PrintStream out) {
    byFolder.forEach((folder, counts) -> out.println("  " + folder + ": " + counts));
    out.println(total);
  }
}
