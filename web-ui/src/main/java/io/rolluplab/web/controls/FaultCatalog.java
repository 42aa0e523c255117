package io.rolluplab.web.controls;

import io.rolluplab.rollup.fault.FaultFlag;
import io.rolluplab.rollup.fault.FaultSettings;
import io.rolluplab.rollup.node.RollupMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every teaching fault as the Controls page offers it: what it makes the role do, what it will
 * show (the protocol's answer), which kind of rollup it applies to ({@link FaultFlag#appliesTo}
 * decides), and whether it is a switch (on until switched off) or a one-shot (the role commits it once).
 */
public final class FaultCatalog {

  /**
   * One fault.
   *
   * @param fault how the API and {@code --fault} name it ({@code wrong-root:K})
   * @param rollups the ids of the kinds of rollup it applies to
   * @param switchable true for a switch (on/off), false for a one-shot
   */
  public record Entry(String fault, String name, String meaning, String shows, List<String> rollups,
      boolean switchable) {}

  /** Whether a fault is on in one rollup now; {@code detail} says how ("from item 3"). */
  public record Armed(String fault, boolean on, String detail) {}

  private FaultCatalog() {}

  public static List<Entry> entries() {
    return Arrays.stream(FaultFlag.values()).map(FaultCatalog::entry).toList();
  }

  /** True for the faults that stay on until switched off. */
  public static boolean switchable(final FaultFlag flag) {
    return flag == FaultFlag.CENSOR_DEPOSIT || flag == FaultFlag.REPLAY_WITHDRAWAL;
  }

  private static Entry entry(final FaultFlag flag) {
    final String[] text = switch (flag) {
      case WRONG_ROOT -> new String[] {"Wrong state root",
          "The challenger re-executes the batch, disputes the root, and the bisection narrows to item K; L1"
              + " re-executes that one item, the proposer loses its 1 ETH bond, and the wrong roots are rolled back."};
      case WITHHOLD_DATA -> new String[] {"Withheld batch data",
          "The operator's proposer claims a root for the batch all the same. Nobody who reads L1 can check that"
              + " claim, so the challenger challenges its data; nobody can show the batch's transaction to L1, so the"
              + " claim falls after the reveal period (the proposer loses its bond), and the batcher then sends the"
              + " batch with its data."};
      case CENSOR_DEPOSIT -> new String[] {"Censored deposits",
          "Deposits wait in L1's queue; once one is overdue, every batch that leaves it out counts as empty"
              + " (optimistic) or is refused by L1 (zk), so the batcher must force it in. A sequencer can delay a"
              + " deposit, not stop it."};
      case REPLAY_WITHDRAWAL -> new String[] {"Replayed withdrawal",
          "The Bridge remembers every withdrawal it paid and refuses the second payout"
              + " (WithdrawalAlreadyFinalized): nobody is paid twice, the replay only burns the relayer's gas."};
      case SMUGGLE_INVALID_TX -> new String[] {"Smuggled invalid transaction",
          "L1 takes the batch (it does not execute it) and the L2 rules make the copy a no-op, so optimistic roots"
              + " stay right; a validity proof cannot cover it, so the zk prover refuses the batch."};
      case WRONG_PROOF -> new String[] {"Proof of a wrong root",
          "The proof is bound to its public inputs, the post-state root among them, so L1's verifier refuses it and"
              + " the prover proves the batch again with the right root."};
      case UNREGISTERED_PROVER -> new String[] {"Unregistered prover key",
          "L1's verifier accepts proofs only from the registered prover key and refuses this one; the batch waits"
              + " for a proof it can check."};
    };
    return new Entry(flag.syntax(), text[0], flag.meaning(), text[1],
        Arrays.stream(RollupMode.values()).filter(flag::appliesTo).map(mode -> mode.name().toLowerCase(Locale.ROOT))
            .toList(), switchable(flag));
  }

  /** The faults of a {@code mode} rollup and whether each is on, per {@code settings}. */
  public static List<Armed> armed(final RollupMode mode, final FaultSettings settings) {
    return Arrays.stream(FaultFlag.values()).filter(flag -> flag.appliesTo(mode)).map(flag -> switch (flag) {
      case WRONG_ROOT -> new Armed(flag.syntax(), settings.wrongRootAt().isPresent(),
          settings.wrongRootAt().isPresent() ? "the next root lies from item " + settings.wrongRootAt().getAsInt() : "");
      case WITHHOLD_DATA -> new Armed(flag.syntax(), settings.withholdNextBatch(), "");
      case CENSOR_DEPOSIT -> new Armed(flag.syntax(), settings.censorDeposits(), "");
      case REPLAY_WITHDRAWAL -> new Armed(flag.syntax(), settings.replayWithdrawals(), "");
      case SMUGGLE_INVALID_TX -> new Armed(flag.syntax(), settings.smuggleInvalidTransaction(), "");
      case WRONG_PROOF -> new Armed(flag.syntax(), settings.proveWrongRoot(), "");
      case UNREGISTERED_PROVER -> new Armed(flag.syntax(), settings.proveWithUnregisteredKey(), "");
    }).toList();
  }
}
