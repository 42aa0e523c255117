package io.rolluplab.web.l1;

import java.util.List;

/**
 * A page of a transaction's EVM step trace: re-executed at its block with a tracer watching, so
 * the steps are exactly the ones it took when mined.
 *
 * @param totalSteps how many instructions it ran in all
 * @param from the first step shown
 * @param steps at most the page's limit of steps from {@code from}
 */
public record L1Trace(String hash, long totalSteps, long from, int limit, long gasUsed, boolean success,
    List<L1StepView> steps) {
  /** How many stack items a step shows; deeper ones are rarely what a reader looks for. */
  public static final int STACK_SHOWN = 4;

  /** The last step on this page. */
  public long lastShown() {
    return Math.min(from + limit, totalSteps) - 1;
  }

  /** The first step of the next page, or -1 on the last. */
  public long nextFrom() {
    return from + limit < totalSteps ? from + limit : -1;
  }

  /** The first step of the previous page, or -1 on the first. */
  public long previousFrom() {
    return from == 0 ? -1 : Math.max(0, from - limit);
  }
}
