package io.rolluplab.web;

import java.util.List;

/** One L1 block as the pages show it: every value already formatted for people. */
public record BlockView(
    long number, String hash, String time, int transactionCount, String gasUsed, String baseFeeGwei,
    List<TransactionView> transactions) {}
