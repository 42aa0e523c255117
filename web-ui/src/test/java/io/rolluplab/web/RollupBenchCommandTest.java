package io.rolluplab.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The bench's warm-up: as large as the largest measured run unless {@code --warm-up} says otherwise. */
class RollupBenchCommandTest {

  @Test
  void warmsUpWithAsManyTransfersAsTheLargestRunByDefault() {
    assertThat(parse("--transfers", "10000,100000,30000").warmUp()).isEqualTo(100_000);
    assertThat(parse().warmUp()).as("the default runs, 10,000 and 100,000").isEqualTo(100_000);
  }

  @Test
  void warmUpGivenOnTheCommandLineWins() {
    assertThat(parse("--transfers", "10000,100000", "--warm-up", "0").warmUp()).isZero();
    assertThat(parse("--warm-up", "5000").warmUp()).isEqualTo(5_000);
  }

  private static RollupBenchCommand parse(final String... args) {
    final RollupBenchCommand command = new RollupBenchCommand();
    new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args); // as RollupLab.main
    return command;
  }
}
