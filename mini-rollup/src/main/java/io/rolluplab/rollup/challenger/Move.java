package io.rolluplab.rollup.challenger;

import io.rolluplab.rollup.state.Bytes32;

/** What the challenger does next in its game: decided by {@link ChallengerPolicy}, sent by the driver. */
sealed interface Move {

  /** A bisection move: our root after {@code position} items. */
  record PostRoot(long position, Bytes32 root) implements Move {}

  /** Bisection is over: prove item {@code item} on L1, which re-executes it. */
  record ProveItem(long item) implements Move {}

  /** The proposer's clock ran out: end the game against it. */
  record ClaimTimeout() implements Move {}

  /** Another game rolled the batch back: void this one to get the bond back. */
  record Abandon() implements Move {}

  /** The proposer is to move and has time left, or the game is over: nothing to send. */
  record Wait() implements Move {}
}
