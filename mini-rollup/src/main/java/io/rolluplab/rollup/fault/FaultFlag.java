package io.rolluplab.rollup.fault;

import java.util.Arrays;
import java.util.Locale;

/**
 * One teaching fault as a scripted run names it ({@code --fault NAME}), so a workshop can start the
 * lab already misbehaving: {@code wrong-root:K}, {@code withhold-data}, {@code censor-deposit},
 * {@code replay-withdrawal}, {@code smuggle-invalid-tx}, and in zk mode {@code wrong-proof} and
 * {@code unregistered-prover}. The command line parses every value before it starts anything, so a
 * typo starts nothing half-faulty.
 */
public enum FaultFlag {
  WRONG_ROOT("wrong-root:K", "the proposer's next root is wrong from item K of its batch on"),
  WITHHOLD_DATA("withhold-data", "the batcher posts only the hash of its next batch"),
  CENSOR_DEPOSIT("censor-deposit", "the sequencer leaves deposits out until L1 forces them in"),
  REPLAY_WITHDRAWAL("replay-withdrawal", "the relayer sends every paid withdrawal to L1 a second time"),
  SMUGGLE_INVALID_TX("smuggle-invalid-tx", "the batcher slips a replayed transaction into its next batch"),
  WRONG_PROOF("wrong-proof", "zk: the prover sends its next proof with a made-up post-state root"),
  UNREGISTERED_PROVER("unregistered-prover", "zk: the prover signs its next proof with an unregistered key");

  private final String syntax;
  private final String meaning;

  FaultFlag(final String syntax, final String meaning) {
    this.syntax = syntax;
    this.meaning = meaning;
  }

  /** How a scripted run names it: {@code withhold-data}, {@code wrong-root:K}. */
  public String syntax() {
    return syntax;
  }

  /** What it makes the role do, in a few words. */
  public String meaning() {
    return meaning;
  }

  /** A parsed {@code --fault} value: which fault, and for {@code wrong-root} the item K. */
  public record Setting(FaultFlag fault, int item) {
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
