package io.rolluplab.devnet.conformance;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cases we do not run, each with the reason why. A skipped case counts as skipped, never as
 * passed, so the summary line always shows how much is left out.
 */
public final class Skips {

  /**
   * A regular expression, found anywhere in a case name, and why its cases are not run.
   *
   * @param reason why, in words a reader can check later (a bug number, "needs 4 GB", …)
   */
  public record Skip(Pattern pattern, String reason) {
    public Skip {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a skip needs a reason: " + pattern);
      }
    }

    public static Skip of(final String regex, final String reason) {
      return new Skip(Pattern.compile(regex), reason);
    }
  }

  /** Empty on purpose: the goal is every case. Add an entry only with a reason. */
  public static final List<Skip> ALL = List.of();

  private Skips() {}

  /** The first skip whose pattern occurs in the case name. */
  public static Optional<Skip> find(final List<Skip> skips, final String caseName) {
    return skips.stream().filter(s -> s.pattern().matcher(caseName).find()).findFirst();
  }
}
