package io.rolluplab.devnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.conformance.Skips.Skip;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StateTestRunnerTest {
  private static final String MULTI = "alpha/multi.json/";
  private static final String SINGLE = "beta/single.json/single";

  /** Does what each entry expects, except for the entries whose tx bytes are {@code 0x06}. */
  private static final CaseExecutor FAKE = (fixture, entry) -> {
    if (entry.expectsException()) {
      return TxOutcome.rejected("fake rejection", entry.stateRoot(), fixture.preState());
    }
    final byte[] root = entry.txBytes()[0] == 6 ? new byte[32] : entry.stateRoot();
    return TxOutcome.applied(root, entry.logsHash(), fixture.preState());
  };

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private Tally run(final CaseExecutor executor, final List<Skip> skips, final String filter, final boolean verbose) {
    return new StateTestRunner(executor, skips, filter == null ? null : Pattern.compile(filter), verbose)
        .runAll(Fixtures.tree(), out);
  }

  @Test
  void runsEveryEntryAndEndsWithTheSummaryLine() {
    final Tally tally = run(FAKE, List.of(), null, false);

    assertThat(tally.total().passed()).isEqualTo(5);
    assertThat(tally.total().failed()).as("single#1 differs, broken.json cannot be read").isEqualTo(2);
    assertThat(lines()).last().isEqualTo("5 passed, 2 failed, 0 skipped");
  }

  @Test
  void listsFailuresInFileOrderWithTheirFirstDifference() {
    run(FAKE, List.of(), null, false);

    assertThat(lines()).filteredOn(l -> l.startsWith("FAILED")).satisfiesExactly(
        broken -> assertThat(broken).startsWith("FAILED beta/broken.json could not read the fixture: "),
        single -> assertThat(single).isEqualTo("FAILED " + SINGLE + "[Cancun#1] d1 g0 v0: state root expected 0x"
            + "77".repeat(32) + ", got 0x" + "00".repeat(32)));
  }

  @Test
  void printsFiguresPerFolderAboveTheTotal() {
    run(FAKE, List.of(), null, false);

    assertThat(lines()).containsSubsequence(
        "  alpha: 3 passed, 0 failed, 0 skipped",
        "  beta: 2 passed, 2 failed, 0 skipped",
        "5 passed, 2 failed, 0 skipped");
  }

  @Test
  void namesCasesByFileTestAndPostIndex() {
    run(FAKE, List.of(Skip.of("Cancun", "list every case")), null, true);

    assertThat(lines()).filteredOn(l -> l.startsWith("SKIPPED")).extracting(l -> l.split(" ")[1]).containsExactly(
        MULTI + "first[Cancun#0]", MULTI + "first[Cancun#1]", MULTI + "second[Cancun#0]",
        SINGLE + "[Cancun#0]", SINGLE + "[Cancun#1]", SINGLE + "[Cancun#2]");
  }

  @Test
  void countsSkippedCasesApartFromPassedOnes() {
    final Tally tally = run(FAKE, List.of(Skip.of("single\\[Cancun#[01]\\]", "being fixed")), null, false);

    assertThat(lines()).last().isEqualTo("4 passed, 1 failed, 2 skipped");
    assertThat(tally.byFolder().get("beta").skipped()).isEqualTo(2);
  }

  @Test
  void runsOnlyTheCasesTheFilterMatches() {
    run(FAKE, List.of(), "second", false);

    assertThat(lines()).last().isEqualTo("1 passed, 0 failed, 0 skipped");
  }

  @Test
  void failsACaseWhoseExecutionThrowsAndGoesOn() {
    final CaseExecutor throwsOnCreate = (fixture, entry) -> {
      if (fixture.transaction().to() == null) {
        throw new UnsupportedOperationException("CREATE not yet");
      }
      return FAKE.execute(fixture, entry);
    };

    run(throwsOnCreate, List.of(), "alpha", false);

    assertThat(lines()).anySatisfy(line -> assertThat(line).startsWith("FAILED " + MULTI + "second[Cancun#0] d0 g1 v0: "
        + "threw java.lang.UnsupportedOperationException: CREATE not yet at io.rolluplab.devnet.conformance."));
    assertThat(lines()).last().isEqualTo("2 passed, 1 failed, 0 skipped");
  }

  @Test
  void failsAValidTxTheFixtureExpectsToBeRejected() {
    final CaseExecutor acceptsAll =
        (fixture, entry) -> TxOutcome.applied(entry.stateRoot(), entry.logsHash(), fixture.preState());

    run(acceptsAll, List.of(), "first", false);

    assertThat(lines()).contains("FAILED " + MULTI + "first[Cancun#1] d1 g0 v0: expected exception "
        + "TransactionException.INTRINSIC_GAS_TOO_LOW, tx was applied");
  }

  @Test
  void printsTheTxAndOurPostStateUnderAFailureWhenVerbose() {
    run(FAKE, List.of(), "single\\[Cancun#1\\]", true);

    assertThat(lines()).containsSubsequence(
        "FAILED " + SINGLE + "[Cancun#1] d1 g0 v0: state root expected 0x" + "77".repeat(32) + ", got 0x" + "00".repeat(32),
        "    tx from 0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b to 0xcccccccccccccccccccccccccccccccccccccccc,"
            + " nonce 0, data 2 bytes, gas 80000000, value 1 (large)",
        "    our post-state:",
        "    0x00000000000000000000000000000000000000ee nonce 0 balance 0",
        "    0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b nonce 0 balance 1000000000000000000",
        "    0xcccccccccccccccccccccccccccccccccccccccc nonce 18446744073709551615 balance 0 code 6 bytes",
        "      [0x0] = 0x1",
        "      [0x2] = 0xff");
  }
}
