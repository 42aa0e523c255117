package io.rolluplab.rollup.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.UInt256;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;

/**
 * Every binding declares exactly the functions and events of its contract's committed ABI, with
 * the same parameter types, return types and indexed flags, and each event the topic its logs
 * carry: code and ABI cannot drift apart.
 */
class ContractBindingsTest {

  /** Each binding class with the contract whose ABI it binds. */
  static Stream<Arguments> bindings() {
    return Stream.of(
        Arguments.of("BridgeContract", "Bridge"),
        Arguments.of("OptimisticRollupContract", "OptimisticRollup"),
        Arguments.of("DisputeGameContract", "DisputeGame"),
        Arguments.of("ZkRollupContract", "ZkRollup"),
        Arguments.of("MockVerifierContract", "MockVerifier"),
        Arguments.of("PullPaymentsContract", "PullPayments"));
  }

  @ParameterizedTest
  @MethodSource("bindings")
  void bindingMatchesTheCommittedAbi(final String binding, final String contract) throws Exception {
    final Class<?> type = Class.forName(ContractBindingsTest.class.getPackageName() + "." + binding);
    final JsonNode abi = readAbi(contract);
    assertThat(bound(type, ContractFunction.class, ContractBindingsTest::describe))
        .as("functions of %s (signature -> return types)", binding)
        .isEqualTo(inAbi(abi, "function"));
    assertThat(bound(type, ContractEvent.class, ContractBindingsTest::describe))
        .as("events of %s (signature with indexed flags)", binding)
        .isEqualTo(inAbi(abi, "event"));
    final TreeSet<String> constructor = bound(type, ContractFunction.class, ContractBindingsTest::describe);
    constructor.removeIf(f -> !f.startsWith("constructor("));
    if (!constructor.isEmpty()) {
      assertThat(constructor).isEqualTo(inAbi(abi, "constructor"));
    }
  }

  /**
   * A log's topic 0 is keccak256 of the event's canonical signature, with a struct written as a
   * tuple: an event bound with the right fields but the wrong topic would never match a log.
   */
  @ParameterizedTest
  @MethodSource("bindings")
  void everyBoundEventsTopicIsTheHashOfItsCanonicalSignatureInTheAbi(final String binding, final String contract)
      throws Exception {
    final Class<?> type = Class.forName(ContractBindingsTest.class.getPackageName() + "." + binding);
    final JsonNode abi = readAbi(contract);
    for (final Field field : type.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == ContractEvent.class) {
        final ContractEvent event = (ContractEvent) field.get(null);
        final String signature = canonicalSignature(abi, event.name());
        assertThat(event.topic()).as("%s.%s, %s", binding, field.getName(), signature)
            .isEqualTo(UInt256.fromBytes(Keccak.hash(signature.getBytes(StandardCharsets.US_ASCII))));
      }
    }
  }

  /** {@code Name(type,…)} of the ABI's event {@code name}. */
  private static String canonicalSignature(final JsonNode abi, final String name) {
    for (final JsonNode entry : abi) {
      if (entry.get("type").asText().equals("event") && entry.get("name").asText().equals(name)) {
        final List<String> params = new ArrayList<>();
        entry.get("inputs").forEach(p -> params.add(canonical(p)));
        return name + "(" + String.join(",", params) + ")";
      }
    }
    throw new AssertionError("no event " + name + " in the ABI");
  }

  /** The public static constants of {@code fieldType} in {@code binding}, described. */
  private static <T> TreeSet<String> bound(final Class<?> binding, final Class<T> fieldType,
      final java.util.function.Function<T, String> describe) throws IllegalAccessException {
    final TreeSet<String> described = new TreeSet<>();
    for (final Field field : binding.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == fieldType) {
        final String description = describe.apply(fieldType.cast(field.get(null)));
        if (fieldType != ContractFunction.class || !description.startsWith("constructor(")) {
          described.add(description);
        }
      }
    }
    return described;
  }

  private static String describe(final ContractFunction function) {
    return function.signature() + " -> " + function.outputs().stream().map(ContractBindingsTest::typeName).collect(Collectors.joining(","));
  }

  private static String describe(final ContractEvent event) {
    return event.name() + event.event().getParameters().stream()
        .map(p -> (p.isIndexed() ? "indexed " : "") + typeName(p))
        .collect(Collectors.joining(",", "(", ")"));
  }

  /** The Solidity name of a plain web3j type: class Uint256 is uint256, Address is address. */
  private static String typeName(final TypeReference<? extends Type> reference) {
    try {
      return reference.getClassType().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The ABI's entries of one kind, described like {@link #describe}. */
  private static TreeSet<String> inAbi(final JsonNode abi, final String kind) {
    final TreeSet<String> described = new TreeSet<>();
    for (final JsonNode entry : abi) {
      if (!entry.get("type").asText().equals(kind)) {
        continue;
      }
      final List<String> params = new ArrayList<>();
      entry.get("inputs").forEach(p -> params.addAll(kind.equals("event") ? eventParam(p) : List.of(canonical(p))));
      final String name = kind.equals("constructor") ? "constructor" : entry.get("name").asText();
      if (kind.equals("event")) {
        described.add(name + "(" + String.join(",", params) + ")");
      } else {
        final List<String> outputs = new ArrayList<>();
        if (entry.has("outputs")) {
          entry.get("outputs").forEach(o -> outputs.addAll(flattened(o)));
        }
        described.add(name + "(" + String.join(",", params) + ") -> " + String.join(",", outputs));
      }
    }
    return described;
  }

  /** A parameter's canonical type: a tuple as its component types in parentheses. */
  private static String canonical(final JsonNode param) {
    final String type = param.get("type").asText();
    if (!type.startsWith("tuple")) {
      return type;
    }
    final List<String> components = new ArrayList<>();
    param.get("components").forEach(c -> components.add(canonical(c)));
    return "(" + String.join(",", components) + ")" + type.substring("tuple".length());
  }

  /**
   * An event parameter as a binding declares it: an indexed one marked so; a non-indexed static
   * struct as its fields, since that is how the log's data encodes it (ContractEvent.withStruct).
   */
  private static List<String> eventParam(final JsonNode param) {
    if (param.get("indexed").asBoolean()) {
      return List.of("indexed " + canonical(param));
    }
    return isStatic(param) ? flattened(param) : List.of(canonical(param));
  }

  /** Whether a type is encoded in place, with no offset: no bytes, string or dynamic array in it. */
  private static boolean isStatic(final JsonNode param) {
    final String type = param.get("type").asText();
    if (type.equals("bytes") || type.equals("string") || type.endsWith("[]")) {
      return false;
    }
    if (type.startsWith("tuple")) {
      for (final JsonNode component : param.get("components")) {
        if (!isStatic(component)) {
          return false;
        }
      }
    }
    return true;
  }

  /** A returned static struct is encoded as its fields one after another, and bound that way. */
  private static List<String> flattened(final JsonNode output) {
    if (!output.get("type").asText().equals("tuple")) {
      return List.of(output.get("type").asText());
    }
    final List<String> fields = new ArrayList<>();
    output.get("components").forEach(c -> fields.addAll(flattened(c)));
    return fields;
  }

  private static JsonNode readAbi(final String contract) throws Exception {
    try (InputStream in = ContractBindingsTest.class.getResourceAsStream("/contracts/" + contract + ".json")) {
      return new ObjectMapper().readTree(in).get("abi");
    }
  }
}
