package io.rolluplab.devnet.trie;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.web3j.utils.Numeric;

/** The ethereum/tests TrieTests vectors (see README.md beside trie-vectors.json). */
class TrieVectorsTest {
  private static final JsonNode VECTORS = load();

  /** One put (value non-null) or delete (value null). */
  private record Update(byte[] key, byte[] value) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("inOrder")
  void updatesInTheGivenOrderGiveTheExpectedRoot(
      final String name, final boolean secure, final List<Update> updates, final String root) {
    assertThat(rootAfter(updates, secure)).isEqualTo(root);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("anyOrder")
  void everyInsertionOrderGivesTheExpectedRoot(
      final String name, final boolean secure, final List<Update> updates, final String root) {
    for (final List<Update> order : permutations(updates)) {
      assertThat(rootAfter(order, secure)).isEqualTo(root);
    }
  }

  static Stream<Arguments> inOrder() {
    return Stream.of(
            cases("trietest", false),
            cases("trietest_secureTrie", true),
            cases("hex_encoded_securetrie_test", true))
        .flatMap(s -> s);
  }

  static Stream<Arguments> anyOrder() {
    return Stream.concat(cases("trieanyorder", false), cases("trieanyorder_secureTrie", true));
  }

  private static Stream<Arguments> cases(final String section, final boolean secure) {
    final List<Arguments> out = new ArrayList<>();
    final Iterable<Map.Entry<String, JsonNode>> named = () -> VECTORS.get(section).fields();
    for (final Map.Entry<String, JsonNode> c : named) {
      final List<Update> updates = new ArrayList<>();
      for (final JsonNode pair : c.getValue().get("in")) {
        final JsonNode value = pair.get(1);
        updates.add(new Update(bytes(pair.get(0)), value.isNull() ? null : bytes(value)));
      }
      final String root = c.getValue().get("root").asText();
      out.add(Arguments.of(section + "/" + c.getKey(), secure, updates, root));
    }
    return out.stream();
  }

  private static String rootAfter(final List<Update> updates, final boolean secure) {
    final MerklePatriciaTrie plain = new MerklePatriciaTrie();
    final SecureTrie hashed = new SecureTrie();
    for (final Update u : updates) {
      final byte[] value = u.value() == null ? new byte[0] : u.value();
      if (secure) {
        hashed.put(u.key(), value);
      } else {
        plain.put(u.key(), value);
      }
    }
    return Numeric.toHexString(secure ? hashed.rootHash() : plain.rootHash());
  }

  private static List<List<Update>> permutations(final List<Update> items) {
    if (items.size() <= 1) {
      return List.of(items);
    }
    final List<List<Update>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      final List<Update> rest = new ArrayList<>(items);
      final Update first = rest.remove(i);
      for (final List<Update> tail : permutations(rest)) {
        final List<Update> order = new ArrayList<>();
        order.add(first);
        order.addAll(tail);
        out.add(order);
      }
    }
    return out;
  }

  /** "0x…" is hex, anything else UTF-8 text, as in the upstream files. */
  private static byte[] bytes(final JsonNode node) {
    final String s = node.asText();
    return s.startsWith("0x")
        ? Numeric.hexStringToByteArray(s)
        : s.getBytes(StandardCharsets.UTF_8);
  }

  private static JsonNode load() {
    try (InputStream in = TrieVectorsTest.class.getResourceAsStream("trie-vectors.json")) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
