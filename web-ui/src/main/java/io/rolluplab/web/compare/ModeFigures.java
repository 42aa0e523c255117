package io.rolluplab.web.compare;

/**
 * One rollup's figures for the comparison, from {@link io.rolluplab.rollup.mirror.Comparison}.
 *
 * @param rollup {@code optimistic} or {@code zk}
 * @param finalTransactions L2 transactions in batches that are final
 * @param l1GasPerTransaction L1 gas of posting those batches, per transaction; 0 before any
 * @param medianSecondsToFinality the median wait from an L2 block to its batch being final, by the
 *     wall clock; null before any batch is final
 * @param medianText the same in words ("3 min 5 s"), or "none final yet"
 */
public record ModeFigures(String rollup, long finalTransactions, long l1GasPerTransaction,
    Double medianSecondsToFinality, String medianText) {}
