package io.rolluplab.rollup.bridge;

import io.rolluplab.rollup.event.Amount;
import io.rolluplab.rollup.event.RollupEvent;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.state.Bytes32;

/** Every step the bridge takes, one record each, with the sentence the event feed shows. */
public sealed interface BridgeEvent extends RollupEvent {

  @Override
  default String role() {
    return "bridge";
  }

  /** A {@code DepositQueued} log was read on L1; the sequencer gets the deposit next. */
  record DepositObserved(Deposit deposit, long l1Block, Bytes32 l1Transaction) implements BridgeEvent {
    @Override
    public String sentence() {
      return "Saw L1 deposit #" + deposit.index() + " in L1 block " + l1Block + ": " + Amount.of(deposit.amount())
          + " from " + deposit.l1From() + " for " + deposit.l2To() + " on L2; handing it to the sequencer.";
    }
  }

  /** The bridge has read L1 up to its head. */
  record BridgeCaughtUp(long l1Block) implements BridgeEvent {
    @Override
    public String sentence() {
      return "Read L1 up to its head, block " + l1Block + ": every deposit made so far is queued on L2.";
    }
  }

  /** The bridge is more blocks behind L1 than one query covers. */
  record BridgeFellBehind(long readUpTo, long l1Head) implements BridgeEvent {
    @Override
    public String sentence() {
      return "Read L1 up to block " + readUpTo + " of " + l1Head + "; catching up over the next ticks, "
          + "so newer deposits wait a little.";
    }
  }

  record BridgeStopped() implements BridgeEvent {
    @Override
    public String sentence() {
      return "Stopped the bridge: it reads no more deposits from L1.";
    }
  }
}
