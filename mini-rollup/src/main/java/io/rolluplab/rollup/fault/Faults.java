package io.rolluplab.rollup.fault;

import io.rolluplab.rollup.event.EventSink;
import io.rolluplab.rollup.fault.FaultEvent.DataWithholdingArmed;
import io.rolluplab.rollup.fault.FaultEvent.DepositCensorshipSwitched;
import io.rolluplab.rollup.fault.FaultEvent.InvalidTransactionArmed;
import io.rolluplab.rollup.fault.FaultEvent.UnregisteredProverArmed;
import io.rolluplab.rollup.fault.FaultEvent.WithdrawalReplaySwitched;
import io.rolluplab.rollup.fault.FaultEvent.WrongProofArmed;
import io.rolluplab.rollup.fault.FaultEvent.WrongRootArmed;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The teaching faults of one rollup node, switched at run time (by the UI, the CLI or a test). Each
 * switch is an event; the roles ask here before they act. A one-shot fault (a wrong root, withheld
 * data) is taken by the role that commits it, so it happens exactly once per switch.
 *
 * <p>Thread-safe: the UI switches while the node's thread ticks the roles.
 */
public final class Faults {
  /** Why a zk rollup refuses the withheld-data fault. */
  public static final String NO_DATA_TO_WITHHOLD = "the zk rollup posts its state diff in the same call that commits"
      + " the batch, and L1 proves the diff it holds: there is no hash-only posting, so no data to withhold (a zk"
      + " rollup whose data could be withheld would be a validium). Switch withhold-data on for the optimistic rollup";

  private final EventSink events;
  private final Consumer<Boolean> sequencerCensors;
  private final boolean dataCanBeWithheld;
  private OptionalInt wrongRootAt = OptionalInt.empty();
  /** The one-shot faults switched on and not yet taken by the role that commits them. */
  private final EnumSet<OneShot> armed = EnumSet.noneOf(OneShot.class);
  private boolean censorDeposits;
  private boolean replayWithdrawals;

  /** The faults a role commits once per switch, and then switches off by taking them. */
  private enum OneShot {
    WITHHOLD_NEXT_BATCH, SMUGGLE_INVALID_TRANSACTION, PROVE_WRONG_ROOT, PROVE_WITH_UNREGISTERED_KEY
  }

  /**
   * @param sequencerCensors switches the sequencer's deposit censorship on and off
   * @param dataCanBeWithheld whether the rollup has a hash-only posting (optimistic: yes; zk: no)
   */
  public Faults(final EventSink events, final Consumer<Boolean> sequencerCensors, final boolean dataCanBeWithheld) {
    this.events = events;
    this.sequencerCensors = sequencerCensors;
    this.dataCanBeWithheld = dataCanBeWithheld;
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
    wrongRootAt = OptionalInt.of(k);
    events.publish(new WrongRootArmed(k));
  }

  /**
   * The batcher posts only the hash of its next batch ({@code postBatchCommitment}).
   *
   * @throws IllegalStateException on a zk rollup, saying why ({@link #NO_DATA_TO_WITHHOLD})
   */
  public synchronized void withholdNextBatch() {
    if (!dataCanBeWithheld) {
      throw new IllegalStateException("withhold-data: " + NO_DATA_TO_WITHHOLD);
    }
    armed.add(OneShot.WITHHOLD_NEXT_BATCH);
    events.publish(new DataWithholdingArmed());
  }

  /** The sequencer leaves new deposits out of its blocks while {@code on}. */
  public synchronized void censorDeposits(final boolean on) {
    censorDeposits = on;
    sequencerCensors.accept(on);
    events.publish(new DepositCensorshipSwitched(on));
  }

  /** The withdrawal relayer sends every paid withdrawal to the Bridge once more while {@code on}. */
  public synchronized void replayWithdrawals(final boolean on) {
    replayWithdrawals = on;
    events.publish(new WithdrawalReplaySwitched(on));
  }

  /**
   * The batcher slips a second copy of one of its batch's transactions into the next batch that has
   * one: a replay the sequencer refused. L1 takes the batch (it reads, it does not execute) and the
   * L2 rules make the copy a no-op, but a validity circuit cannot prove it: the zk prover refuses.
   */
  public synchronized void smuggleInvalidTransaction() {
    armed.add(OneShot.SMUGGLE_INVALID_TRANSACTION);
    events.publish(new InvalidTransactionArmed());
  }

  /**
   * The prover sends its next proof with a made-up post-state root. The proof binds the public
   * inputs, so L1's verifier refuses it.
   */
  public synchronized void proveWrongRoot() {
    armed.add(OneShot.PROVE_WRONG_ROOT);
    events.publish(new WrongProofArmed());
  }

  /** The prover signs its next proof with a key the verifier never registered, which it refuses. */
  public synchronized void proveWithUnregisteredKey() {
    armed.add(OneShot.PROVE_WITH_UNREGISTERED_KEY);
    events.publish(new UnregisteredProverArmed());
  }

  public synchronized FaultSettings settings() {
    return new FaultSettings(wrongRootAt, armed.contains(OneShot.WITHHOLD_NEXT_BATCH), censorDeposits,
        replayWithdrawals, armed.contains(OneShot.SMUGGLE_INVALID_TRANSACTION),
        armed.contains(OneShot.PROVE_WRONG_ROOT), armed.contains(OneShot.PROVE_WITH_UNREGISTERED_KEY));
  }

  /** For the proposer: the item its next proposal lies from, if the fault is on; switches it off. */
  public synchronized OptionalInt takeWrongRoot() {
    final OptionalInt k = wrongRootAt;
    wrongRootAt = OptionalInt.empty();
    return k;
  }

  /** For the batcher: whether to smuggle a replayed transaction into the batch it posts now; switches the fault off. */
  public synchronized boolean takeSmuggleInvalidTransaction() {
    return armed.remove(OneShot.SMUGGLE_INVALID_TRANSACTION);
  }

  /** For the prover: whether its proof now goes with a made-up root; switches the fault off. */
  public synchronized boolean takeProveWrongRoot() {
    return armed.remove(OneShot.PROVE_WRONG_ROOT);
  }

  /** For the prover: whether it signs its proof now with an unregistered key; switches the fault off. */
  public synchronized boolean takeProveWithUnregisteredKey() {
    return armed.remove(OneShot.PROVE_WITH_UNREGISTERED_KEY);
  }

  /** For the batcher: whether to withhold the batch it posts now; switches the fault off. */
  public synchronized boolean takeWithholdNextBatch() {
    return armed.remove(OneShot.WITHHOLD_NEXT_BATCH);
  }
}
