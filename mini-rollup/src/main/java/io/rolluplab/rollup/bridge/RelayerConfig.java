package io.rolluplab.rollup.bridge;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.node.RollupMode;

/**
 * Which rollup the withdrawal relayer serves. Checked when built, so a bad setting fails at
 * start-up with the field's name.
 *
 * @param mode how the rollup's roots become final: a passed challenge window, or a proof and execution
 * @param rollup the rollup contract whose roots decide when a withdrawal can be paid
 * @param bridge its {@code Bridge}, which pays withdrawals
 * @param firstBlock the L1 block that created them: no log of theirs is older
 */
public record RelayerConfig(RollupMode mode, Address rollup, Address bridge, long firstBlock) {

  public RelayerConfig {
    require(mode != null, "mode", "is required (OPTIMISTIC or ZK)", mode);
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
