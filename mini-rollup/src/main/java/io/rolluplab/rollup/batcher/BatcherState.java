package io.rolluplab.rollup.batcher;

/**
 * Where the batcher is with its current batch. Each transition is a method, so an impossible one
 * fails loudly instead of being silently ignored.
 *
 * <pre>
 *   IDLE ──build──▶ POSTING ──posted──▶ IDLE
 *                    │  ▲ └─failed (look on L1, send again)
 *                    │  └──────────────┘
 *                    ├──withheld──▶ WITHHOLDING ──released──▶ POSTING
 *                    └──deposit overdue──▶ FORCING_DEPOSIT ──deposit included──▶ IDLE
 * </pre>
 */
public enum BatcherState {
  /** No batch under way: waits until the unbatched blocks fill a batch or the oldest is too old. */
  IDLE,
  /** A batch is recorded in the store and being sent; until L1 shows it, it is never built anew. */
  POSTING,
  /** Teaching fault: the batch is not sent while the operator claims a root for it; once that claim is withdrawn, it is. */
  WITHHOLDING,
  /** L1 would not count the batch, as it skips an overdue deposit; the sequencer must include it first. */
  FORCING_DEPOSIT;

  public BatcherState build() {
    return move(IDLE, POSTING, "build a batch");
  }

  public BatcherState posted() {
    return move(POSTING, IDLE, "finish posting");
  }

  public BatcherState withheld() {
    return move(POSTING, WITHHOLDING, "withhold a batch");
  }

  public BatcherState released() {
    return move(WITHHOLDING, POSTING, "send the withheld batch");
  }

  public BatcherState refusedForDeposit() {
    return move(POSTING, FORCING_DEPOSIT, "force a deposit in");
  }

  public BatcherState depositIncluded() {
    return move(FORCING_DEPOSIT, IDLE, "see the forced deposit included");
  }

  private BatcherState move(final BatcherState from, final BatcherState to, final String action) {
    if (this != from) {
      throw new IllegalStateException("the batcher cannot " + action + ": it is " + this + ", not " + from);
    }
    return to;
  }
}
