package io.rolluplab.devnet.conformance;

/**
 * Runs one post entry of a fixture. The runner depends on this interface rather than on the EVM,
 * so that its selecting, judging and reporting can be tested with a fake executor.
 */
@FunctionalInterface
public interface CaseExecutor {
  /** Applies the entry's transaction to the fixture's pre-state and reports what happened. */
  TxOutcome execute(StateTestFixture fixture, PostEntry entry);
}
