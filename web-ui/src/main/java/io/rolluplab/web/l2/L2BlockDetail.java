package io.rolluplab.web.l2;

import io.rolluplab.rollup.state.Bytes32;
import java.util.List;

/** One L2 block with its items: deposits first, in L1 queue order, then transfers. */
public record L2BlockDetail(String rollup, L2BlockSummary block, Bytes32 parentHash, long head,
    List<L2DepositView> deposits, List<L2TxSummary> transactions) {}
