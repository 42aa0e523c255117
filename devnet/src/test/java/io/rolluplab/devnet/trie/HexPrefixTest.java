package io.rolluplab.devnet.trie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

/** The examples of the yellow paper's appendix C, one per flag value. */
class HexPrefixTest {
  @Test
  void evenExtensionPathIsPaddedWithAZeroNibble() {
    assertThat(encode("012345", false)).isEqualTo("0x00012345");
  }

  @Test
  void oddExtensionPathSharesTheFlagByte() {
    assertThat(encode("12345", false)).isEqualTo("0x112345");
  }

  @Test
  void evenLeafPathSetsTheLeafFlag() {
    assertThat(encode("0f1cb8", true)).isEqualTo("0x200f1cb8");
  }

  @Test
  void oddLeafPathSetsBothFlags() {
    assertThat(encode("f1cb8", true)).isEqualTo("0x3f1cb8");
  }

  @Test
  void emptyPathIsJustTheFlagByte() {
    assertThat(encode("", true)).isEqualTo("0x20");
  }

  /** Builds the path from hex digits, one nibble each. */
  private static String encode(final String digits, final boolean leaf) {
    NibblePath path = NibblePath.EMPTY;
    for (final char c : digits.toCharArray()) {
      path = path.concat(NibblePath.single(Character.digit(c, 16)));
    }
    return Numeric.toHexString(HexPrefix.encode(path, leaf));
  }
}
