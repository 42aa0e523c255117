package io.rolluplab.devnet.chain;

import java.time.InstantSource;

/**
 * The L1 clock: block timestamps come from here, so moving it moves time for every contract (and
 * for the rollup's challenge windows). It follows a wall clock plus an offset that
 * {@link #increaseTime} grows, the way {@code evm_increaseTime} works in Hardhat and anvil.
 *
 * <p>Timestamps are whole seconds and strictly increase from block to block: when two blocks are
 * mined within one second the second one is stamped one second later. Not thread-safe; the
 * {@link Devnet} guards it with its lock.
 */
public final class ChainClock {
  private final InstantSource wallClock;
  private long offsetSeconds;
  private long latestBlockTimestamp;
  /** Set by {@link #setNextBlockTimestamp}; used once, then cleared. */
  private Long pinnedNextTimestamp;

  /** The clock's whole state, to restore on {@code evm_revert}. */
  record Reading(long offsetSeconds, long latestBlockTimestamp, Long pinnedNextTimestamp) {}

  public ChainClock(final InstantSource wallClock) {
    this.wallClock = wallClock;
  }

  /** The chain's current time in seconds since 1970: wall clock plus the offset. */
  public long now() {
    return wallClock.instant().getEpochSecond() + offsetSeconds;
  }

  /** How far the chain's time is ahead of the wall clock, in seconds. */
  public long offsetSeconds() {
    return offsetSeconds;
  }

  /** Moves the chain's time forward; the next block will be at least this much later. */
  public void increaseTime(final long seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException(
          "time can only move forward, got " + seconds + " seconds; pass a positive number of seconds");
    }
    offsetSeconds += seconds;
  }

  /**
   * Fixes the timestamp of the next block (as {@code evm_setNextBlockTimestamp}); later blocks
   * continue from there.
   *
   * @throws IllegalArgumentException if {@code timestamp} is not after the latest block's
   */
  public void setNextBlockTimestamp(final long timestamp) {
    if (timestamp <= latestBlockTimestamp) {
      throw new IllegalArgumentException("the next block's timestamp must be later than the latest block's ("
          + latestBlockTimestamp + "), got " + timestamp + "; pick a timestamp above " + latestBlockTimestamp);
    }
    pinnedNextTimestamp = timestamp;
  }

  /** The timestamp the next block will get if it is sealed now. */
  public long nextBlockTimestamp() {
    if (pinnedNextTimestamp != null) {
      return pinnedNextTimestamp;
    }
    return Math.max(now(), latestBlockTimestamp + 1);
  }

  /** Records a sealed block's timestamp; a pinned timestamp becomes the clock's new "now". */
  void blockSealed(final long timestamp) {
    if (pinnedNextTimestamp != null) {
      offsetSeconds += pinnedNextTimestamp - now();
      pinnedNextTimestamp = null;
    }
    latestBlockTimestamp = timestamp;
  }

  Reading read() {
    return new Reading(offsetSeconds, latestBlockTimestamp, pinnedNextTimestamp);
  }

  void restore(final Reading reading) {
    offsetSeconds = reading.offsetSeconds();
    latestBlockTimestamp = reading.latestBlockTimestamp();
    pinnedNextTimestamp = reading.pinnedNextTimestamp();
  }
}
