package io.rolluplab.web;

/**
 * One mined L1 transaction as the pages show it.
 *
 * @param to the recipient, or a note that the transaction created a contract
 */
public record TransactionView(long blockNumber, String hash, String from, String to, String valueEth, boolean success) {}
