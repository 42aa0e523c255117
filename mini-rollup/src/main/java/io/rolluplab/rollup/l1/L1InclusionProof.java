package io.rolluplab.rollup.l1;

import io.rolluplab.devnet.trie.OrderedTrie;
import java.util.ArrayList;
import java.util.List;

/**
 * What a contract is shown to learn one L1 transaction from a block hash it knows
 * ({@code L1Inclusion.sol}): the headers from the known block back to the transaction's block, each
 * its predecessor's parent, and the path through that block's transactions trie to the signed
 * transaction. Every piece is checked against a hash the previous one names, so none can be forged.
 *
 * @param headers RLP headers, the known block's first and the transaction's block's last
 * @param transactionIndex the transaction's position in its block
 * @param trieNodes the transactions-trie nodes from the root to the transaction's leaf
 */
public record L1InclusionProof(List<byte[]> headers, int transactionIndex, List<byte[]> trieNodes) {

  public L1InclusionProof {
    headers = List.copyOf(headers);
    trieNodes = List.copyOf(trieNodes);
  }

  /**
   * The proof of transaction {@code index} of block {@code block} against the hash of block
   * {@code knownBlock}, which may be the same block or a later one.
   */
  public static L1InclusionProof of(final L1Client l1, final long knownBlock, final long block, final int index)
      throws L1Exception {
    if (knownBlock < block) {
      throw new IllegalArgumentException("a block hash commits only to its ancestors: block " + knownBlock
          + " cannot prove a transaction of the later block " + block);
    }
    final List<byte[]> headers = new ArrayList<>();
    for (long n = knownBlock; n >= block; n--) {
      headers.add(l1.rawHeader(n));
    }
    return new L1InclusionProof(headers, index, OrderedTrie.proof(l1.rawTransactions(block), index));
  }
}
