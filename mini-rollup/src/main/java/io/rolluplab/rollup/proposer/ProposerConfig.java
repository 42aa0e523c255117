package io.rolluplab.rollup.proposer;

import io.rolluplab.devnet.types.Address;

/**
 * Where the proposer proposes and defends.
 *
 * @param rollup the {@code OptimisticRollup} it proposes roots to
 * @param disputeGame the {@code DisputeGame} where its roots are disputed
 */
public record ProposerConfig(Address rollup, Address disputeGame) {
  public ProposerConfig {
    if (rollup == null || disputeGame == null) {
      throw new IllegalArgumentException("ProposerConfig: both the rollup and the dispute game address are required,"
          + " got " + rollup + " and " + disputeGame);
    }
  }
}
