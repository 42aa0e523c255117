package io.rolluplab.rollup.node;

/**
 * How a batch's state root becomes final on L1: the one thing the two kinds of rollup do
 * differently. Both take the same batch data, the same deposits and the same L2 rules.
 */
public enum RollupMode {
  /**
   * {@code OptimisticRollup}: a bonded proposer claims the root, anyone may dispute it during the
   * challenge window, and it is final once the window passed (roles: proposer, challenger).
   */
  OPTIMISTIC,
  /**
   * {@code ZkRollup}: the batch is committed, a proof of its root is checked by the verifier, and
   * the proven root is final as soon as it is executed, with no window (roles: prover, executor).
   */
  ZK
}
