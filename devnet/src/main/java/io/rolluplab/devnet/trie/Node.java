package io.rolluplab.devnet.trie;

import io.rolluplab.devnet.crypto.Keccak;
import java.util.List;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/**
 * A trie node: {@link Leaf}, {@link Extension} or {@link Branch}.
 *
 * <p>Nodes are immutable. An update builds new nodes along one path and shares every other subtree
 * with the old trie, so a node's encoding and hash are computed at most once: after a few changes,
 * a new root hash costs only the hashes of the new nodes.
 *
 * <p>Every operation takes the part of the key that is still left below this node.
 */
abstract class Node {
  private byte[] encoded;
  private byte[] hash;

  /** The value at {@code path}, or null. */
  abstract byte[] get(NibblePath path);

  /** This subtree with {@code path} set to a non-empty value. */
  abstract Node put(NibblePath path, byte[] value);

  /** This subtree without {@code path} (itself when absent), or null when nothing is left. */
  abstract Node remove(NibblePath path);

  /** Appends the nodes below this one that a verifier needs to follow {@code path}. */
  abstract void proveBelow(NibblePath path, List<byte[]> proof);

  /** The node as an RLP structure, its children given by {@link #reference()}. */
  abstract RlpType toRlp();

  final byte[] encoded() {
    if (encoded == null) {
      encoded = RlpEncoder.encode(toRlp());
    }
    return encoded;
  }

  final byte[] hash() {
    if (hash == null) {
      hash = Keccak.hash(encoded());
    }
    return hash;
  }

  /**
   * How a parent points at this node: by its 32-byte hash, or, when the encoding is shorter than a
   * hash, by embedding the node itself (hashing it would make the parent bigger, not smaller).
   */
  final RlpType reference() {
    return isEmbedded() ? toRlp() : RlpString.create(hash());
  }

  final boolean isEmbedded() {
    return encoded().length < 32;
  }

  /**
   * Appends {@code child} (unless embedded: its parent's encoding already carries it) and the
   * nodes below it on the path.
   */
  static void proveChild(final Node child, final NibblePath path, final List<byte[]> proof) {
    if (!child.isEmbedded()) {
      proof.add(child.encoded());
    }
    child.proveBelow(path, proof);
  }
}
