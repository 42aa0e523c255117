package io.rolluplab.web.compare;

/**
 * One rollup's figures for the comparison, from {@link io.rolluplab.rollup.mirror.Comparison}.
 *
 * @param rollup {@code optimistic} or {@code zk}
 * @param finalTransactions L2 transactions in batches that are final
 * @param l1GasPerTransaction L1 gas of posting those batches, per transaction, the commits L1 took
 *     back included; 0 before any
 * @param revertedL1Gas the L1 gas of the zk commits L1 took back ({@code revertBatches}), in all
 * @param medianSecondsToFinality the median wait from an L2 block to its batch being final, by the
 *     wall clock; null before any batch is final
 * @param medianText the same in words ("3 min 5 s"), or "none final yet"
 */
public record ModeFigures(String rollup, long finalTransactions, long l1GasPerTransaction, long revertedL1Gas,
    Double medianSecondsToFinality, String medianText) {}
