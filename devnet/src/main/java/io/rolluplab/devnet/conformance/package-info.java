/**
 * Runs Ethereum's {@code GeneralStateTests} fixtures on the devnet's EVM: the {@code state-tests}
 * sub-command and {@code GeneralStateTestsTest}. {@link
 * io.rolluplab.devnet.conformance.StateTestRunner} is the loop: find every fixture file, parse it,
 * run each Cancun post entry that no {@link io.rolluplab.devnet.conformance.Skips} pattern matches,
 * judge it, and count.
 *
 * <p>Reading order: {@code StateTestRunner}, {@code Skips} (each skip with its reason), then the
 * fixture as data ({@link io.rolluplab.devnet.conformance.FixtureParser}, {@link
 * io.rolluplab.devnet.conformance.StateTestFixture}, {@code FixtureAccount}, {@code FixtureEnv},
 * {@code TransactionTemplate}, {@code PostEntry}, {@code Hex}), running a case ({@link
 * io.rolluplab.devnet.conformance.CaseExecutor}, {@code DevnetExecutor}, {@code TxOutcome}) and
 * judging and reporting it ({@link io.rolluplab.devnet.conformance.Verdict}, {@code CaseResult},
 * {@code Tally}, {@code PostStateDump}).
 *
 * <p>A skipped case is counted as skipped, never as passed.
 */
package io.rolluplab.devnet.conformance;
