package io.rolluplab.devnet.trie;

import java.util.List;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/**
 * A shared run of nibbles that all keys below have in common, followed by a {@link Branch}. It
 * saves one branch node per nibble where keys do not fork.
 */
final class Extension extends Node {
  final NibblePath path;
  final Node child;

  private Extension(final NibblePath path, final Node child) {
    this.path = path;
    this.child = child;
  }

  /**
   * Puts {@code prefix} in front of {@code node}, merging it into a leaf or extension below, so the
   * trie keeps its one canonical shape (and equal contents give equal roots).
   */
  static Node of(final NibblePath prefix, final Node node) {
    if (prefix.isEmpty()) {
      return node;
    }
    if (node instanceof Extension e) {
      return new Extension(prefix.concat(e.path), e.child);
    }
    if (node instanceof Leaf l) {
      return new Leaf(prefix.concat(l.path), l.value);
    }
    return new Extension(prefix, node);
  }

  @Override
  byte[] get(final NibblePath key) {
    return key.startsWith(path) ? child.get(key.slice(path.length())) : null;
  }

  /** Passes the update down, or splits into a branch where the key leaves the shared run. */
  @Override
  Node put(final NibblePath key, final byte[] value) {
    final int common = path.commonPrefixLength(key);
    if (common == path.length()) {
      return new Extension(path, child.put(key.slice(common), value));
    }
    final Node rest = of(path.slice(common + 1), child);
    final Node branch = Branch.EMPTY.withChild(path.at(common), rest).put(key.slice(common), value);
    return of(key.slice(0, common), branch);
  }

  @Override
  Node remove(final NibblePath key) {
    if (!key.startsWith(path)) {
      return this;
    }
    final Node newChild = child.remove(key.slice(path.length()));
    if (newChild == child) {
      return this;
    }
    return newChild == null ? null : of(path, newChild);
  }

  @Override
  void proveBelow(final NibblePath key, final List<byte[]> proof) {
    if (key.startsWith(path)) {
      proveChild(child, key.slice(path.length()), proof);
    }
  }

  @Override
  RlpType toRlp() {
    return new RlpList(RlpString.create(HexPrefix.encode(path, false)), child.reference());
  }
}
