package io.rolluplab.web.bridge;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rolluplab.web.view.Countdown;
import java.util.ArrayList;
import java.util.List;

/**
 * A deposit's or withdrawal's way from request to finality as a row of steps: those behind it done,
 * the one it waits on now ({@code now}, null once all are done), those ahead to do.
 */
public record Progress(List<Step> steps, String now) {

  /**
   * One step: its words, and {@code done}, {@code now} or {@code todo} (the CSS class).
   *
   * @param countdown the deadline the step waits for (its words are the countdown's); left out of
   *     the JSON when none
   */
  public record Step(String label, String state, @JsonInclude(JsonInclude.Include.NON_NULL) Countdown countdown) {}

  /**
   * @param labels every step, in order
   * @param reached how many steps are done; the next one is where it waits (none if all are done)
   */
  static Progress of(final List<String> labels, final int reached) {
    return of(labels, reached, null);
  }

  /** As {@link #of(List, int)}; the step whose words are {@code countdown}'s (if any) carries it, so the page ticks it. */
  static Progress of(final List<String> labels, final int reached, final Countdown countdown) {
    final List<Step> steps = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      final String label = labels.get(i);
      steps.add(new Step(label, i < reached ? "done" : i == reached ? "now" : "todo",
          countdown != null && label.equals(countdown.text()) ? countdown : null));
    }
    return new Progress(steps, reached < labels.size() ? labels.get(reached) : null);
  }
}
