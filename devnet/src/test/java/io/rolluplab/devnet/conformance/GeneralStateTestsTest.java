package io.rolluplab.devnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs every Cancun case of ethereum/tests' {@code GeneralStateTests} on the devnet. The fixtures
 * are not in the repository: they sit in {@code shared/ethereum-tests/} beside the checkout (CI
 * clones the repository with {@code shared/} next to it). {@code -Dstatetest.dir=…} points
 * elsewhere; {@code -Dstatetest.filter=regex} and {@code -Dstatetest.verbose=true} help to debug.
 */
class GeneralStateTestsTest {
  /** Below this share of the cases that were run (skips excluded), the build fails. */
  private static final double REQUIRED_PASS_RATE = 0.98;
  private static final Path FIXTURES = Path.of("shared", "ethereum-tests", "GeneralStateTests");

  @Test
  void passesAtLeast98PercentOfTheCancunStateTests() {
    final String filter = System.getProperty("statetest.filter");
    final StateTestRunner runner = new StateTestRunner(
        new DevnetExecutor(),
        Skips.ALL,
        filter == null ? null : Pattern.compile(filter),
        Boolean.getBoolean("statetest.verbose"));

    final Tally.Counts total = runner.runAll(generalStateTests(), System.out).total();

    assertThat(total.passRate())
        .as("share of state tests passed (%s)", total)
        .isGreaterThanOrEqualTo(REQUIRED_PASS_RATE);
  }

  @Test
  void everySkipHasAReason() {
    assertThat(Skips.ALL).allSatisfy(skip -> assertThat(skip.reason()).isNotBlank());
  }

  /** Walks up from the working directory (the module) to the folder that holds {@code shared/}. */
  private static Path generalStateTests() {
    final String configured = System.getProperty("statetest.dir");
    if (configured != null) {
      return Path.of(configured);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(FIXTURES))) {
        return dir.resolve(FIXTURES);
      }
    }
    throw new IllegalStateException("no " + FIXTURES + " above " + Path.of("").toAbsolutePath()
        + ": clone ethereum-tests into shared/ beside the repository, or set -Dstatetest.dir");
  }
}
