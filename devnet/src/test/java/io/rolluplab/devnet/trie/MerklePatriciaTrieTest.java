package io.rolluplab.devnet.trie;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.crypto.Keccak;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

class MerklePatriciaTrieTest {
  @Test
  void emptyTrieHasTheRootOfAnEmptyString() {
    assertThat(new MerklePatriciaTrie().rootHash()).isEqualTo(MerklePatriciaTrie.EMPTY_ROOT);
    assertThat(Numeric.toHexString(MerklePatriciaTrie.EMPTY_ROOT))
        .isEqualTo("0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421");
  }

  @Test
  void threeDogsGiveTheKnownRoot() {
    final MerklePatriciaTrie trie =
        trieOf("doe", "reindeer", "dog", "puppy", "dogglesworth", "cat");
    assertThat(Numeric.toHexString(trie.rootHash()))
        .isEqualTo("0x8aad789dff2f538bca5d8ea56e8abe10f4c7ba3a5dea95fea4cd6e7c3a1168d3");
  }

  @Test
  void getReturnsTheLatestValueAndNullForAbsentKeys() {
    final MerklePatriciaTrie trie = trieOf("do", "verb", "dog", "puppy", "doge", "coin");
    trie.put(utf8("dog"), utf8("hound"));
    assertThat(trie.get(utf8("do"))).isEqualTo(utf8("verb"));
    assertThat(trie.get(utf8("dog"))).isEqualTo(utf8("hound"));
    assertThat(trie.get(utf8("d"))).isNull();
    assertThat(trie.get(utf8("dogs"))).isNull();
    assertThat(trie.get(utf8("cat"))).isNull();
  }

  @Test
  void puttingAnEmptyValueRemovesTheKey() {
    final MerklePatriciaTrie trie = trieOf("doe", "reindeer", "dog", "puppy");
    final byte[] before = trieOf("doe", "reindeer").rootHash();
    trie.put(utf8("dog"), new byte[0]);
    assertThat(trie.get(utf8("dog"))).isNull();
    assertThat(trie.rootHash()).isEqualTo(before);
  }

  @Test
  void removingEveryKeyGivesBackTheEmptyRoot() {
    final MerklePatriciaTrie trie =
        trieOf("do", "verb", "dog", "puppy", "doge", "coin", "horse", "stallion");
    for (final String key : List.of("dog", "horse", "do", "doge")) {
      trie.remove(utf8(key));
    }
    assertThat(trie.rootHash()).isEqualTo(MerklePatriciaTrie.EMPTY_ROOT);
  }

  @Test
  void removingAnAbsentKeyChangesNothing() {
    final MerklePatriciaTrie trie = trieOf("doe", "reindeer", "dog", "puppy");
    final byte[] before = trie.rootHash();
    trie.remove(utf8("do"));
    trie.remove(utf8("dogs"));
    trie.remove(utf8("cat"));
    assertThat(trie.rootHash()).isEqualTo(before);
  }

  /**
   * Random puts and removes over a pool of short keys (so branches also hold values, and removals
   * hit) with short values (so many nodes are embedded), checked after each round against a trie
   * built from scratch: an updated trie must have exactly the shape a fresh one has.
   */
  @Test
  void randomUpdatesGiveTheSameRootAsBuildingFromScratch() {
    final Random random = new Random(42);
    final List<byte[]> keys = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      keys.add(randomBytes(random, random.nextInt(4)));
    }
    final MerklePatriciaTrie trie = new MerklePatriciaTrie();
    final Map<String, byte[]> expected = new HashMap<>();
    for (int round = 0; round < 50; round++) {
      for (int i = 0; i < 40; i++) {
        final byte[] key = keys.get(random.nextInt(keys.size()));
        if (random.nextInt(3) == 0) {
          trie.remove(key);
          expected.remove(Numeric.toHexString(key));
        } else {
          final int length = 1 + random.nextInt(random.nextBoolean() ? 4 : 40);
          final byte[] value = randomBytes(random, length);
          trie.put(key, value);
          expected.put(Numeric.toHexString(key), value);
        }
      }
      final MerklePatriciaTrie fresh = new MerklePatriciaTrie();
      expected.forEach((key, value) -> fresh.put(Numeric.hexStringToByteArray(key), value));
      assertThat(trie.rootHash()).as("round %d", round).isEqualTo(fresh.rootHash());
      expected.forEach(
          (key, value) -> assertThat(trie.get(Numeric.hexStringToByteArray(key))).isEqualTo(value));
    }
  }

  @Test
  void nodesShorterThanAHashAreEmbeddedInTheirParent() {
    final MerklePatriciaTrie trie = trieOf("foo", "bar", "food", "bass");
    assertThat(trie.proof(utf8("food"))).hasSize(1);
  }

  @Test
  void proofStartsAtTheRootAndEachNodeIsReferencedByHashFromTheOneBefore() {
    final SecureTrie trie = new SecureTrie();
    for (int i = 0; i < 1000; i++) {
      trie.put(utf8("account" + i), Keccak.hash(utf8("value" + i)));
    }
    final List<byte[]> proof = trie.proof(utf8("account7"));
    assertThat(proof.size()).isGreaterThan(2);
    assertThat(Keccak.hash(proof.get(0))).isEqualTo(trie.rootHash());
    for (int i = 1; i < proof.size(); i++) {
      assertThat(contains(proof.get(i - 1), Keccak.hash(proof.get(i)))).as("node %d", i).isTrue();
    }
    assertThat(contains(proof.get(proof.size() - 1), Keccak.hash(utf8("value7")))).isTrue();
  }

  @Test
  void proofOfAnEmptyTrieIsEmpty() {
    assertThat(new MerklePatriciaTrie().proof(utf8("dog"))).isEmpty();
  }

  private static MerklePatriciaTrie trieOf(final String... keysAndValues) {
    final MerklePatriciaTrie trie = new MerklePatriciaTrie();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      trie.put(utf8(keysAndValues[i]), utf8(keysAndValues[i + 1]));
    }
    return trie;
  }

  private static byte[] utf8(final String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] randomBytes(final Random random, final int length) {
    final byte[] b = new byte[length];
    random.nextBytes(b);
    return b;
  }

  private static boolean contains(final byte[] haystack, final byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return true;
      }
    }
    return false;
  }
}
