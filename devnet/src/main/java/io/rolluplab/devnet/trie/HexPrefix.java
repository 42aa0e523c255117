package io.rolluplab.devnet.trie;

/**
 * Hex-prefix encoding (yellow paper, appendix C): packs a nibble path into bytes. The first nibble
 * is a flag: bit 1 says "leaf" (the path ends at a value), bit 0 says "odd length". An odd path
 * puts its first nibble next to the flag; an even one pads the flag byte with a zero nibble.
 *
 * <p>Without the flag, a reader could not tell path {@code 1} from path {@code 01}, nor a leaf from
 * an extension, since both are two-item lists.
 */
final class HexPrefix {
  private HexPrefix() {}

  static byte[] encode(final NibblePath path, final boolean leaf) {
    final int odd = path.length() % 2;
    final byte[] out = new byte[path.length() / 2 + 1];
    final int flag = (leaf ? 2 : 0) + odd;
    out[0] = (byte) ((flag << 4) | (odd == 1 ? path.at(0) : 0));
    for (int i = odd; i < path.length(); i += 2) {
      out[1 + i / 2] = (byte) ((path.at(i) << 4) | path.at(i + 1));
    }
    return out;
  }
}
