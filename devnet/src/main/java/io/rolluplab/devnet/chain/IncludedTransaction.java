package io.rolluplab.devnet.chain;

import io.rolluplab.devnet.tx.Transaction;

/** A mined transaction with where it landed: what {@code eth_getTransactionByHash} reports. */
public record IncludedTransaction(Transaction transaction, Receipt receipt, Block block, int index) {}
