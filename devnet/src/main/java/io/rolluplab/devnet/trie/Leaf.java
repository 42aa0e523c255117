package io.rolluplab.devnet.trie;

import java.util.List;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/** The end of a key: the rest of its path (hex-prefix encoded, leaf flag set) and the value. */
final class Leaf extends Node {
  final NibblePath path;
  final byte[] value;

  Leaf(final NibblePath path, final byte[] value) {
    this.path = path;
    this.value = value;
  }

  @Override
  byte[] get(final NibblePath key) {
    return path.equals(key) ? value : null;
  }

  /** Replaces the value, or splits into a branch where the two paths part. */
  @Override
  Node put(final NibblePath key, final byte[] newValue) {
    if (path.equals(key)) {
      return new Leaf(path, newValue);
    }
    final int common = path.commonPrefixLength(key);
    final Node branch =
        Branch.EMPTY.put(path.slice(common), value).put(key.slice(common), newValue);
    return Extension.of(key.slice(0, common), branch);
  }

  @Override
  Node remove(final NibblePath key) {
    return path.equals(key) ? null : this;
  }

  @Override
  void proveBelow(final NibblePath key, final List<byte[]> proof) {
    // nothing below a leaf
  }

  @Override
  RlpType toRlp() {
    return new RlpList(RlpString.create(HexPrefix.encode(path, true)), RlpString.create(value));
  }
}
