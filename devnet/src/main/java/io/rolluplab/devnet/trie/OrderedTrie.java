package io.rolluplab.devnet.trie;

import java.util.List;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpString;

/**
 * The root of a list, as block headers commit to their transactions, receipts and withdrawals:
 * item {@code i} is stored under the key RLP(i). The keys are not hashed, because a list index is
 * not something an attacker can choose.
 */
public final class OrderedTrie {
  private OrderedTrie() {}

  /** The root of {@code items} (each already encoded, e.g. a signed transaction's bytes). */
  public static byte[] root(final List<byte[]> items) {
    return trieOf(items).rootHash();
  }

  /**
   * The proof of item {@code index} against {@link #root}: the nodes from the root to its leaf,
   * which a contract checks to learn, from a block hash, one transaction of the block.
   */
  public static List<byte[]> proof(final List<byte[]> items, final int index) {
    if (index < 0 || index >= items.size()) {
      throw new IndexOutOfBoundsException("item " + index + " of a list of " + items.size());
    }
    return trieOf(items).proof(key(index));
  }

  /** The key item {@code index} is stored under: RLP(index). */
  public static byte[] key(final int index) {
    return RlpEncoder.encode(RlpString.create(index));
  }

  private static MerklePatriciaTrie trieOf(final List<byte[]> items) {
    final MerklePatriciaTrie trie = new MerklePatriciaTrie();
    for (int i = 0; i < items.size(); i++) {
      trie.put(key(i), items.get(i));
    }
    return trie;
  }
}
