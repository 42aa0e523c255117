package io.rolluplab.devnet.chain;

import java.time.Instant;
import java.time.InstantSource;

/** A wall clock that tests move by hand. */
final class MutableTime implements InstantSource {
  private long epochSeconds;

  MutableTime(final long epochSeconds) {
    this.epochSeconds = epochSeconds;
  }

  void advance(final long seconds) {
    epochSeconds += seconds;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochSecond(epochSeconds);
  }
}
