package io.rolluplab.rollup.l1;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;

/**
 * A mined L1 transaction as a reader of a batch inbox sees it: who sent it with which nonce, to
 * whom, where in the chain, and its call data. (An address without code has no logs; the
 * transaction is all there is.)
 *
 * @param index its position in its block: the key of its leaf in the block's transactions trie
 * @param to its recipient; null for a contract creation
 */
public record L1SentTransaction(Bytes32 hash, long blockNumber, int index, Address from, long nonce, Address to,
    byte[] data) {}
