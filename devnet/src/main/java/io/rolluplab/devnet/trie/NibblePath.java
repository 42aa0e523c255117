package io.rolluplab.devnet.trie;

import java.util.Arrays;

/**
 * An immutable run of nibbles (half-bytes, 0..15): the path the trie walks, one hex digit per
 * level. Slicing shares the array, so walking down a key allocates no copies.
 */
final class NibblePath {
  static final NibblePath EMPTY = new NibblePath(new byte[0], 0, 0);

  private final byte[] nibbles;
  private final int offset;
  private final int length;

  private NibblePath(final byte[] nibbles, final int offset, final int length) {
    this.nibbles = nibbles;
    this.offset = offset;
    this.length = length;
  }

  /** Each byte becomes two nibbles, high half first. */
  static NibblePath fromBytes(final byte[] key) {
    final byte[] n = new byte[key.length * 2];
    for (int i = 0; i < key.length; i++) {
      n[2 * i] = (byte) ((key[i] >> 4) & 0x0F);
      n[2 * i + 1] = (byte) (key[i] & 0x0F);
    }
    return new NibblePath(n, 0, n.length);
  }

  static NibblePath single(final int nibble) {
    return new NibblePath(new byte[] {(byte) nibble}, 0, 1);
  }

  int length() {
    return length;
  }

  boolean isEmpty() {
    return length == 0;
  }

  int at(final int i) {
    return nibbles[offset + i];
  }

  NibblePath slice(final int from) {
    return slice(from, length);
  }

  NibblePath slice(final int from, final int to) {
    return new NibblePath(nibbles, offset + from, to - from);
  }

  NibblePath concat(final NibblePath other) {
    final byte[] n = new byte[length + other.length];
    System.arraycopy(nibbles, offset, n, 0, length);
    System.arraycopy(other.nibbles, other.offset, n, length, other.length);
    return new NibblePath(n, 0, n.length);
  }

  int commonPrefixLength(final NibblePath other) {
    final int max = Math.min(length, other.length);
    int i = 0;
    while (i < max && at(i) == other.at(i)) {
      i++;
    }
    return i;
  }

  boolean startsWith(final NibblePath prefix) {
    return prefix.length <= length && commonPrefixLength(prefix) == prefix.length;
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof NibblePath other && other.length == length && startsWith(other);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(Arrays.copyOfRange(nibbles, offset, offset + length));
  }
}
