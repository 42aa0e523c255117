package io.rolluplab.rollup.fault;

import java.util.OptionalInt;

/**
 * The teaching faults switched on now.
 *
 * @param wrongRootAt the item from which the proposer's next proposal lies, empty when it proposes honestly
 * @param withholdNextBatch whether the batcher keeps its next batch off L1 (the operator claims a root for it anyway)
 * @param censorDeposits whether the sequencer leaves new deposits out of its blocks
 * @param replayWithdrawals whether the withdrawal relayer sends paid withdrawals to the Bridge again
 * @param smuggleInvalidTransaction whether the batcher slips a replayed transaction into its next batch
 * @param proveWrongRoot whether the prover sends its next proof with a made-up post-state root (zk)
 * @param proveWithUnregisteredKey whether the prover signs its next proof with a key the verifier does not know (zk)
 */
public record FaultSettings(OptionalInt wrongRootAt, boolean withholdNextBatch, boolean censorDeposits,
    boolean replayWithdrawals, boolean smuggleInvalidTransaction, boolean proveWrongRoot,
    boolean proveWithUnregisteredKey) {

  /** An honest operator. */
  public static final FaultSettings NONE =
      new FaultSettings(OptionalInt.empty(), false, false, false, false, false, false);
}
