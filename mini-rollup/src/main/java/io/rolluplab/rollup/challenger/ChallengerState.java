package io.rolluplab.rollup.challenger;

/**
 * Whether the challenger is playing a dispute game. Each transition is a method, so an impossible
 * one (opening a second game while one runs) fails loudly instead of being silently ignored.
 */
public enum ChallengerState {
  /** Checking every proposed root against its own; no game of its own is running. */
  WATCHING,
  /** Playing the game it opened against a wrong root: bisection, then the one-step proof. */
  DISPUTING;

  /** Its challenge opened a game. */
  public ChallengerState disputeOpened() {
    return move(WATCHING, DISPUTING, "open a dispute");
  }

  /** Its game was resolved (won or lost) or abandoned. */
  public ChallengerState disputeEnded() {
    return move(DISPUTING, WATCHING, "end a dispute");
  }

  private ChallengerState move(final ChallengerState from, final ChallengerState to, final String action) {
    if (this != from) {
      throw new IllegalStateException("cannot " + action + ": the challenger is " + this + ", not " + from);
    }
    return to;
  }
}
