package io.rolluplab.rollup.bridge;

import io.rolluplab.devnet.types.Address;

/**
 * Where the bridge watches. Checked when built, so a bad setting fails at start-up with the
 * field's name.
 *
 * @param bridge the L1 {@code Bridge} contract whose {@code DepositQueued} logs are the deposits
 * @param firstBlock the first L1 block to read: the one that created the bridge (no deposit can be
 *     older), or for a restarted bridge the first it had not read
 * @param maxBlocksPerQuery blocks one {@code eth_getLogs} covers at most; public nodes refuse
 *     wide ranges, so a bridge far behind catches up over several ticks
 */
public record BridgeConfig(Address bridge, long firstBlock, int maxBlocksPerQuery) {
  public static final int DEFAULT_MAX_BLOCKS_PER_QUERY = 1_000;

  public BridgeConfig {
    require(bridge != null, "bridge", "is required", bridge);
    require(firstBlock >= 0, "firstBlock", "must be 0 or more", firstBlock);
    require(maxBlocksPerQuery > 0, "maxBlocksPerQuery", "must be positive", maxBlocksPerQuery);
  }

  /** Watches {@code bridge} from {@code firstBlock}, {@value #DEFAULT_MAX_BLOCKS_PER_QUERY} blocks a query. */
  public static BridgeConfig of(final Address bridge, final long firstBlock) {
    return new BridgeConfig(bridge, firstBlock, DEFAULT_MAX_BLOCKS_PER_QUERY);
  }

  private static void require(final boolean ok, final String field, final String rule, final Object value) {
    if (!ok) {
      throw new IllegalArgumentException("BridgeConfig." + field + " " + rule + ", got " + value);
    }
  }
}
