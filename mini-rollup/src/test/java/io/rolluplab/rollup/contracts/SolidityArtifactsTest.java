package io.rolluplab.rollup.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed contract artifacts (ABI and bytecode JSON) of both modules, and of mini-rollup's
 * test-only contracts, are exactly what the pinned solc makes of the committed sources, so a stale
 * artifact can never ship or be tested.
 */
class SolidityArtifactsTest {
  private static PinnedSolc solc;

  @BeforeAll
  static void installSolc() throws Exception {
    solc = PinnedSolc.inThisRepository();
  }

  @Test
  void miniRollupArtifactsMatchAFreshCompile(@TempDir final Path fresh) throws Exception {
    assertFresh("mini-rollup/contracts", "mini-rollup/src/main/resources/contracts", fresh);
  }

  /** Test-only contracts import production ones, so a change to either makes these stale. */
  @Test
  void miniRollupTestOnlyArtifactsMatchAFreshCompile(@TempDir final Path fresh) throws Exception {
    assertFresh("mini-rollup/src/test/solidity", "mini-rollup/src/test/resources/contracts", fresh);
  }

  /** Both folders end up as {@code /contracts/<Name>.json} on the test classpath: one name, one contract. */
  @Test
  void noTestOnlyContractSharesANameWithAProductionContract() throws Exception {
    final Set<String> production = artifactsIn(solc.repo().resolve("mini-rollup/src/main/resources/contracts")).keySet();
    final Set<String> testOnly = artifactsIn(solc.repo().resolve("mini-rollup/src/test/resources/contracts")).keySet();
    assertThat(testOnly).isNotEmpty().doesNotContainAnyElementsOf(production);
  }

  @Test
  void devnetArtifactsMatchAFreshCompile(@TempDir final Path fresh) throws Exception {
    assertFresh("devnet/src/main/solidity", "devnet/src/main/resources/contracts", fresh);
  }

  private static void assertFresh(final String sources, final String artifacts, final Path fresh) throws Exception {
    solc.compile(sources, fresh);
    final Map<String, String> expected = artifactsIn(fresh);
    final Map<String, String> committed = artifactsIn(solc.repo().resolve(artifacts));
    final List<String> problems = new ArrayList<>();
    for (final String name : new TreeSet<>(expected.keySet())) {
      if (!committed.containsKey(name)) {
        problems.add(name + ": no artifact committed");
      } else if (!committed.get(name).equals(expected.get(name))) {
        problems.add(name + ": the committed artifact differs from a fresh compile");
      }
    }
    committed.keySet().stream().filter(name -> !expected.containsKey(name))
        .forEach(name -> problems.add(name + ": artifact without a contract in " + sources));
    assertThat(problems)
        .as("stale artifacts in %s; run devnet/scripts/compile-contracts.sh and commit the result", artifacts)
        .isEmpty();
  }

  /** Contract name -> JSON text of every artifact in {@code dir}. */
  private static Map<String, String> artifactsIn(final Path dir) throws IOException {
    final Map<String, String> byName = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (final Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        byName.put(file.getFileName().toString().replace(".json", ""), Files.readString(file));
      }
    }
    return byName;
  }
}
