package io.rolluplab.rollup.state;

import java.math.BigInteger;
import java.util.List;

/**
 * A compact Merkle proof of one key (L2-RULES.md §1): bit i of {@code bitmap} is set when the
 * sibling at level i is non-zero, and {@code siblings} holds only those, level 0 (next to the
 * leaf) first. Most siblings of a sparse tree are empty subtrees, so most proofs are short.
 */
public record CompactProof(BigInteger bitmap, List<Bytes32> siblings) {

  public CompactProof {
    siblings = List.copyOf(siblings);
    if (bitmap.signum() < 0 || bitmap.bitLength() > SparseMerkleTree.DEPTH || bitmap.bitCount() != siblings.size()) {
      throw new IllegalArgumentException("the bitmap must have one bit per sibling, below bit 256");
    }
  }

  /** The root that {@code leafValue} at {@code key} leads to along this proof's path. */
  public Bytes32 computeRoot(final Bytes32 key, final Bytes32 leafValue) {
    Bytes32 node = leafValue;
    int used = 0;
    for (int level = 0; level < SparseMerkleTree.DEPTH; level++) {
      final Bytes32 sibling = bitmap.testBit(level) ? siblings.get(used++) : Bytes32.ZERO;
      node = key.bit(level) ? SparseMerkleTree.hashNode(sibling, node) : SparseMerkleTree.hashNode(node, sibling);
    }
    return node;
  }

  /** True when this proof shows that {@code key} holds {@code value} (zero = absent) under {@code root}. */
  public boolean verifies(final Bytes32 root, final Bytes32 key, final Bytes32 value) {
    return computeRoot(key, value).equals(root);
  }
}
