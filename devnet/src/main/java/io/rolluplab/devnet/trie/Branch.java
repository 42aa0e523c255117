package io.rolluplab.devnet.trie;

import java.util.ArrayList;
import java.util.List;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/**
 * A fork: one child slot per next nibble, plus a value for a key that ends exactly here (possible
 * only when keys have different lengths, so never in the fixed-length state tries).
 */
final class Branch extends Node {
  /** Not a valid node on its own: the starting point for building a branch from two entries. */
  static final Branch EMPTY = new Branch(new Node[16], null);

  private static final RlpString NOTHING = RlpString.create(new byte[0]);

  private final Node[] children;
  private final byte[] value;

  private Branch(final Node[] children, final byte[] value) {
    this.children = children;
    this.value = value;
  }

  Branch withChild(final int nibble, final Node child) {
    final Node[] copy = children.clone();
    copy[nibble] = child;
    return new Branch(copy, value);
  }

  @Override
  byte[] get(final NibblePath key) {
    if (key.isEmpty()) {
      return value;
    }
    final Node child = children[key.at(0)];
    return child == null ? null : child.get(key.slice(1));
  }

  @Override
  Node put(final NibblePath key, final byte[] newValue) {
    if (key.isEmpty()) {
      return new Branch(children, newValue);
    }
    final int nibble = key.at(0);
    final Node child = children[nibble];
    final NibblePath rest = key.slice(1);
    return withChild(nibble, child == null ? new Leaf(rest, newValue) : child.put(rest, newValue));
  }

  @Override
  Node remove(final NibblePath key) {
    if (key.isEmpty()) {
      return value == null ? this : new Branch(children, null).collapse();
    }
    final int nibble = key.at(0);
    final Node child = children[nibble];
    if (child == null) {
      return this;
    }
    final Node newChild = child.remove(key.slice(1));
    return newChild == child ? this : withChild(nibble, newChild).collapse();
  }

  /**
   * A branch must hold at least two entries. With one left it turns into a leaf (its value) or is
   * merged into its only child, keeping the trie's one canonical shape.
   */
  private Node collapse() {
    int only = -1;
    int entries = value == null ? 0 : 1;
    for (int i = 0; i < 16; i++) {
      if (children[i] != null) {
        only = i;
        entries++;
      }
    }
    if (entries >= 2) {
      return this;
    }
    if (value != null) {
      return new Leaf(NibblePath.EMPTY, value);
    }
    return Extension.of(NibblePath.single(only), children[only]);
  }

  @Override
  void proveBelow(final NibblePath key, final List<byte[]> proof) {
    if (!key.isEmpty() && children[key.at(0)] != null) {
      proveChild(children[key.at(0)], key.slice(1), proof);
    }
  }

  @Override
  RlpType toRlp() {
    final List<RlpType> items = new ArrayList<>(17);
    for (final Node child : children) {
      items.add(child == null ? NOTHING : child.reference());
    }
    items.add(value == null ? NOTHING : RlpString.create(value));
    return new RlpList(items);
  }
}
