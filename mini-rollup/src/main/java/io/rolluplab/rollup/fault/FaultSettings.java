package io.rolluplab.rollup.fault;

import java.util.OptionalInt;

/**
 * The teaching faults switched on now.
 *
 * @param wrongRootAt the item from which the proposer's next proposal lies, empty when it proposes honestly
 * @param withholdNextBatch whether the batcher posts only the hash of its next batch
 * @param censorDeposits whether the sequencer leaves new deposits out of its blocks
 * @param replayWithdrawals whether the withdrawal relayer sends paid withdrawals to the Bridge again
 */
public record FaultSettings(OptionalInt wrongRootAt, boolean withholdNextBatch, boolean censorDeposits,
    boolean replayWithdrawals) {

  /** An honest operator. */
  public static final FaultSettings NONE = new FaultSettings(OptionalInt.empty(), false, false, false);
}
