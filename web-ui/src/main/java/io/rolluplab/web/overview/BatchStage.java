package io.rolluplab.web.overview;

import io.rolluplab.rollup.node.RollupMode;
import java.util.List;
import java.util.Locale;

/**
 * Where a batch is on its way to finality, as every page colours it (the CSS class is the
 * lower-case name): sequenced grey, posted blue, challenge window amber, proving purple, proved and
 * final green, disputed and rejected red. The store's statuses are finer; {@link #of} groups them.
 */
public enum BatchStage {
  /** In L2 blocks, not yet in a batch on L1: only the sequencer's word. */
  SEQUENCED("sequenced"),
  /** Its data is on L1 (or being sent); no root is claimed for it yet. */
  POSTED("posted"),
  /** Optimistic: a root is proposed and anyone may challenge it until the deadline. */
  CHALLENGE("challenge window"),
  /** Zk: the prover is making its proof. */
  PROVING("proving"),
  /** Zk: L1's verifier accepted the proof; final once executed. */
  PROVED("proved"),
  /** L1 trusts its root: withdrawals in it can be paid. */
  FINAL("final"),
  /** Optimistic: a dispute game over its root is running. */
  DISPUTED("disputed"),
  /** Refused, rolled back or unprovable: its root never became final (as posted). */
  REJECTED("rejected");

  private final String label;

  BatchStage(final String label) {
    this.label = label;
  }

  /** What the badge says: {@code challenge window}. */
  public String label() {
    return label;
  }

  /** The CSS class of its badge: {@code challenge}. */
  public String cssClass() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The stages a batch of a {@code mode} rollup goes through when all goes well, in order. */
  public static List<BatchStage> path(final RollupMode mode) {
    return mode == RollupMode.ZK
        ? List.of(SEQUENCED, POSTED, PROVING, PROVED, FINAL)
        : List.of(SEQUENCED, POSTED, CHALLENGE, FINAL);
  }

  /**
   * The stage of a batch with the store's {@code status} ({@code BatchTable.Row#status}).
   *
   * @param disputed whether a dispute game over its root is running
   */
  public static BatchStage of(final String status, final boolean disputed) {
    if (disputed) {
      return DISPUTED;
    }
    return switch (status) {
      case "proposed" -> CHALLENGE;
      case "proving" -> PROVING;
      case "proven" -> PROVED;
      case "final", "executed" -> FINAL;
      case "rolled-back", "refused", "unprovable" -> REJECTED;
      default -> POSTED; // intended, posted, withheld
    };
  }
}
