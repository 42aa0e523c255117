package io.rolluplab.rollup.bridge;

/**
 * Whether the bridge has read L1 up to its head. Each transition is a method, so an impossible
 * one (watching again after a stop) fails loudly instead of being silently ignored.
 */
public enum BridgeState {
  /** Reading older L1 blocks, {@code maxBlocksPerQuery} a tick: deposits seen are not the newest yet. */
  CATCHING_UP,
  /** Read up to the L1 head at the last tick: every deposit made so far is queued on L2. */
  WATCHING,
  /** Reads nothing any more. */
  STOPPED;

  /** After a tick that read up to the head. */
  public BridgeState caughtUp() {
    return move(CATCHING_UP, WATCHING, "catch up");
  }

  /** After a tick that stopped short of the head (at start-up, or after L1 was unreachable for a while). */
  public BridgeState fellBehind() {
    return move(WATCHING, CATCHING_UP, "fall behind");
  }

  public BridgeState stop() {
    if (this == STOPPED) {
      throw new IllegalStateException("cannot stop the bridge: it is already STOPPED");
    }
    return STOPPED;
  }

  public boolean reads() {
    return this != STOPPED;
  }

  private BridgeState move(final BridgeState from, final BridgeState to, final String action) {
    if (this != from) {
      throw new IllegalStateException("cannot " + action + ": the bridge is " + this + ", not " + from);
    }
    return to;
  }
}
