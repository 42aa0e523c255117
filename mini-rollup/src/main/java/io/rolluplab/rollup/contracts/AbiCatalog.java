package io.rolluplab.rollup.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Log;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;
import org.web3j.utils.Numeric;

/**
 * Every function, event and error the rollup contracts declare, read from their committed ABIs:
 * what an explorer needs to name a call by its selector, a log by its topic 0 and a revert by its
 * error selector, with the parameters' names from the source. The typed bindings
 * ({@link BridgeContract} …) are for code that sends and reads; this is for showing any of it.
 */
public final class AbiCatalog {
  /** The deployed contracts; their ABIs include what they inherit (DepositConsumer, PullPayments). */
  private static final List<String> CONTRACTS =
      List.of("Bridge", "OptimisticRollup", "DisputeGame", "ZkRollup", "MockVerifier");
  private static final Map<String, Entry> BY_SELECTOR = load();

  /** One ABI entry: {@code kind} is "function", "event" or "error". */
  record Entry(String kind, String name, List<Param> params) {
    String signature() {
      return name + "(" + String.join(",", params.stream().map(Param::type).toList()) + ")";
    }

    List<TypeReference<Type>> types() {
      return params.stream().map(p -> reference(p.type())).toList();
    }

    /** Whether its values can be read: no struct with dynamic fields ({@link #staticFields}), none indexed. */
    boolean decodable() {
      return params.stream()
          .noneMatch(p -> p.type().startsWith("(") && (p.indexed() || staticFields(p.type()).isEmpty()));
    }
  }

  /** A declared parameter. */
  record Param(String name, String type, boolean indexed) {}

  /** A decoded argument, every value written as text: decimal numbers, 0x-hex bytes, checksum-free 0x addresses. */
  public record Value(String name, String type, String value) {}

  /**
   * A call, log or revert named from the ABIs.
   *
   * @param values the arguments in declaration order, a struct as {@code (field, field, …)}; empty with
   *     {@code undecoded} set when the signature holds a struct with dynamic fields (a proof), which is
   *     shown as its signature only
   */
  public record Decoded(String name, String signature, List<Value> values, boolean undecoded) {}

  private AbiCatalog() {}

  /** The function {@code callData} calls, with its arguments, if a rollup contract declares its selector. */
  public static Optional<Decoded> call(final byte[] callData) {
    return bySelector("function", callData);
  }

  /** The custom error {@code revertData} holds, with its arguments, if a rollup contract declares it. */
  public static Optional<Decoded> error(final byte[] revertData) {
    return bySelector("error", revertData);
  }

  /** The event {@code log} is, with its parameters from topics and data, if a rollup contract declares it. */
  public static Optional<Decoded> event(final Log log) {
    if (log.topics().isEmpty()) {
      return Optional.empty();
    }
    final Entry entry = BY_SELECTOR.get("event:" + log.topics().get(0).toHex());
    if (entry == null) {
      return Optional.empty();
    }
    if (!entry.decodable()) {
      return Optional.of(new Decoded(entry.name(), entry.signature(), List.of(), true));
    }
    final List<String> data = decode(entry.params().stream().filter(p -> !p.indexed()).toList(), log.data());
    final List<Value> values = new ArrayList<>();
    int topic = 1;
    int field = 0;
    for (final Param param : entry.params()) {
      final String value = param.indexed()
          ? format(FunctionReturnDecoder.decodeIndexedValue(log.topics().get(topic++).toHex(), reference(param.type())))
          : data.get(field++);
      values.add(new Value(param.name(), param.type(), value));
    }
    return Optional.of(new Decoded(entry.name(), entry.signature(), values, false));
  }

