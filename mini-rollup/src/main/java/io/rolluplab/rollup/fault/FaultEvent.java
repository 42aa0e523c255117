package io.rolluplab.rollup.fault;

import io.rolluplab.rollup.event.RollupEvent;
import java.util.List;

/** A teaching fault switched on or off: the first step of each fault's story in the event feed. */
public sealed interface FaultEvent extends RollupEvent {

  @Override
  default String role() {
    return "faults";
  }

  record WrongRootArmed(int fromItem) implements FaultEvent {
    @Override
    public String sentence() {
      return "Fault switched on: the proposer's next root will be right up to item " + fromItem
          + " of its batch and made up after it, and it will defend that lie in a dispute.";
    }
  }

  record DataWithholdingArmed() implements FaultEvent {
    @Override
    public String sentence() {
      return "Fault switched on: the batcher will keep its next batch off L1, and the operator's proposer will claim a"
          + " root for it all the same.";
    }
  }

  record DepositCensorshipSwitched(boolean on) implements FaultEvent {
    @Override
    public String sentence() {
      return on
          ? "Fault switched on: the sequencer leaves new deposits out of its blocks, until L1 forces them in."
          : "Fault switched off: the sequencer includes deposits again.";
    }
  }

  record WithdrawalReplaySwitched(boolean on) implements FaultEvent {
    @Override
    public String sentence() {
      return on
          ? "Fault switched on: the withdrawal relayer will send every paid withdrawal to the Bridge again, "
              + "hoping to be paid twice."
          : "Fault switched off: the withdrawal relayer sends each withdrawal once.";
    }
  }

  record InvalidTransactionArmed() implements FaultEvent {
    @Override
    public String sentence() {
      return "Fault switched on: the batcher will slip a replay of one of its transactions into its next batch,"
          + " a transaction the sequencer refused.";
    }
  }

  record WrongProofArmed() implements FaultEvent {
    @Override
    public String sentence() {
      return "Fault switched on: the prover will send its next proof with a made-up post-state root.";
    }
  }

  record UnregisteredProverArmed() implements FaultEvent {
    @Override
    public String sentence() {
      return "Fault switched on: the prover will sign its next proof with a key the verifier never registered.";
    }
  }

  /** The faults that were on when the node stopped, switched on again as it starts on the same store. */
  record FaultsRestored(List<String> faults) implements FaultEvent {
    @Override
    public String sentence() {
      return "Faults still switched on from before the restart: " + String.join(", ", faults) + ".";
    }
  }
}
