package io.rolluplab.devnet.trie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

class OrderedTrieTest {
  @Test
  void emptyListHasTheEmptyRoot() {
    assertThat(OrderedTrie.root(List.of())).isEqualTo(MerklePatriciaTrie.EMPTY_ROOT);
  }

  /** RLP(0) is 0x80 (the empty string), 1..127 are one byte, 128 needs a length prefix. */
  @Test
  void itemsAreKeyedByTheRlpOfTheirIndex() {
    final List<byte[]> items = new ArrayList<>();
    final MerklePatriciaTrie expected = new MerklePatriciaTrie();
    for (int i = 0; i <= 128; i++) {
      final byte[] item = {(byte) 0xf8, (byte) i};
      items.add(item);
      final String key = i == 0 ? "0x80" : i < 128 ? String.format("0x%02x", i) : "0x8180";
      expected.put(Numeric.hexStringToByteArray(key), item);
    }
    assertThat(OrderedTrie.root(items)).isEqualTo(expected.rootHash());
  }
}
