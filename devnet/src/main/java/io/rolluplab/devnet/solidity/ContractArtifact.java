package io.rolluplab.devnet.solidity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.web3j.utils.Numeric;

/**
 * A contract compiled by {@code devnet/scripts/compile-contracts.sh}: the creation bytecode from
 * {@code contracts/<Name>.json} on the classpath.
 */
public record ContractArtifact(String name, byte[] creationCode) {

  public static ContractArtifact load(final String name) {
    final String resource = "/contracts/" + name + ".json";
    try (InputStream in = ContractArtifact.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is missing: run devnet/scripts/compile-contracts.sh and rebuild");
      }
      final JsonNode json = new ObjectMapper().readTree(in);
      return new ContractArtifact(name, Numeric.hexStringToByteArray(json.get("bytecode").asText()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
