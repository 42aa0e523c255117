package io.rolluplab.web.bridge;

import java.util.ArrayList;
import java.util.List;

/**
 * A deposit's or withdrawal's way from request to finality as a row of steps: those behind it done,
 * the one it waits on now ({@code now}, null once all are done), those ahead to do.
 */
public record Progress(List<Step> steps, String now) {

  /** One step: its words, and {@code done}, {@code now} or {@code todo} (the CSS class). */
  public record Step(String label, String state) {}

  /**
   * @param labels every step, in order
   * @param reached how many steps are done; the next one is where it waits (none if all are done)
   */
  static Progress of(final List<String> labels, final int reached) {
    final List<Step> steps = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      steps.add(new Step(labels.get(i), i < reached ? "done" : i == reached ? "now" : "todo"));
    }
    return new Progress(steps, reached < labels.size() ? labels.get(reached) : null);
  }
}
