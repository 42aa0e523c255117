package io.rolluplab.rollup.challenger;

import io.rolluplab.rollup.node.RollupNodeConfig;

/**
 * What the challenger needs to know beyond L1: the L2 chain id its transactions are signed for
 * (the rule set it re-executes them with). Checked when built, so a bad setting fails at start-up
 * with the field's name.
 */
public record ChallengerConfig(long l2ChainId) {

  public ChallengerConfig {
    if (l2ChainId <= 0) {
      throw new IllegalArgumentException("ChallengerConfig.l2ChainId must be positive, got " + l2ChainId);
    }
  }

  /** The challenger of the rollup {@code node} runs. */
  public static ChallengerConfig of(final RollupNodeConfig node) {
    return new ChallengerConfig(node.l2ChainId());
  }
}
