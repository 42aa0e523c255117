package io.rolluplab.devnet.trie;

import io.rolluplab.devnet.crypto.Keccak;
import java.util.List;

/**
 * A trie keyed by keccak256(key), as Ethereum's account and storage tries are. Hashing spreads the
 * keys evenly, so paths stay about log16(n) nodes deep: a contract that picks its storage slots
 * cannot build one long, expensive path without grinding keccak prefixes.
 */
public final class SecureTrie {
  private final MerklePatriciaTrie trie;

  public SecureTrie() {
    this(new MerklePatriciaTrie());
  }

  private SecureTrie(final MerklePatriciaTrie trie) {
    this.trie = trie;
  }

  /** An independent trie with the same contents, sharing the immutable nodes: O(1). */
  public SecureTrie copy() {
    return new SecureTrie(trie.copy());
  }

  /** Sets key to value; an empty value removes the key. */
  public void put(final byte[] key, final byte[] value) {
    trie.put(Keccak.hash(key), value);
  }

  /** The value, or null when absent. Callers must not modify the returned array. */
  public byte[] get(final byte[] key) {
    return trie.get(Keccak.hash(key));
  }

  public void remove(final byte[] key) {
    trie.remove(Keccak.hash(key));
  }

  public byte[] rootHash() {
    return trie.rootHash();
  }

  /** See {@link MerklePatriciaTrie#proof}; the path followed is keccak256(key). */
  public List<byte[]> proof(final byte[] key) {
    return trie.proof(Keccak.hash(key));
  }
}