  /** The entry of {@code kind} whose four-byte selector {@code data} starts with. */
  static Optional<Entry> entryFor(final String kind, final byte[] data) {
    if (data == null || data.length < 4) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_SELECTOR.get(kind + ":" + Numeric.toHexString(Arrays.copyOf(data, 4))));
  }

  private static Optional<Decoded> bySelector(final String kind, final byte[] data) {
    return entryFor(kind, data).map(entry -> {
      if (!entry.decodable()) {
        return new Decoded(entry.name(), entry.signature(), List.of(), true);
      }
      final List<String> args = decode(entry.params(), Arrays.copyOfRange(data, 4, data.length));
      final List<Value> values = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) {
        final Param param = entry.params().get(i);
        values.add(new Value(param.name(), param.type(), args.get(i)));
      }
      return new Decoded(entry.name(), entry.signature(), values, false);
    });
  }

  /**
   * The values of {@code params}, ABI-encoded one after the other in {@code data}, as text. A
   * struct of static fields is encoded as its fields, so it is read as them and written
   * {@code (field, field, …)}.
   */
  private static List<String> decode(final List<Param> params, final byte[] data) {
    final List<TypeReference<Type>> types = new ArrayList<>();
    for (final Param param : params) {
      staticFields(param.type()).orElse(List.of(param.type())).forEach(type -> types.add(reference(type)));
    }
    final List<Type> decoded = FunctionReturnDecoder.decode(Numeric.toHexString(data), types);
    final List<String> values = new ArrayList<>();
    int next = 0;
    for (final Param param : params) {
      final Optional<List<String>> fields = staticFields(param.type());
      if (fields.isEmpty()) {
        values.add(format(decoded.get(next++)));
        continue;
      }
      final List<String> parts = new ArrayList<>();
      for (int f = 0; f < fields.get().size(); f++) {
        parts.add(format(decoded.get(next++)));
      }
      values.add("(" + String.join(", ", parts) + ")");
    }
    return values;
  }

  /**
   * The field types of a struct type such as {@code (bytes32,uint32)} whose fields are all of a
   * fixed size (no {@code bytes}, {@code string}, array or nested struct); empty for any other type.
   */
  private static Optional<List<String>> staticFields(final String type) {
    if (!type.startsWith("(") || !type.endsWith(")") || type.indexOf('(', 1) >= 0) {
      return Optional.empty();
    }
    final List<String> fields = List.of(type.substring(1, type.length() - 1).split(","));
    final boolean fixed = fields.stream().noneMatch(f -> f.equals("bytes") || f.equals("string") || f.endsWith("]"));
    return fixed ? Optional.of(fields) : Optional.empty();
  }

  /** An ABI value as text: bytes as 0x-hex, arrays element by element, the rest as web3j prints them. */
  static String format(final Type<?> value) {
    final Object raw = value.getValue();
    if (raw instanceof byte[] bytes) {
      return Numeric.toHexString(bytes);
    }
    if (raw instanceof List<?> list) {
      return list.stream().map(item -> format((Type<?>) item)).toList().toString();
    }
    return String.valueOf(raw);
  }

  @SuppressWarnings("unchecked")
  private static TypeReference<Type> reference(final String solidityType) {
    try {
      return (TypeReference<Type>) TypeReference.makeTypeReference(solidityType);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no web3j type for " + solidityType, e);
    }
  }

  /** Keys "function:0x12345678", "error:0x12345678" (four-byte selectors) and "event:0x…" (32-byte topic 0). */
  private static Map<String, Entry> load() {
    final Map<String, Entry> entries = new HashMap<>();
    for (final String contract : CONTRACTS) {
      for (final JsonNode node : abi(contract)) {
        final String kind = node.get("type").asText();
        if (!List.of("function", "event", "error").contains(kind)) {
          continue;
        }
        final List<Param> params = new ArrayList<>();
        node.get("inputs").forEach(input -> params.add(new Param(input.get("name").asText(), canonicalType(input),
            input.path("indexed").asBoolean(false))));
        final Entry entry = new Entry(kind, node.get("name").asText(), params);
        final byte[] hash = Keccak.hash(entry.signature().getBytes(StandardCharsets.US_ASCII));
        entries.put(kind + ":" + Numeric.toHexString(kind.equals("event") ? hash : Arrays.copyOf(hash, 4)), entry);
      }
    }
    return Map.copyOf(entries);
  }

  /** The type as a signature spells it: a struct is its fields' types in parentheses ({@code Abi.PROOF}). */
  private static String canonicalType(final JsonNode input) {
    final String type = input.get("type").asText();
    if (!type.startsWith("tuple")) {
      return type;
    }
    final List<String> fields = new ArrayList<>();
    input.get("components").forEach(component -> fields.add(canonicalType(component)));
    return "(" + String.join(",", fields) + ")" + type.substring("tuple".length());
  }

  private static JsonNode abi(final String contract) {
    final String resource = "/contracts/" + contract + ".json";
    try (InputStream in = AbiCatalog.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing: run devnet/scripts/compile-contracts.sh");
      }
      return new ObjectMapper().readTree(in).get("abi");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
