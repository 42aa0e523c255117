package io.rolluplab.rollup.challenger;

import io.rolluplab.rollup.state.Bytes32;

/** What the challenger does next in its game: decided by {@link ChallengerPolicy}, sent by the driver. */
sealed interface Move {

  /** What sending it will do in {@code game}, as step mode announces it. */
  String sentence(GameView game);

  /** A bisection move: our root after {@code position} items. */
  record PostRoot(long position, Bytes32 root) implements Move {
    @Override
    public String sentence(final GameView game) {
      return "Post the challenger's root after " + position + (position == 1 ? " item" : " items") + " in game "
          + game.gameId() + " (the sides agree after " + game.lo() + " and disagree after " + game.hi() + "): "
          + root.toShortHex() + ".";
    }
  }

  /** Bisection is over: prove item {@code item} on L1, which re-executes it. */
  record ProveItem(long item) implements Move {
    @Override
    public String sentence(final GameView game) {
      return "Send the one-step proof of item " + item + " in game " + game.gameId() + ": L1 re-executes that one item"
          + " from the agreed root, and the root it reaches decides the game.";
    }
  }

  /** The proposer's clock ran out: end the game against it. */
  record ClaimTimeout() implements Move {
    @Override
    public String sentence(final GameView game) {
      return "End game " + game.gameId() + " with timeout: the proposer's chess clock ran out.";
    }
  }

  /** Another game rolled the batch back: void this one to get the bond back. */
  record Abandon() implements Move {
    @Override
    public String sentence(final GameView game) {
      return "Abandon game " + game.gameId() + ": another game already rolled batch " + game.batchIndex()
          + " back, so the bond comes back.";
    }
  }

  /** The proposer is to move and has time left, or the game is over: nothing to send. */
  record Wait() implements Move {
    @Override
    public String sentence(final GameView game) {
      return "Wait in game " + game.gameId() + ": nothing to send.";
    }
  }
}
