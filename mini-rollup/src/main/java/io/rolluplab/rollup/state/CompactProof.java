package io.rolluplab.rollup.state;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * The proof of one key K in the compressed sparse Merkle tree (L2-RULES.md §1.3; {@code
 * L2State.Proof} in Solidity, field for field): K's path from the root down to where it ends, and
 * what sits there.
 *
 * <p>The methods are the pseudo-code of §1.3, so that Java can check and apply a proof the way L1
 * does: {@link #verifies}, {@link #computeRoot} and {@link #update} need no tree.
 *
 * @param depth d: the depth where K's path ends, the first node on it that holds at most one leaf
 * @param bitmap bit i (i &lt; d) set when the sibling at depth i is non-zero
 * @param siblings the non-zero siblings only, the deepest (nearest the end) first
 * @param otherKey with {@code otherValue}: the leaf at the end when it is not K's own, which shows
 *     that K is absent; both zero when the end is K's own leaf or nothing
 * @param otherValue non-zero exactly when there is such another leaf
 */
public record CompactProof(int depth, BigInteger bitmap, List<Bytes32> siblings, Bytes32 otherKey, Bytes32 otherValue) {
  /** The proof of any key in the empty tree: the path ends at the root, and nothing is there. */
  public static final CompactProof EMPTY_TREE = new CompactProof(0, BigInteger.ZERO, List.of(), Bytes32.ZERO, Bytes32.ZERO);

  /** Accepts any field values that fit their Solidity types; {@link #flaw} judges the rest. */
  public CompactProof {
    siblings = List.copyOf(siblings);
    if (depth < 0 || depth > 0xffff || bitmap.signum() < 0 || bitmap.bitLength() > SparseMerkleTree.DEPTH) {
      throw new IllegalArgumentException("depth must fit a uint16 and bitmap a uint256");
    }
  }

  public boolean hasOtherLeaf() {
    return !otherValue.isZero();
  }

  /**
   * Why this proof is not the canonical proof of {@code key} holding {@code value} (zero = absent),
   * by the rules of L2-RULES.md §1.3; empty when it is. Every verifier refuses a non-canonical proof.
   */
  public Optional<String> flaw(final Bytes32 key, final Bytes32 value) {
    if (depth > SparseMerkleTree.DEPTH) {
      return Optional.of("depth " + depth + " is below the deepest level, 256");
    }
    if (bitmap.bitLength() > depth) {
      return Optional.of("the bitmap marks a sibling at or below the end (depth " + depth + ")");
    }
    if (depth > 0 && !bitmap.testBit(depth - 1)) {
      return Optional.of("no sibling next to the end: the path would have ended one level higher");
    }
    if (siblings.size() != bitmap.bitCount()) {
      return Optional.of(siblings.size() + " siblings for " + bitmap.bitCount() + " bits in the bitmap");
    }
    if (siblings.stream().anyMatch(Bytes32::isZero)) {
      return Optional.of("a zero sibling is listed: only non-zero siblings are");
    }
    if (!hasOtherLeaf()) {
      return otherKey.isZero() ? Optional.empty() : Optional.of("an otherKey without an otherValue");
    }
    if (!value.isZero()) {
      return Optional.of("another leaf at the end of the path, but the key is said to hold a value");
    }
    if (otherKey.equals(key)) {
      return Optional.of("the other leaf has the key itself");
    }
    if (otherKey.commonPrefixLength(key) < depth) {
      return Optional.of("the other leaf is not on the key's path down to depth " + depth);
    }
    return Optional.empty();
  }

  /**
   * The root of a tree in which {@code key} holds {@code value} (zero = absent) and everything
   * else is as this proof says.
   *
   * @throws IllegalArgumentException if the proof is not canonical for them
   */
  public Bytes32 computeRoot(final Bytes32 key, final Bytes32 value) {
    flaw(key, value).ifPresent(why -> {
      throw new IllegalArgumentException("not a canonical proof of " + key + ": " + why);
    });
    final Bytes32 end = !value.isZero() ? SparseMerkleTree.leafNode(key, value)
        : hasOtherLeaf() ? SparseMerkleTree.leafNode(otherKey, otherValue)
        : Bytes32.ZERO;
    return walkUp(key, end, depth);
  }

  /** True when this proof shows that {@code key} holds {@code value} (zero = absent) under {@code root}. */
  public boolean verifies(final Bytes32 root, final Bytes32 key, final Bytes32 value) {
    return flaw(key, value).isEmpty() && computeRoot(key, value).equals(root);
  }

  /**
   * The root after writing {@code newValue} at {@code key}, from this proof of its {@code oldValue}
   * alone (what L1 does, having no tree).
   *
   * @throws IllegalArgumentException if the proof does not show {@code oldValue} under {@code root},
   *     or if the write would remove a leaf (never done: L2-RULES.md §1.1)
   */
  public Bytes32 update(final Bytes32 root, final Bytes32 key, final Bytes32 oldValue, final Bytes32 newValue) {
    if (!verifies(root, key, oldValue)) {
      throw new IllegalArgumentException("the proof does not show " + oldValue + " at " + key + " under " + root);
    }
    if (newValue.isZero()) {
      if (!oldValue.isZero()) {
        throw new IllegalArgumentException("a leaf is never removed (L2-RULES.md §1.1), key " + key);
      }
      return root;
    }
    final Bytes32 leaf = SparseMerkleTree.leafNode(key, newValue);
    if (!hasOtherLeaf()) {
      return walkUp(key, leaf, depth); // in place of the key's own leaf, or into the empty end
    }
    // a split: both leaves go down to the first depth where their keys differ
    final int split = key.commonPrefixLength(otherKey);
    final Bytes32 other = SparseMerkleTree.leafNode(otherKey, otherValue);
    final Bytes32 node = key.bitFromTop(split) ? Bytes32.hashPair(other, leaf) : Bytes32.hashPair(leaf, other);
    return walkUp(key, node, split); // depths depth..split-1 have no bitmap bit: sibling 0
  }

  /** Hashes {@code node}, the subtree at depth {@code from} on {@code key}'s path, up to the root. */
  private Bytes32 walkUp(final Bytes32 key, final Bytes32 node, final int from) {
    Bytes32 hash = node;
    int next = 0;
    for (int i = from - 1; i >= 0; i--) {
      final Bytes32 sibling = bitmap.testBit(i) ? siblings.get(next++) : Bytes32.ZERO;
      hash = key.bitFromTop(i) ? Bytes32.hashPair(sibling, hash) : Bytes32.hashPair(hash, sibling);
    }
    return hash;
  }
}
