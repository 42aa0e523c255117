package io.rolluplab.rollup.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.crypto.Keccak;
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
import java.util.stream.Collectors;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Type;
import org.web3j.utils.Numeric;

/**
 * A custom error a rollup contract reverted with, such as
 * {@code WithdrawalAlreadyFinalized(0x5c…)}. Revert data is the error's four-byte selector and its
 * ABI-encoded arguments; the selectors are read from the committed ABIs, so every error any of the
 * contracts declares (or reverts with from a library) can be named.
 */
public record ContractError(String name, List<Type> args) {
  private static final List<String> CONTRACTS =
      List.of("Bridge", "OptimisticRollup", "DisputeGame", "ZkRollup", "MockVerifier");
  private static final Map<String, Definition> BY_SELECTOR = loadDefinitions();

  private record Definition(String name, List<TypeReference<Type>> params) {}

  /** The error in {@code revertData}, if one of the contracts declares its selector. */
  public static Optional<ContractError> decode(final byte[] revertData) {
    if (revertData == null || revertData.length < 4) {
      return Optional.empty();
    }
    final Definition definition = BY_SELECTOR.get(Numeric.toHexString(Arrays.copyOf(revertData, 4)));
    if (definition == null) {
      return Optional.empty();
    }
    final byte[] encodedArgs = Arrays.copyOfRange(revertData, 4, revertData.length);
    return Optional.of(new ContractError(
        definition.name(), FunctionReturnDecoder.decode(Numeric.toHexString(encodedArgs), definition.params())));
  }

  /** The error as Solidity would write it: {@code Name(arg, …)}. */
  @Override
  public String toString() {
    return name + args.stream().map(ContractError::format).collect(Collectors.joining(", ", "(", ")"));
  }

  private static String format(final Type<?> value) {
    return value.getValue() instanceof byte[] bytes ? Numeric.toHexString(bytes) : String.valueOf(value.getValue());
  }

  private static Map<String, Definition> loadDefinitions() {
    final Map<String, Definition> definitions = new HashMap<>();
    for (final String contract : CONTRACTS) {
      for (final JsonNode entry : abi(contract)) {
        if (!entry.get("type").asText().equals("error")) {
          continue;
        }
        final List<String> types = new ArrayList<>();
        entry.get("inputs").forEach(input -> types.add(input.get("type").asText()));
        final String signature = entry.get("name").asText() + "(" + String.join(",", types) + ")";
        final String selector = Numeric.toHexString(Arrays.copyOf(Keccak.hash(signature.getBytes(StandardCharsets.US_ASCII)), 4));
        definitions.put(selector, new Definition(entry.get("name").asText(), types.stream().map(ContractError::reference).toList()));
      }
    }
    return Map.copyOf(definitions);
  }

  @SuppressWarnings("unchecked")
  private static TypeReference<Type> reference(final String solidityType) {
    try {
      return (TypeReference<Type>) TypeReference.makeTypeReference(solidityType);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no web3j type for " + solidityType, e);
    }
  }

  private static JsonNode abi(final String contract) {
    final String resource = "/contracts/" + contract + ".json";
    try (InputStream in = ContractError.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing: run devnet/scripts/compile-contracts.sh");
      }
      return new ObjectMapper().readTree(in).get("abi");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
