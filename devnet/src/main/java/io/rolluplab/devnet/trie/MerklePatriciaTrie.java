package io.rolluplab.devnet.trie;

import java.util.ArrayList;
import java.util.List;
import org.web3j.utils.Numeric;

/**
 * Ethereum's Merkle Patricia Trie (yellow paper, appendix D): a radix-16 trie over the nibbles of
 * the key whose nodes are RLP-encoded and referenced by keccak-256 hash (or inlined when shorter
 * than 32 bytes). Its root hash commits to every key/value pair, and the trie has one shape for
 * given contents, so the root does not depend on the order of updates.
 *
 * <p>Nodes live in memory and are immutable (see {@link Node}): a new root hash after a few
 * updates rehashes only the nodes on the changed paths.
 */
public final class MerklePatriciaTrie {
  /** keccak256(RLP("")): the root of a trie with no entries. */
  public static final byte[] EMPTY_ROOT =
      Numeric.hexStringToByteArray(
          "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421");

  /** Null while the trie is empty. */
  private Node root;

  /** An independent trie with the same contents: nodes are immutable, so both share them. */
  public MerklePatriciaTrie copy() {
    final MerklePatriciaTrie copy = new MerklePatriciaTrie();
    copy.root = root;
    return copy;
  }

  /** Sets key to value; an empty value removes the key (the trie cannot store an empty value). */
  public void put(final byte[] key, final byte[] value) {
    if (value.length == 0) {
      remove(key);
      return;
    }
    final NibblePath path = NibblePath.fromBytes(key);
    root = root == null ? new Leaf(path, value.clone()) : root.put(path, value.clone());
  }

  /** The value, or null when absent. Callers must not modify the returned array. */
  public byte[] get(final byte[] key) {
    return root == null ? null : root.get(NibblePath.fromBytes(key));
  }

  public void remove(final byte[] key) {
    if (root != null) {
      root = root.remove(NibblePath.fromBytes(key));
    }
  }

  /** The 32-byte root hash. The root is always hashed, even when its encoding is short. */
  public byte[] rootHash() {
    return root == null ? EMPTY_ROOT.clone() : root.hash().clone();
  }

  /**
   * The RLP-encoded nodes from the root towards {@code key}, as eth_getProof returns them: the
   * root, then each node its parent references by hash. Embedded nodes are not listed, since their
   * parent's encoding contains them. For an absent key the proof ends where the path runs out,
   * which proves the absence. An empty trie gives an empty list.
   */
  public List<byte[]> proof(final byte[] key) {
    final List<byte[]> proof = new ArrayList<>();
    if (root != null) {
      proof.add(root.encoded());
      root.proveBelow(NibblePath.fromBytes(key), proof);
    }
    proof.replaceAll(byte[]::clone); // the nodes keep their encodings cached
    return proof;
  }
}
