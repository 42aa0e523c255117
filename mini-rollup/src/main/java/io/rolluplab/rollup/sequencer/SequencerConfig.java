package io.rolluplab.rollup.sequencer;

import java.time.Duration;

/**
 * How the sequencer runs. Checked when built, so a bad setting fails at start-up with the field's
 * name instead of as a strange block later.
 *
 * @param l2ChainId the chain id wallets sign L2 transactions for
 * @param blockInterval how long after a block the next may be sealed (soft confirmation latency)
 * @param nonceGapTimeout how long a transaction waits for the nonce gap before it to fill
 * @param maxPoolSize transactions the mempool holds at most, ready and held back together
 * @param maxItemsPerBlock deposits plus transactions in one block at most
 * @param maxUnbatchedItems how many items may wait in sealed blocks no batch holds yet: at that
 *     many, blocks take no transactions until the batcher has posted half of them (the throttle)
 */
public record SequencerConfig(long l2ChainId, Duration blockInterval, Duration nonceGapTimeout, int maxPoolSize,
    int maxItemsPerBlock, int maxUnbatchedItems) {

  public static final Duration DEFAULT_BLOCK_INTERVAL = Duration.ofSeconds(1);
  public static final Duration DEFAULT_NONCE_GAP_TIMEOUT = Duration.ofMinutes(5);

  public SequencerConfig {
    require(l2ChainId > 0, "l2ChainId", "must be positive", l2ChainId);
    require(blockInterval != null && blockInterval.toMillis() > 0, "blockInterval", "must be at least 1 ms", blockInterval);
    require(nonceGapTimeout != null && !nonceGapTimeout.isNegative() && !nonceGapTimeout.isZero(),
        "nonceGapTimeout", "must be positive", nonceGapTimeout);
    require(maxPoolSize > 0, "maxPoolSize", "must be positive", maxPoolSize);
    require(maxItemsPerBlock > 0, "maxItemsPerBlock", "must be positive", maxItemsPerBlock);
    require(maxUnbatchedItems > 0, "maxUnbatchedItems", "must be positive", maxUnbatchedItems);
  }

  /**
   * One-second blocks, five minutes for a nonce gap, 10 000 items a block, 10 000 pooled
   * transactions (about 10 MB of heap; geth's pool holds 6 144 by default) and a throttle at 10 000
   * unbatched items (about 750 kB of calldata; the OP Stack's batcher throttles its sequencer at 1 MB).
   */
  public static SequencerConfig defaults(final long l2ChainId) {
    return new SequencerConfig(l2ChainId, DEFAULT_BLOCK_INTERVAL, DEFAULT_NONCE_GAP_TIMEOUT, 10_000, 10_000, 10_000);
  }

  public SequencerConfig withBlockInterval(final Duration interval) {
    return new SequencerConfig(l2ChainId, interval, nonceGapTimeout, maxPoolSize, maxItemsPerBlock, maxUnbatchedItems);
  }

  public SequencerConfig withNonceGapTimeout(final Duration timeout) {
    return new SequencerConfig(l2ChainId, blockInterval, timeout, maxPoolSize, maxItemsPerBlock, maxUnbatchedItems);
  }

  public SequencerConfig withMaxPoolSize(final int transactions) {
    return new SequencerConfig(l2ChainId, blockInterval, nonceGapTimeout, transactions, maxItemsPerBlock,
        maxUnbatchedItems);
  }

  public SequencerConfig withMaxItemsPerBlock(final int items) {
    return new SequencerConfig(l2ChainId, blockInterval, nonceGapTimeout, maxPoolSize, items, maxUnbatchedItems);
  }

  public SequencerConfig withMaxUnbatchedItems(final int items) {
    return new SequencerConfig(l2ChainId, blockInterval, nonceGapTimeout, maxPoolSize, maxItemsPerBlock, items);
  }

  private static void require(final boolean ok, final String field, final String rule, final Object value) {
    if (!ok) {
      throw new IllegalArgumentException("SequencerConfig." + field + " " + rule + ", got " + value);
    }
  }
}
