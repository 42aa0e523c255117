package io.rolluplab.devnet.chain;

import java.time.Duration;

/** When the devnet seals a block. */
public sealed interface MiningMode {

  /** A block for every accepted transaction, at once: the default, so a receipt is there on return. */
  record Automine() implements MiningMode {}

  /** A block every {@code blockTime} with whatever is pending, even nothing, like a real chain. */
  record Interval(Duration blockTime) implements MiningMode {
    public Interval {
      if (blockTime.isNegative() || blockTime.isZero()) {
        throw new IllegalArgumentException(
            "the block time must be positive, got " + blockTime + "; use automine for a block per transaction");
      }
    }
  }

  /** Blocks only on request ({@code evm_mine}), so a lesson can stop time between steps. */
  record Manual() implements MiningMode {}

  static MiningMode automine() {
    return new Automine();
  }

  /** Interval mining, or automine for 0 seconds, as the {@code --block-time} flag reads. */
  static MiningMode fromBlockTimeSeconds(final long seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("the block time is a number of seconds >= 0, got " + seconds
          + "; use 0 for a block per transaction");
    }
    return seconds == 0 ? automine() : new Interval(Duration.ofSeconds(seconds));
  }
}
