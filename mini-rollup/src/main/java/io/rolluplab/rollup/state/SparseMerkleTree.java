package io.rolluplab.rollup.state;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The compressed sparse Merkle tree of L2-RULES.md §1, in memory.
 *
 * <p>Conceptually the tree has a leaf slot for each of the 2^256 keys. A subtree with no leaf
 * hashes to zero and a subtree with one leaf hashes to that leaf ({@link #leafNode}), so only the
 * places where paths part matter. This class stores exactly those: a {@link Leaf} per key, and a
 * {@link Branch} at each depth where the leaves below split into a left and a right group. For n
 * leaves that is n - 1 branches, whatever the keys. A branch deeper than its parent's child slot
 * stands for single-child levels in between, which it hashes on the fly ({@link #hashAt}).
 *
 * <p>Nodes never change (only the hashes they keep, computed when first asked for): an update
 * builds new nodes along one path and shares the rest with the tree before it (a persistent tree).
 * So {@link #copy()} costs nothing, and keeping an old copy is how {@link L2State} undoes writes.
 */
public final class SparseMerkleTree {
  /** Bits per key: the deepest a path can go. */
  public static final int DEPTH = 256;
  /** The first byte of a leaf's preimage, which an interior node's lacks (L2-RULES.md §1.2). */
  private static final byte[] LEAF_TAG = {0x01};

  /** A non-empty subtree. The empty subtree is {@code null}. */
  private sealed interface Node permits Leaf, Branch {
    /** A key of a leaf below: on a branch, its first {@code depth} bits are the branch's path. */
    Bytes32 someKey();
  }

  /**
   * One leaf; its hash is the same at any depth, and computed when first asked for, as a branch's:
   * a leaf written again before the root is next asked for (the fee vault, by every transfer of a
   * block) is never hashed.
   */
  private static final class Leaf implements Node {
    private final Bytes32 key;
    private final Bytes32 value;
    /** {@code H(0x01 ‖ key ‖ value)}, null until asked for. */
    private Bytes32 hash;

    Leaf(final Bytes32 key, final Bytes32 value) {
      this.key = key;
      this.value = value;
    }

    Bytes32 key() {
      return key;
    }

    Bytes32 value() {
      return value;
    }

    Bytes32 hash() {
      if (hash == null) {
        hash = leafNode(key, value);
      }
      return hash;
    }

    @Override
    public Bytes32 someKey() {
      return key;
    }
  }

  /**
   * The node at {@code depth} where the leaves below part: those whose key bit {@code depth} is 0
   * go left, the others right, and both sides hold at least one leaf.
   *
   * <p>Its hash, and its children's hashes at {@code depth + 1}, are computed when first asked
   * for, and then kept (a node never changes). So an update hashes nothing: the nodes it replaces
   * along its path are hashed when the root is next asked for, once, however many updates
   * replaced them in between (the three leaves of a transfer share the upper levels). And a branch
   * that replaces one child takes over the other child's hash, which may have taken hashes of its
   * own to lift it through single-child levels ({@link #hashAt}), instead of computing it again.
   * Two threads that ask at once may both compute a hash and store it: the same value, in an
   * immutable {@link Bytes32}, so either is right.
   */
  private static final class Branch implements Node {
    private final int depth;
    private final Bytes32 someKey;
    private final Node left;
    private final Node right;
    /** {@code left}'s hash at {@code depth + 1}, null until asked for. */
    private Bytes32 leftHash;
    /** {@code right}'s hash at {@code depth + 1}, null until asked for. */
    private Bytes32 rightHash;
    /** {@code H(leftHash ‖ rightHash)}, null until asked for. */
    private Bytes32 hash;

    private Branch(final int depth, final Node left, final Bytes32 leftHash, final Node right, final Bytes32 rightHash) {
      this.depth = depth;
      this.someKey = left.someKey();
      this.left = left;
      this.right = right;
      this.leftHash = leftHash;
      this.rightHash = rightHash;
    }

    static Branch of(final int depth, final Node left, final Node right) {
      return new Branch(depth, left, null, right, null);
    }

    int depth() {
      return depth;
    }

    @Override
    public Bytes32 someKey() {
      return someKey;
    }

    Node child(final boolean right) {
      return right ? this.right : left;
    }

    /** The hash of the child on that side, at {@code depth + 1}. */
    Bytes32 childHash(final boolean right) {
      if (right) {
        if (rightHash == null) {
          rightHash = hashAt(this.right, depth + 1);
        }
        return rightHash;
      }
      if (leftHash == null) {
        leftHash = hashAt(left, depth + 1);
      }
      return leftHash;
    }

    /** The hash of this node at its own depth, {@code H(leftHash ‖ rightHash)}. */
    Bytes32 hash() {
      if (hash == null) {
        hash = Bytes32.hashPair(childHash(false), childHash(true));
      }
      return hash;
    }

    /** This branch with the child on one side replaced; the other side's hash, if known, is kept. */
    Branch withChild(final boolean right, final Node child) {
      return right ? new Branch(depth, left, leftHash, child, null) : new Branch(depth, child, null, this.right, rightHash);
    }
  }

  private Node top;
  /** {@code top}'s hash at depth 0; null until asked for after a change. */
  private Bytes32 root = Bytes32.ZERO;

  public SparseMerkleTree() {}

  private SparseMerkleTree(final SparseMerkleTree other) {
    this.top = other.top;
    this.root = other.root;
  }

  /** An independent copy. Free: the two share their (immutable) nodes until either changes. */
  public SparseMerkleTree copy() {
    return new SparseMerkleTree(this);
  }

  /** {@code H(0x01 ‖ key ‖ value)}: the hash of a subtree that holds this one leaf, at any depth. */
  public static Bytes32 leafNode(final Bytes32 key, final Bytes32 value) {
    return Bytes32.hashConcat(LEAF_TAG, key, value);
  }

  /** The root hash. Hashes the nodes that changed since it was last asked for. */
  public Bytes32 root() {
    if (root == null) {
      root = hashAt(top, 0);
    }
    return root;
  }

  /** The value at {@code key}, zero if it has no leaf. */
  public Bytes32 get(final Bytes32 key) {
    Node node = top;
    while (node instanceof Branch branch) {
      node = branch.child(key.bitFromTop(branch.depth()));
    }
    return node instanceof Leaf leaf && leaf.key().equals(key) ? leaf.value() : Bytes32.ZERO;
  }

  /**
   * Writes {@code value} at {@code key}: replaces its leaf, or inserts one. Zero for a key without
   * a leaf changes nothing.
   *
   * @throws IllegalArgumentException for zero at a key that has a leaf: leaves are never removed
   *     in this rollup (L2-RULES.md §1.1), so the tree does not implement it
   */
  public void put(final Bytes32 key, final Bytes32 value) {
    if (value.isZero()) {
      if (!get(key).isZero()) {
        throw new IllegalArgumentException("a leaf is never removed (L2-RULES.md §1.1), key " + key);
      }
      return;
    }
    top = insert(top, 0, key, value);
    root = null;
  }

  /**
   * The subtree {@code node}, hanging at {@code depth} on {@code key}'s path, with {@code value}
   * written at {@code key}. Builds new nodes along the path only.
   */
  private static Node insert(final Node node, final int depth, final Bytes32 key, final Bytes32 value) {
    if (node == null || node instanceof Leaf leaf && leaf.key().equals(key)) {
      return new Leaf(key, value); // an empty slot, or the key's own leaf: the new leaf goes here
    }
    final int common = key.commonPrefixLength(node.someKey()); // >= depth: both are on this path
    if (node instanceof Branch branch && common >= branch.depth()) {
      final boolean right = key.bitFromTop(branch.depth());
      return branch.withChild(right, insert(branch.child(right), branch.depth() + 1, key, value));
    }
    // The key leaves the subtree's path at depth `common` (above the branch, or where it differs
    // from the leaf's key): a new branch there, with the subtree on one side and the new leaf on
    // the other. The levels from `depth` down to it are single-child levels.
    final Leaf fresh = new Leaf(key, value);
    return key.bitFromTop(common) ? Branch.of(common, node, fresh) : Branch.of(common, fresh, node);
  }

  /**
   * The proof of {@code key} (L2-RULES.md §1.3), whether it has a leaf or not: the siblings along
   * its path down to where the path ends, and the other leaf found there if any.
   */
  public CompactProof proof(final Bytes32 key) {
    final List<Bytes32> siblings = new ArrayList<>(); // from the root down; reversed at the end
    BigInteger bitmap = BigInteger.ZERO;
    int depth = 0;
    Node node = top;
    while (node instanceof Branch branch) {
      final int common = key.commonPrefixLength(branch.someKey());
      if (common < branch.depth()) {
        // the key leaves the branch's path at a single-child level: its side there is empty
        siblings.add(hashAt(branch, common + 1));
        bitmap = bitmap.setBit(common);
        depth = common + 1;
        node = null;
        break;
      }
      final boolean right = key.bitFromTop(branch.depth());
      siblings.add(branch.childHash(!right));
      bitmap = bitmap.setBit(branch.depth());
      depth = branch.depth() + 1;
      node = branch.child(right);
    }
    Collections.reverse(siblings);
    if (node instanceof Leaf leaf && !leaf.key().equals(key)) {
      return new CompactProof(depth, bitmap, siblings, leaf.key(), leaf.value());
    }
    return new CompactProof(depth, bitmap, siblings, Bytes32.ZERO, Bytes32.ZERO);
  }

  /**
   * The hash of the subtree at {@code depth} that holds exactly {@code node}'s leaves: for a branch
   * deeper down, its own hash taken up through the single-child levels in between (sibling 0).
   */
  private static Bytes32 hashAt(final Node node, final int depth) {
    if (node == null) {
      return Bytes32.ZERO;
    }
    if (node instanceof Leaf leaf) {
      return leaf.hash();
    }
    final Branch branch = (Branch) node;
    Bytes32 hash = branch.hash();
    for (int i = branch.depth() - 1; i >= depth; i--) {
      hash = branch.someKey().bitFromTop(i) ? Bytes32.hashPair(Bytes32.ZERO, hash) : Bytes32.hashPair(hash, Bytes32.ZERO);
    }
    return hash;
  }

  /**
   * The key of the only leaf whose key starts with the first {@code bits} bits of {@code prefix},
   * empty if no leaf's key does or two or more do (L2-RULES.md §2.1, a recipient named by a key
   * prefix). A leaf sits at the shallowest depth where it is alone, so the one leaf with that
   * prefix is where {@code prefix}'s path ends, at most {@code bits} levels down.
   */
  public java.util.Optional<Bytes32> onlyKeyStartingWith(final Bytes32 prefix, final int bits) {
    Node node = top;
    while (node instanceof Branch branch && branch.depth() < bits) {
      node = branch.child(prefix.bitFromTop(branch.depth()));
    }
    // a branch at depth >= bits holds two or more leaves that share their first `bits` bits: all
    // of them have the prefix, or none has
    return node instanceof Leaf leaf && leaf.key().commonPrefixLength(prefix) >= bits
        ? java.util.Optional.of(leaf.key()) : java.util.Optional.empty();
  }
}
