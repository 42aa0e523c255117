package io.rolluplab.rollup.prover;

import io.rolluplab.devnet.types.Address;
import java.time.Duration;

/**
 * What the prover proves and how long it pretends to take. Checked when built, so a bad setting
 * fails at start-up with the field's name.
 *
 * @param rollup the {@code ZkRollup} whose committed batches it proves
 * @param l2ChainId the chain id the L2 transactions must be signed for (rule 2)
 * @param provingDelay how long one proof takes (simulated: a real one takes minutes on big machines)
 */
public record ProverConfig(Address rollup, long l2ChainId, Duration provingDelay) {

  public ProverConfig {
    if (rollup == null) {
      throw new IllegalArgumentException("ProverConfig.rollup: the ZkRollup address is required");
    }
    if (provingDelay == null || provingDelay.isNegative()) {
      throw new IllegalArgumentException("ProverConfig.provingDelay must be 0 or more, got " + provingDelay);
    }
  }
}
