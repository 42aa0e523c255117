package io.rolluplab.devnet.evm.precompile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.web3j.utils.Numeric;

/**
 * A known input/output/gas triple for a precompile, read from a JSON resource next to the tests in
 * the layout go-ethereum uses: {@code [{"Name", "Input", "Expected", "Gas"}]}, hex without 0x.
 */
record PrecompileVector(String name, byte[] input, byte[] expected, long gas) {

  static List<PrecompileVector> load(final String resource) {
    try (InputStream in = PrecompileVector.class.getResourceAsStream(resource)) {
      final List<PrecompileVector> vectors = new ArrayList<>();
      for (final JsonNode node : new ObjectMapper().readTree(in)) {
        vectors.add(
            new PrecompileVector(
                node.get("Name").asText(),
                Numeric.hexStringToByteArray(node.get("Input").asText()),
                Numeric.hexStringToByteArray(node.get("Expected").asText()),
                node.get("Gas").asLong()));
      }
      return vectors;
    } catch (final IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Checks the price, that the run succeeds, and its output. */
  void assertHolds(final Precompile precompile) {
    assertThat(precompile.gasCost(input)).as("gas of %s", name).isEqualTo(gas);
    final PrecompileResult result = precompile.run(input);
    assertThat(result.success()).as("success of %s (%s)", name, result.reason()).isTrue();
    assertThat(Numeric.toHexString(result.output()))
        .as("output of %s", name)
        .isEqualTo(Numeric.toHexString(expected));
  }

  @Override
  public String toString() {
    return name;
  }
}
