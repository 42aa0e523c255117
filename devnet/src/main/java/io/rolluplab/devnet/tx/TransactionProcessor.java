package io.rolluplab.devnet.tx;

import io.rolluplab.devnet.evm.Fork;
import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.state.WorldState;

/**
 * Applies one transaction to the world state in the phases of the yellow paper (as revm's handler
 * names them): validate → buy gas → execute → refund → reimburse the sender → pay the coinbase.
 *
 * <p>TODO(core): being written. Contract: {@link #process} either throws
 * {@link InvalidTransactionException} and leaves {@code state} exactly as it was, or applies the
 * transaction (success or failure) and returns its result. Empty touched accounts are cleared
 * (EIP-161); the journal is not committed, so a whole block can still be reverted.
 */
public final class TransactionProcessor {
  private final Fork fork;

  public TransactionProcessor(final Fork fork) {
    this.fork = fork;
  }

  public TransactionResult process(
      final WorldState state, final BlockContext block, final Transaction tx, final Tracer tracer)
      throws InvalidTransactionException {
    throw new UnsupportedOperationException("not yet");
  }
}
