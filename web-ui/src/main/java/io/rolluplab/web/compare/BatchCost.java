package io.rolluplab.web.compare;

/**
 * What posting one batch cost on L1, per L2 transaction in it: the points of the over-time chart.
 *
 * @param l1GasPerTransaction the posting transaction's gas divided by the batch's transactions
 */
public record BatchCost(String rollup, long batchIndex, int transactions, long l1GasUsed, long l1GasPerTransaction) {}
