package io.rolluplab.devnet.trie;

/**
 * Ethereum's Merkle Patricia Trie (yellow paper, appendix D): a radix-16 trie over the nibbles of
 * the key whose nodes are RLP-encoded and referenced by keccak-256 hash (or inlined when shorter
 * than 32 bytes). Its root hash commits to every key/value pair.
 *
 * <p>TODO(trie helper): implement. API contract used by the rest of the devnet:
 */
public final class MerklePatriciaTrie {
  /** keccak256(RLP("")): the root of a trie with no entries. */
  public static final byte[] EMPTY_ROOT =
      org.web3j.utils.Numeric.hexStringToByteArray(
          "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421");

  /** Sets key to value; an empty value removes the key. */
  public void put(final byte[] key, final byte[] value) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The value, or null when absent. */
  public byte[] get(final byte[] key) {
    throw new UnsupportedOperationException("not yet");
  }

  public void remove(final byte[] key) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The 32-byte root hash. */
  public byte[] rootHash() {
    throw new UnsupportedOperationException("not yet");
  }
}
