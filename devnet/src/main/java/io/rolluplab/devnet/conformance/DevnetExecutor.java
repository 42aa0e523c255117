package io.rolluplab.devnet.conformance;

import io.rolluplab.devnet.evm.Fork;
import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.state.StateRoot;
import io.rolluplab.devnet.state.WorldState;
import io.rolluplab.devnet.tx.InvalidTransactionException;
import io.rolluplab.devnet.tx.Transaction;
import io.rolluplab.devnet.tx.TransactionProcessor;
import io.rolluplab.devnet.tx.TransactionResult;
import io.rolluplab.devnet.types.LogsHash;
import java.util.function.Supplier;

/**
 * Runs a case the way the devnet runs a transaction: decode the signed bytes (which recovers the
 * sender), then {@link TransactionProcessor#process}. A decoding error and an invalid transaction
 * are both a rejection, after which the state must still be the pre-state.
 */
public final class DevnetExecutor implements CaseExecutor {
  private final Supplier<Tracer> tracers;

  /** Runs without tracing. */
  public DevnetExecutor() {
    this(() -> Tracer.NONE);
  }

  /** @param tracers a fresh tracer per case, e.g. to record the steps of a failing one */
  public DevnetExecutor(final Supplier<Tracer> tracers) {
    this.tracers = tracers;
  }

  @Override
  public TxOutcome execute(final StateTestFixture fixture, final PostEntry entry) {
    final WorldState state = fixture.preState();
    // One processor per case: the runner runs cases on several threads.
    final TransactionProcessor processor = new TransactionProcessor(Fork.CANCUN);
    try {
      final Transaction tx = Transaction.decode(entry.txBytes());
      final TransactionResult result = processor.process(state, fixture.env().toBlockContext(), tx, tracers.get());
      return TxOutcome.applied(StateRoot.compute(state), LogsHash.of(result.logs()), state);
    } catch (InvalidTransactionException e) {
      return TxOutcome.rejected(e.rule() + ": " + e.getMessage(), StateRoot.compute(state), state);
    }
  }
}
