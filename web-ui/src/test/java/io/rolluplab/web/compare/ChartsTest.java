package io.rolluplab.web.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.web.compare.Charts.Bar;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {
  private static ModeFigures mode(final String rollup, final long gas, final Double seconds) {
    return new ModeFigures(rollup, 10, gas, 0, seconds, "text");
  }

  @Test
  void gridLinesFallOnRoundNumbersAboveTheLargestValue() {
    assertThat(Charts.niceCeiling(0)).isEqualTo(1);
    assertThat(Charts.niceCeiling(7)).isEqualTo(10);
    assertThat(Charts.niceCeiling(12_000)).isEqualTo(20_000);
    assertThat(Charts.niceCeiling(20_399)).isEqualTo(50_000);
    assertThat(Charts.niceCeiling(50_000)).isEqualTo(50_000);
  }

  @Test
  void gasBarsAreProportionalToTheGas() {
    final List<Bar> bars = Charts.gasPerTransaction(List.of(mode("optimistic", 10_000, 1.0), mode("zk", 20_000, 1.0)))
        .bars();

    assertThat(bars.get(1).width()).isEqualTo(2 * bars.get(0).width());
    assertThat(bars.get(1).value()).isEqualTo("20,000 gas");
  }

  @Test
  void finalityUsesALogarithmicAxisSoSecondsAndAWeekBothShow() {
    final Charts.BarChart chart = Charts.finality(List.of(mode("optimistic", 1, 7 * 86_400.0),
        mode("zk", 1, 60.0), mode("none", 1, null)));

    final Bar week = chart.bars().get(0);
    final Bar minute = chart.bars().get(1);
    assertThat(minute.width()).isPositive();
    assertThat(week.width()).isGreaterThan(2 * minute.width());
    // a bar ends on the grid line of its value
    assertThat(week.x() + week.width()).isEqualTo(chart.ticks().get(4).x());
    assertThat(minute.x() + minute.width()).isEqualTo(chart.ticks().get(1).x());
    assertThat(chart.bars().get(2).width()).isZero();
  }

  @Test
  void eachRollupIsOneLineThroughItsBatchesInOrder() {
    final Charts.LineChart chart = Charts.gasOverBatches(List.of(new BatchCost("optimistic", 1, 10, 100_000, 10_000),
        new BatchCost("optimistic", 2, 20, 100_000, 5_000), new BatchCost("zk", 1, 10, 120_000, 12_000)));

    assertThat(chart.series()).extracting(Charts.Series::rollup).containsExactly("optimistic", "zk");
    final List<Charts.Dot> dots = chart.series().get(0).dots();
    assertThat(dots.get(1).x()).isGreaterThan(dots.get(0).x());
    assertThat(dots.get(1).y()).isGreaterThan(dots.get(0).y()); // less gas: lower on the chart, larger y
  }
}
