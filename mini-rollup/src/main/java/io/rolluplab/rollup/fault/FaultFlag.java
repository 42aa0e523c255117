package io.rolluplab.rollup.fault;

import io.rolluplab.rollup.node.RollupMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One teaching fault as a scripted run names it ({@code --fault NAME}), so a workshop can start the
 * lab already misbehaving: {@code wrong-root:K}, {@code withhold-data}, {@code censor-deposit},
 * {@code replay-withdrawal}, {@code smuggle-invalid-tx}, and in zk mode {@code wrong-proof} and
 * {@code unregistered-prover}. The command line parses every value before it starts anything, so a
 * typo starts nothing half-faulty. Each fault needs a role that one kind of rollup may not have (a
 * proposer, a prover, a batch to keep off L1): {@link #appliesTo} says where it means something, and
 * {@link #whyNotOn} why not elsewhere.
 */
public enum FaultFlag {
  WRONG_ROOT("wrong-root:K", "the proposer's next root is wrong from item K of its batch on", RollupMode.OPTIMISTIC,
      "the zk rollup has no proposer whose root could lie: a root is final there only once a proof of it is checked."
          + " Switch wrong-root on for the optimistic rollup, or wrong-proof for the zk rollup"),
  WITHHOLD_DATA("withhold-data", "the batcher keeps its next batch off L1 while the operator claims a root for it",
      RollupMode.OPTIMISTIC, "the zk rollup posts its state diff in the same call that commits the batch, and L1"
          + " proves the diff it holds: there is no batch to keep off L1 (a zk rollup whose data could be withheld"
          + " would be a validium). Switch withhold-data on for the optimistic rollup"),
  CENSOR_DEPOSIT("censor-deposit", "the sequencer leaves deposits out until L1 forces them in", null, ""),
  REPLAY_WITHDRAWAL("replay-withdrawal", "the relayer sends every paid withdrawal to L1 a second time", null, ""),
  SMUGGLE_INVALID_TX("smuggle-invalid-tx", "the batcher slips a replayed transaction into its next batch", null, ""),
  WRONG_PROOF("wrong-proof", "zk: the prover sends its next proof with a made-up post-state root", RollupMode.ZK,
      "the optimistic rollup has no prover: its roots are claimed with a bond and disputed, never proven."
          + " Switch wrong-proof on for the zk rollup, or wrong-root for the optimistic rollup"),
  UNREGISTERED_PROVER("unregistered-prover", "zk: the prover signs its next proof with an unregistered key",
      RollupMode.ZK, "the optimistic rollup has no prover and no verifier that registers a key: its roots are claimed"
          + " with a bond and disputed, never proven. Switch unregistered-prover on for the zk rollup");

  private final String syntax;
  private final String meaning;
  /** The one kind of rollup the fault means something on; null for both. */
  private final RollupMode onlyOn;
  /** Why it means nothing on the other kind. */
  private final String elsewhere;

  FaultFlag(final String syntax, final String meaning, final RollupMode onlyOn, final String elsewhere) {
    this.syntax = syntax;
    this.meaning = meaning;
    this.onlyOn = onlyOn;
    this.elsewhere = elsewhere;
  }

  /** How a scripted run names it: {@code withhold-data}, {@code wrong-root:K}. */
  public String syntax() {
    return syntax;
  }

  /** What it makes the role do, in a few words. */
  public String meaning() {
    return meaning;
  }

  /**
   * True if the fault means something on a rollup of {@code mode}: the one rule the command line, the
   * UI, the API and {@link Faults} follow.
   */
  public boolean appliesTo(final RollupMode mode) {
    return onlyOn == null || onlyOn == mode;
  }

  /** Why the fault means nothing on a rollup of {@code mode} (the role it needs is missing there); empty if it applies. */
  public Optional<String> whyNotOn(final RollupMode mode) {
    return appliesTo(mode) ? Optional.empty() : Optional.of(elsewhere);
  }

  /** A parsed {@code --fault} value: which fault, and for {@code wrong-root} the item K. */
  public record Setting(FaultFlag fault, int item) {
    /** As {@code --fault} names it: {@code wrong-root:3}, {@code withhold-data}. */
    public String name() {
      return fault == WRONG_ROOT ? "wrong-root:" + item : fault.syntax;
    }

    /** Switches this fault on. */
    public void applyTo(final Faults faults) {
      switch (fault) {
        case WRONG_ROOT -> faults.wrongRootAt(item);
        case WITHHOLD_DATA -> faults.withholdNextBatch();
        case CENSOR_DEPOSIT -> faults.censorDeposits(true);
        case REPLAY_WITHDRAWAL -> faults.replayWithdrawals(true);
        case SMUGGLE_INVALID_TX -> faults.smuggleInvalidTransaction();
        case WRONG_PROOF -> faults.proveWrongRoot();
        case UNREGISTERED_PROVER -> faults.proveWithUnregisteredKey();
      }
    }
  }

  /**
   * Reads one {@code --fault} value.
   *
   * @throws IllegalArgumentException naming the value and listing the valid ones
   */
  public static Setting parse(final String value) {
    final String text = value.trim().toLowerCase(Locale.ROOT);
    if (text.startsWith("wrong-root")) {
      final String item = text.startsWith("wrong-root:") ? text.substring("wrong-root:".length()) : "";
      try {
        final int k = Integer.parseInt(item);
        if (k >= 0) {
          return new Setting(WRONG_ROOT, k);
        }
      } catch (NumberFormatException e) {
        // reported below with the expected form
      }
      throw new IllegalArgumentException("--fault " + value + ": wrong-root needs the item the lie starts at, "
          + "a number 0 or more, as in wrong-root:3");
    }
    return Arrays.stream(values())
        .filter(flag -> flag != WRONG_ROOT && flag.syntax.equals(text))
        .findFirst()
        .map(flag -> new Setting(flag, 0))
        .orElseThrow(() -> new IllegalArgumentException("--fault " + value + ": unknown fault; use one of "
            + help()));
  }

  /** Every fault with what it does, for {@code --help} and error messages. */
  public static String help() {
    final StringBuilder text = new StringBuilder();
    for (final FaultFlag flag : values()) {
      text.append(text.isEmpty() ? "" : "; ").append(flag.syntax).append(" (").append(flag.meaning).append(')');
    }
    return text.toString();
  }
}
