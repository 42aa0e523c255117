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
    final MerklePatriciaTrie trie = new MerklePatriciaTrie();
    for (int i = 0; i < items.size(); i++) {
      trie.put(RlpEncoder.encode(RlpString.create(i)), items.get(i));
    }
    return trie.rootHash();
  }
}
