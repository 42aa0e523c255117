package io.rolluplab.rollup.state;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary sparse Merkle tree of depth 256 of L2-RULES.md §1, in memory.
 *
 * <p>Conceptually it has 2^256 leaves, almost all zero. Since an empty subtree hashes to zero
 * ({@code node(0, 0) = 0}), only the non-zero nodes are stored, each under its height and the key
 * prefix above it. Updating a leaf rehashes the 256 nodes on its path (reading the 256 siblings
 * from the cache); the root is kept, so reading it costs nothing.
 */
public final class SparseMerkleTree {
  public static final int DEPTH = 256;

  /** A node: its height above the leaves (0 = leaf) and the key with the low {@code height} bits cleared. */
  private record Position(int height, Bytes32 prefix) {
    static Position of(final int height, final Bytes32 key) {
      return new Position(height, key.withLowBitsCleared(height));
    }
  }

  private final Map<Position, Bytes32> nodes;
  private Bytes32 root = Bytes32.ZERO;

  public SparseMerkleTree() {
    this.nodes = new HashMap<>();
  }

  private SparseMerkleTree(final SparseMerkleTree other) {
    this.nodes = new HashMap<>(other.nodes);
    this.root = other.root;
  }

  /** An independent copy (nodes are immutable, so copying the map is enough). */
  public SparseMerkleTree copy() {
    return new SparseMerkleTree(this);
  }

  /** An interior node: zero when both children are empty, else H(left ‖ right). */
  public static Bytes32 hashNode(final Bytes32 left, final Bytes32 right) {
    if (left.isZero() && right.isZero()) {
      return Bytes32.ZERO;
    }
    return Bytes32.hashPair(left, right);
  }

  public Bytes32 root() {
    return root;
  }

  /** The value at {@code key}, zero if absent. */
  public Bytes32 get(final Bytes32 key) {
    return node(Position.of(0, key));
  }

  /** Sets the value at {@code key} (zero removes it) and rehashes the path up to the root. */
  public void put(final Bytes32 key, final Bytes32 value) {
    Bytes32 node = value;
    store(Position.of(0, key), node);
    for (int level = 0; level < DEPTH; level++) {
      final Bytes32 sibling = node(sibling(level, key));
      node = key.bit(level) ? hashNode(sibling, node) : hashNode(node, sibling);
      store(Position.of(level + 1, key), node);
    }
    root = node;
  }

  /** The compact proof of {@code key}, whether it holds a value or not. */
  public CompactProof proof(final Bytes32 key) {
    BigInteger bitmap = BigInteger.ZERO;
    final List<Bytes32> siblings = new ArrayList<>();
    for (int level = 0; level < DEPTH; level++) {
      final Bytes32 sibling = node(sibling(level, key));
      if (!sibling.isZero()) {
        bitmap = bitmap.setBit(level);
        siblings.add(sibling);
      }
    }
    return new CompactProof(bitmap, siblings);
  }

  /** The sibling at level i: the node at height i whose path differs from the key's in bit i. */
  private static Position sibling(final int level, final Bytes32 key) {
    return Position.of(level, key.withBitFlipped(level));
  }

  private Bytes32 node(final Position position) {
    return nodes.getOrDefault(position, Bytes32.ZERO);
  }

  private void store(final Position position, final Bytes32 value) {
    if (value.isZero()) {
      nodes.remove(position);
    } else {
      nodes.put(position, value);
    }
  }
}
