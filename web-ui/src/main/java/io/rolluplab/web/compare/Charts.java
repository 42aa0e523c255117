package io.rolluplab.web.compare;

import io.rolluplab.web.view.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The compare page's charts as geometry for SVG (no chart library: the lab runs offline, and a
 * student can read how a bar is drawn). The template writes out the shapes; every number here is
 * a pixel in the chart's viewBox.
 */
public final class Charts {
  /** A horizontal bar chart: one bar per rollup, labelled on the left, its value at its end. */
  public record BarChart(int width, int height, List<Bar> bars, List<Tick> ticks, String note) {}

  /** A bar from {@code x}, its label to the left of it and its value just past its end. */
  public record Bar(int x, int y, int width, int height, String rollup, String label, String value) {
    public int labelX() {
      return x - 8;
    }

    public int valueX() {
      return x + width + 8;
    }

    /** The baseline of the label and value texts, centred on the bar. */
    public int textY() {
      return y + height / 2 + 5;
    }
  }

  /** A grid line at {@code x} (bar charts) or {@code y} (line charts) with its label. */
  public record Tick(int x, int y, String label) {}

  /** A line chart: one series per rollup over the batch index. */
  public record LineChart(int width, int height, List<Series> series, List<Tick> xTicks, List<Tick> yTicks) {}

  public record Series(String rollup, String points, List<Dot> dots) {}

  public record Dot(int x, int y, String title) {}

  /** Bar charts sit two side by side, the line chart spans the page: each viewBox is about its width on screen. */
  static final int BAR_WIDTH = 540;
  static final int LINE_WIDTH = 1060;
  static final int LEFT = 100;
  static final int RIGHT = 120;
  private static final int BAR = 34;
  private static final int GAP = 22;
  private static final int TOP = 16;
  private static final int AXIS = 28;
  private static final long[] TIME_TICKS = {1, 60, 3_600, 86_400, 7 * 86_400};
  private static final String[] TIME_LABELS = {"1 s", "1 min", "1 h", "1 d", "1 wk"};

  private Charts() {}

  /**
   * Median time to finality per rollup on a logarithmic axis from 1 s to about two weeks: a ZK
   * rollup's seconds and an optimistic rollup's week cannot share a linear one.
   */
  static BarChart finality(final List<ModeFigures> modes) {
    final double max = Math.log10(14 * 86_400.0);
    final int plot = BAR_WIDTH - LEFT - RIGHT;
    final List<Bar> bars = new ArrayList<>();
    int y = TOP;
    for (final ModeFigures mode : modes) {
      final Double seconds = mode.medianSecondsToFinality();
      final int length = seconds == null ? 0
          : (int) Math.round(plot * Math.min(1, Math.log10(Math.max(1, seconds)) / max));
      bars.add(new Bar(LEFT, y, Math.max(length, seconds == null ? 0 : 3), BAR, mode.rollup(), label(mode.rollup()),
          mode.medianText()));
      y += BAR + GAP;
    }
    final List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i < TIME_TICKS.length; i++) {
      ticks.add(new Tick(LEFT + (int) Math.round(plot * Math.log10(TIME_TICKS[i]) / max), y, TIME_LABELS[i]));
    }
    return new BarChart(BAR_WIDTH, y + AXIS, bars, ticks, "logarithmic axis: each grid line is a much longer wait");
  }

  /** L1 posting gas per transaction per rollup, on a linear axis from 0. */
  static BarChart gasPerTransaction(final List<ModeFigures> modes) {
    final long max = niceCeiling(modes.stream().mapToLong(ModeFigures::l1GasPerTransaction).max().orElse(0));
    final int plot = BAR_WIDTH - LEFT - RIGHT;
    final List<Bar> bars = new ArrayList<>();
    int y = TOP;
    for (final ModeFigures mode : modes) {
      final int length = (int) Math.round(plot * (double) mode.l1GasPerTransaction() / max);
      bars.add(new Bar(LEFT, y, length, BAR, mode.rollup(), label(mode.rollup()), mode.finalTransactions() == 0
          ? "no final batch yet" : Format.count(mode.l1GasPerTransaction()) + " gas"));
      y += BAR + GAP;
    }
    final List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i <= 4; i++) {
      ticks.add(new Tick(LEFT + plot * i / 4, y, Format.count(max * i / 4)));
    }
    return new BarChart(BAR_WIDTH, y + AXIS, bars, ticks, "gas of the L1 transactions that posted the final batches");
  }

  /** Posting gas per transaction of every batch, over the batch index, a line per rollup. */
  static LineChart gasOverBatches(final List<BatchCost> batches) {
    final int height = 300;
    final int bottom = height - AXIS;
    final int plot = LINE_WIDTH - LEFT - 40;
    final long maxIndex = Math.max(1, batches.stream().mapToLong(BatchCost::batchIndex).max().orElse(1));
    final long maxGas = niceCeiling(batches.stream().mapToLong(BatchCost::l1GasPerTransaction).max().orElse(0));
    final Map<String, List<BatchCost>> byRollup = batches.stream()
        .collect(Collectors.groupingBy(BatchCost::rollup, TreeMap::new, Collectors.toList()));
    final List<Series> series = new ArrayList<>();
    byRollup.forEach((rollup, points) -> {
      final List<Dot> dots = new ArrayList<>();
      for (final BatchCost point : points) {
        dots.add(new Dot(LEFT + (int) Math.round(plot * (double) point.batchIndex() / maxIndex),
            bottom - (int) Math.round((bottom - TOP) * (double) point.l1GasPerTransaction() / maxGas),
            label(rollup) + " batch " + point.batchIndex() + ": " + Format.count(point.l1GasPerTransaction())
                + " gas per transaction (" + point.transactions() + " transactions, "
                + Format.count(point.l1GasUsed()) + " gas)"));
      }
      series.add(new Series(rollup, dots.stream().map(d -> d.x() + "," + d.y()).collect(Collectors.joining(" ")),
          dots));
    });
    final List<Tick> xTicks = new ArrayList<>();
    final long step = Math.max(1, maxIndex / 5);
    for (long i = 0; i <= maxIndex; i += step) {
      xTicks.add(new Tick(LEFT + (int) Math.round(plot * (double) i / maxIndex), bottom, "batch " + i));
    }
    final List<Tick> yTicks = new ArrayList<>();
    for (int i = 0; i <= 4; i++) {
      yTicks.add(new Tick(LEFT, bottom - (bottom - TOP) * i / 4, Format.count(maxGas * i / 4)));
    }
    return new LineChart(LINE_WIDTH, height, series, xTicks, yTicks);
  }

  /** "Optimistic" or "ZK", as the charts label a rollup. */
  static String label(final String rollup) {
    return rollup.equals("zk") ? "ZK" : "Optimistic";
  }

  /** The smallest of 1, 2, 5 × 10^n at or above {@code value}, so the grid lines fall on round numbers. */
  static long niceCeiling(final long value) {
    long power = 1;
    while (true) {
      for (final long step : new long[] {1, 2, 5}) {
        if (step * power >= value && step * power > 0) {
          return step * power;
        }
      }
      power *= 10;
    }
  }
}
