package io.rolluplab.rollup.fault;

import io.rolluplab.rollup.event.EventSink;
import io.rolluplab.rollup.fault.FaultEvent.DataWithholdingArmed;
import io.rolluplab.rollup.fault.FaultEvent.DepositCensorshipSwitched;
import io.rolluplab.rollup.fault.FaultEvent.FaultsRestored;
import io.rolluplab.rollup.fault.FaultEvent.InvalidTransactionArmed;
import io.rolluplab.rollup.fault.FaultEvent.UnregisteredProverArmed;
import io.rolluplab.rollup.fault.FaultEvent.WithdrawalReplaySwitched;
import io.rolluplab.rollup.fault.FaultEvent.WrongProofArmed;
import io.rolluplab.rollup.fault.FaultEvent.WrongRootArmed;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.store.FaultTable;
import java.util.EnumMap;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The teaching faults of one rollup node, switched at run time (by the UI, the CLI or a test). Each
 * switch is an event; the roles ask here before they act. A one-shot fault (a wrong root, withheld
 * data) is taken by the role that commits it, so it happens exactly once per switch. A fault that
 * needs a role this kind of rollup does not have is refused with an {@link IllegalStateException}
 * that says why ({@link FaultFlag#whyNotOn}).
 *
 * <p>What is on is kept in the store too, so a restart on the same {@code --data-dir} goes on with
 * the same faults: a wrong root armed before a crash is still told after it.
 *
 * <p>Thread-safe: the UI switches while the node's thread ticks the roles.
 */
public final class Faults {
  private final EventSink events;
  private final Consumer<Boolean> sequencerCensors;
  private final RollupMode mode;
  /**
   * The faults switched on, each with its item (wrong-root's K, 0 for the others). A one-shot fault
   * leaves when the role that commits it takes it; a switch (censor-deposit, replay-withdrawal) when
   * it is switched off.
   */
  private final EnumMap<FaultFlag, Integer> on = new EnumMap<>(FaultFlag.class);

  /** {@link #on} as the store keeps it, so a restart finds the same faults on. */
  private final FaultTable saved;

  /**
   * Switches on again the faults {@code saved} holds from before a restart (one event says which).
   *
   * @param sequencerCensors switches the sequencer's deposit censorship on and off
   * @param mode the kind of rollup: a fault that needs a role it does not have is refused ({@link FaultFlag#whyNotOn})
   */
  public Faults(final EventSink events, final Consumer<Boolean> sequencerCensors, final RollupMode mode,
      final FaultTable saved) {
    this.events = events;
    this.sequencerCensors = sequencerCensors;
    this.mode = mode;
    this.saved = saved;
    saved.on().forEach((fault, item) -> on.put(FaultFlag.valueOf(fault), item));
    if (!on.isEmpty()) {
      if (on.containsKey(FaultFlag.CENSOR_DEPOSIT)) {
        sequencerCensors.accept(true);
      }
      events.publish(new FaultsRestored(on.entrySet().stream()
          .map(fault -> new FaultFlag.Setting(fault.getKey(), fault.getValue()).name()).toList()));
    }
  }

  /**
   * The proposer's next proposal claims the right roots up to item {@code k} of its batch and made-up
   * ones after it; the dispute game then narrows down to item {@code k}.
   *
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public synchronized void wrongRootAt(final int k) {
    if (k < 0) {
      throw new IllegalArgumentException("wrongRootAt: the item index must be 0 or more, got " + k);
    }
    switchOn(FaultFlag.WRONG_ROOT, k, new WrongRootArmed(k));
  }

  /**
   * The batcher keeps its next batch off L1, and the operator's proposer claims a root for it.
   *
   * @throws IllegalStateException on a zk rollup, saying why ({@link FaultFlag#whyNotOn})
   */
  public synchronized void withholdNextBatch() {
    switchOn(FaultFlag.WITHHOLD_DATA, 0, new DataWithholdingArmed());
  }

  /** The sequencer leaves new deposits out of its blocks while {@code on}. */
  public synchronized void censorDeposits(final boolean on) {
    switchTo(FaultFlag.CENSOR_DEPOSIT, on, new DepositCensorshipSwitched(on));
    sequencerCensors.accept(on);
  }

  /** The withdrawal relayer sends every paid withdrawal to the Bridge once more while {@code on}. */
  public synchronized void replayWithdrawals(final boolean on) {
    switchTo(FaultFlag.REPLAY_WITHDRAWAL, on, new WithdrawalReplaySwitched(on));
  }

  /**
   * The batcher slips a second copy of one of its batch's transactions into the next batch that has
   * one: a replay the sequencer refused. L1 takes the batch (it reads, it does not execute) and the
   * L2 rules make the copy a no-op, but a validity circuit cannot prove it: the zk prover refuses.
   */
  public synchronized void smuggleInvalidTransaction() {
    switchOn(FaultFlag.SMUGGLE_INVALID_TX, 0, new InvalidTransactionArmed());
  }

  /**
   * The prover sends its next proof with a made-up post-state root. The proof binds the public
   * inputs, so L1's verifier refuses it.
   */
  public synchronized void proveWrongRoot() {
    switchOn(FaultFlag.WRONG_PROOF, 0, new WrongProofArmed());
  }

  /** The prover signs its next proof with a key the verifier never registered, which it refuses. */
  public synchronized void proveWithUnregisteredKey() {
    switchOn(FaultFlag.UNREGISTERED_PROVER, 0, new UnregisteredProverArmed());
  }

  private void switchOn(final FaultFlag fault, final int item, final FaultEvent event) {
    fault.whyNotOn(mode).ifPresent(why -> {
      throw new IllegalStateException(fault.syntax() + ": " + why);
    });
    saved.switchOn(fault.name(), item);
    on.put(fault, item);
    events.publish(event);
  }

  private void switchTo(final FaultFlag fault, final boolean switchedOn, final FaultEvent event) {
    if (switchedOn) {
      switchOn(fault, 0, event);
    } else {
      take(fault);
      events.publish(event);
    }
  }

  /**
   * Switches {@code fault} off, in the store too, before the role commits it: a crash between
   * taking a one-shot fault and committing it loses the fault rather than committing it twice.
   *
   * @return its item, or null if it was off
   */
  private Integer take(final FaultFlag fault) {
    final Integer item = on.remove(fault);
    if (item != null) {
      saved.switchOff(fault.name());
    }
    return item;
  }

  public synchronized FaultSettings settings() {
    final Integer wrongRoot = on.get(FaultFlag.WRONG_ROOT);
    return new FaultSettings(wrongRoot == null ? OptionalInt.empty() : OptionalInt.of(wrongRoot),
        on.containsKey(FaultFlag.WITHHOLD_DATA), on.containsKey(FaultFlag.CENSOR_DEPOSIT),
        on.containsKey(FaultFlag.REPLAY_WITHDRAWAL), on.containsKey(FaultFlag.SMUGGLE_INVALID_TX),
        on.containsKey(FaultFlag.WRONG_PROOF), on.containsKey(FaultFlag.UNREGISTERED_PROVER));
  }

  /** For the proposer: the item its next proposal lies from, if the fault is on; switches it off. */
  public synchronized OptionalInt takeWrongRoot() {
    final Integer k = take(FaultFlag.WRONG_ROOT);
    return k == null ? OptionalInt.empty() : OptionalInt.of(k);
  }

  /** For the batcher: whether to smuggle a replayed transaction into the batch it posts now; switches the fault off. */
  public synchronized boolean takeSmuggleInvalidTransaction() {
    return take(FaultFlag.SMUGGLE_INVALID_TX) != null;
  }

  /** For the prover: whether its proof now goes with a made-up root; switches the fault off. */
  public synchronized boolean takeProveWrongRoot() {
    return take(FaultFlag.WRONG_PROOF) != null;
  }

  /** For the prover: whether it signs its proof now with an unregistered key; switches the fault off. */
  public synchronized boolean takeProveWithUnregisteredKey() {
    return take(FaultFlag.UNREGISTERED_PROVER) != null;
  }

  /** For the batcher: whether to withhold the batch it posts now; switches the fault off. */
  public synchronized boolean takeWithholdNextBatch() {
    return take(FaultFlag.WITHHOLD_DATA) != null;
  }
}
