package io.rolluplab.rollup.batcher;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import java.time.Duration;

/**
 * When the batcher closes a batch and where it posts it. Checked when built, so a bad setting fails
 * at start-up with the field's name.
 *
 * @param rollup the rollup contract the batches go to
 * @param posting how a batch goes to that rollup on L1
 * @param fromL1Block the rollup's deployment block: where the batcher looks for its own posts after a restart
 * @param maxBytes the most batch data one L1 transaction carries (its calldata)
 * @param maxItems the most items (deposits and transactions) in one batch
 * @param maxAge how long the oldest unbatched block may wait: a batch is posted then, full or not
 */
public record BatcherConfig(Address rollup, BatchPosting posting, long fromL1Block, int maxBytes, int maxItems,
    Duration maxAge) {
  /** 120 kB: OP's batcher fills frames of about this size (one blob is 128 kB). */
  public static final int DEFAULT_MAX_BYTES = 120_000;
  public static final int DEFAULT_MAX_ITEMS = 1_000;
  public static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(10);

  public BatcherConfig {
    if (rollup == null) {
      throw new IllegalArgumentException("BatcherConfig.rollup: the rollup contract's address is required");
    }
    require(posting != null, "posting", "is required (InboxPosting or StateDiffPosting)", posting);
    require(fromL1Block >= 0, "fromL1Block", "must be 0 or more", fromL1Block);
    require(maxBytes > BatchData.HEADER_BYTES, "maxBytes", "must leave room for the 10-byte header and an item", maxBytes);
    require(maxItems > 0, "maxItems", "must be positive", maxItems);
    require(maxAge != null && !maxAge.isNegative(), "maxAge", "must be 0 or more", maxAge);
  }

  /** Default limits. */
  public static BatcherConfig defaults(final Address rollup, final BatchPosting posting, final long fromL1Block) {
    return new BatcherConfig(rollup, posting, fromL1Block, DEFAULT_MAX_BYTES, DEFAULT_MAX_ITEMS, DEFAULT_MAX_AGE);
  }

  public BatcherConfig withLimits(final int bytes, final int items, final Duration age) {
    return new BatcherConfig(rollup, posting, fromL1Block, bytes, items, age);
  }

  private static void require(final boolean ok, final String field, final String rule, final Object value) {
    if (!ok) {
      throw new IllegalArgumentException("BatcherConfig." + field + " " + rule + ", got " + value);
    }
  }
}
