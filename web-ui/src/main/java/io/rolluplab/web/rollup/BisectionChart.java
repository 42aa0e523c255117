package io.rolluplab.web.rollup;

import java.util.ArrayList;
import java.util.List;

/**
 * The dispute page's drawing: the batch's items on a line from position 0 to {@code itemCount},
 * one row per bisection round, each showing the interval still disputed, the midpoint both sides
 * posted a root for, and the half the disagreement is in after the round. Coordinates are SVG
 * user units, computed here so the template only places them.
 */
public record BisectionChart(int width, int height, List<Row> rows, List<Tick> ticks) {
  private static final int WIDTH = 1000;
  private static final int LEFT = 120;
  private static final int RIGHT = 30;
  private static final int TOP = 52;
  private static final int ROW = 58;
  /** Above this many items the axis labels only every tenth position. */
  private static final int LABEL_ALL_UP_TO = 24;

  /**
   * One row of the drawing.
   *
   * @param from x of the interval disputed at the start of the row
   * @param to x of its end
   * @param mid x of the midpoint, or -1 for a row without one
   * @param keptFrom x where the interval still disputed after the row starts
   * @param keptTo and ends
   * @param verdict "agree" (the lower half is settled), "disagree" (the upper half is dropped),
   *     "open" (awaiting the challenger's root), "start" or "one-step"
   */
  public record Row(int y, String label, String caption, double from, double to, double mid, double keptFrom,
      double keptTo, String verdict) {}

  /** A position on the axis: the root after {@code label} items. */
  public record Tick(double x, String label) {}

  static BisectionChart of(final DisputeView d) {
    final long n = Math.max(1, d.itemCount());
    final List<Row> rows = new ArrayList<>();
    int y = TOP;
    rows.add(new Row(y, "claims", "both sides agree on the root after 0 items and disagree after " + d.itemCount(),
        x(0, n), x(n, n), -1, x(0, n), x(n, n), "start"));
    for (final DisputeView.Round r : d.rounds()) {
      y += ROW;
      final String verdict = r.agreed() == null ? "open" : r.agreed() ? "agree" : "disagree";
      final String caption = r.agreed() == null
          ? "the proposer posted its root after " + r.mid() + " items; the challenger's answer is due"
          : r.agreed() ? "same root after " + r.mid() + " items: the error is later, items " + r.mid() + ".." + r.hi()
              : "different roots after " + r.mid() + " items: the error is in items " + r.lo() + ".." + r.mid();
      rows.add(new Row(y, "round " + r.number(), caption, x(r.lo(), n), x(r.hi(), n), x(r.mid(), n),
          x(r.newLo(), n), x(r.newHi(), n), verdict));
    }
    if (d.oneStep() != null) {
      y += ROW;
      final long k = d.oneStep().item();
      rows.add(new Row(y, "one step", "L1 re-executes item " + k + " alone, from the agreed root after " + k
          + " items", x(k, n), x(k + 1, n), -1, x(k, n), x(k + 1, n), "one-step"));
    }
    final List<Tick> ticks = new ArrayList<>();
    for (long i = 0; i <= n; i++) {
      if (n <= LABEL_ALL_UP_TO || i % 10 == 0 || i == n) {
        ticks.add(new Tick(x(i, n), String.valueOf(i)));
      }
    }
    return new BisectionChart(WIDTH, y + ROW / 2 + 8, rows, ticks);
  }

  /** The x of position {@code i} of {@code n}. */
  private static double x(final long i, final long n) {
    return LEFT + (WIDTH - LEFT - RIGHT) * (double) i / n;
  }

  /** Where the positions are labelled: above the first row. */
  public int axisY() {
    return 20;
  }

  public int left() {
    return LEFT;
  }

  public int right() {
    return WIDTH - RIGHT;
  }
}
