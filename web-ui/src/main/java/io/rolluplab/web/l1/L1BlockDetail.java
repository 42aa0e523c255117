package io.rolluplab.web.l1;

import java.util.List;

/**
 * One L1 block with its header's roots and every transaction in it.
 *
 * @param stateRoot the root of the account trie after the block: what a light client checks
 *     account proofs against
 */
public record L1BlockDetail(L1BlockSummary block, String parentHash, String stateRoot, String transactionsRoot,
    String receiptsRoot, long headNumber, List<L1TxSummary> transactions) {}
