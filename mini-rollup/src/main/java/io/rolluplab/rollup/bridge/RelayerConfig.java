package io.rolluplab.rollup.bridge;

import io.rolluplab.devnet.types.Address;

/**
 * Which rollup the withdrawal relayer serves. Checked when built, so a bad setting fails at
 * start-up with the field's name.
 *
 * @param rollup the {@code OptimisticRollup} whose roots decide when a withdrawal can be paid
 * @param bridge its {@code Bridge}, which pays withdrawals
 * @param firstBlock the L1 block that created them: no log of theirs is older
 */
public record RelayerConfig(Address rollup, Address bridge, long firstBlock) {

  public RelayerConfig {
    require(rollup != null, "rollup", "is required", rollup);
    require(bridge != null, "bridge", "is required", bridge);
    require(firstBlock >= 0, "firstBlock", "must be 0 or more", firstBlock);
  }

  private static void require(final boolean ok, final String field, final String rule, final Object value) {
    if (!ok) {
      throw new IllegalArgumentException("RelayerConfig." + field + " " + rule + ", got " + value);
    }
  }
}
