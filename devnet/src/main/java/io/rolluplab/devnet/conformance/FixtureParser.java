package io.rolluplab.devnet.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns a fixture file into {@link StateTestFixture}s. It walks Jackson's tree rather than binding
 * classes, because the format keys accounts and slots by hex strings and mixes hex with arrays.
 * Unknown fields are ignored; a missing required one fails with the field's name.
 */
final class FixtureParser {
  static final String FORK = "Cancun";
  private static final ObjectMapper JSON = new ObjectMapper();

  private FixtureParser() {}

  static List<StateTestFixture> parse(final Path file) throws IOException {
    final JsonNode root = JSON.readTree(file.toFile());
    final List<StateTestFixture> fixtures = new ArrayList<>();
    for (final Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      final Map.Entry<String, JsonNode> test = it.next();
      fixtures.add(test(test.getKey(), test.getValue()));
    }
    return fixtures;
  }

  private static StateTestFixture test(final String name, final JsonNode t) {
    return new StateTestFixture(
        name,
        labels(t.path("_info").path("labels")),
        env(required(t, "env")),
        pre(required(t, "pre")),
        transaction(required(t, "transaction")),
        post(required(t, "post").path(FORK)));
  }

  private static Map<Integer, String> labels(final JsonNode labels) {
    final Map<Integer, String> byIndex = new LinkedHashMap<>();
    labels.fields().forEachRemaining(e -> byIndex.put(Integer.parseInt(e.getKey()), e.getValue().asText()));
    return byIndex;
  }

  private static FixtureEnv env(final JsonNode env) {
    return new FixtureEnv(
        Address.fromHex(text(env, "currentCoinbase")),
        Hex.unsignedLong(text(env, "currentNumber")),
        Hex.unsignedLong(text(env, "currentTimestamp")),
        Hex.unsignedLong(text(env, "currentGasLimit")),
        Hex.quantity(text(env, "currentBaseFee")),
        UInt256.fromHex(text(env, "currentRandom")),
        Hex.quantity(env.path("currentExcessBlobGas").asText("0x00")));
  }

  private static Map<Address, FixtureAccount> pre(final JsonNode pre) {
    final Map<Address, FixtureAccount> accounts = new LinkedHashMap<>();
    pre.fields().forEachRemaining(e -> accounts.put(Address.fromHex(e.getKey()), account(e.getValue())));
    return accounts;
  }

  private static FixtureAccount account(final JsonNode a) {
    final Map<UInt256, UInt256> storage = new LinkedHashMap<>();
    a.path("storage").fields().forEachRemaining(
        e -> storage.put(UInt256.fromHex(e.getKey()), UInt256.fromHex(e.getValue().asText())));
    return new FixtureAccount(
        Hex.quantity(text(a, "balance")), Hex.unsignedLong(text(a, "nonce")), Hex.bytes(text(a, "code")), storage);
  }

  private static TransactionTemplate transaction(final JsonNode tx) {
    final String to = text(tx, "to");
    return new TransactionTemplate(
        Address.fromHex(text(tx, "sender")),
        to.isEmpty() ? null : Address.fromHex(to),
        Hex.quantity(text(tx, "nonce")),
        list(required(tx, "data"), Hex::bytes),
        list(required(tx, "gasLimit"), Hex::quantity),
        list(required(tx, "value"), Hex::quantity));
  }

  private static List<PostEntry> post(final JsonNode entries) {
    final List<PostEntry> post = new ArrayList<>();
    for (final JsonNode e : entries) {
      final JsonNode indexes = required(e, "indexes");
      post.add(new PostEntry(
          post.size(),
          required(indexes, "data").asInt(),
          required(indexes, "gas").asInt(),
          required(indexes, "value").asInt(),
          Hex.bytes(text(e, "hash")),
          Hex.bytes(text(e, "logs")),
          Hex.bytes(text(e, "txbytes")),
          e.has("expectException") ? e.get("expectException").asText() : null));
    }
    return post;
  }

  private static <T> List<T> list(final JsonNode array, final Function<String, T> parse) {
    final List<T> values = new ArrayList<>();
    array.forEach(v -> values.add(parse.apply(v.asText())));
    return values;
  }

  private static String text(final JsonNode node, final String field) {
    return required(node, field).asText();
  }

  private static JsonNode required(final JsonNode node, final String field) {
    final JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("fixture field '" + field + "' is missing");
    }
    return value;
  }
}
