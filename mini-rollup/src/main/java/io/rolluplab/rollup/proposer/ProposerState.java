package io.rolluplab.rollup.proposer;

/**
 * Whether the proposer may propose, and whether it is in a dispute. Each transition is a method,
 * so an impossible one fails loudly.
 *
 * <pre>
 *   UNBONDED ─registered─▶ BONDED ─challenged─▶ DEFENDING ─won─▶ BONDED
 *       ▲                                               │
 *       └──────────────── slashed ◀───────────────┘
 * </pre>
 */
public enum ProposerState {
  /** No bond on L1: it must register (lock the bond) before it proposes. */
  UNBONDED,
  /** Bonded: proposes roots and finalizes batches whose window passed. */
  BONDED,
  /** A dispute game is running against one of its roots: it answers every move it owes. */
  DEFENDING;

  public ProposerState registered() {
    return move(UNBONDED, BONDED, "register");
  }

  public ProposerState challenged() {
    return move(BONDED, DEFENDING, "be challenged");
  }

  public ProposerState won() {
    return move(DEFENDING, BONDED, "win a dispute");
  }

  public ProposerState slashed() {
    if (this == UNBONDED) {
      throw new IllegalStateException("the proposer cannot be slashed: it is UNBONDED, it has no bond");
    }
    return UNBONDED;
  }

  private ProposerState move(final ProposerState from, final ProposerState to, final String action) {
    if (this != from) {
      throw new IllegalStateException("the proposer cannot " + action + ": it is " + this + ", not " + from);
    }
    return to;
  }
}
