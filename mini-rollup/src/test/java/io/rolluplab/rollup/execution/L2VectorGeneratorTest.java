package io.rolluplab.rollup.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class L2VectorGeneratorTest {

  /** With {@code -Dvectors.write=true} it rewrites the file instead (run from the mini-rollup directory). */
  @Test
  void committedVectorsAreWhatTheGeneratorWrites() throws Exception {
    final String generated = L2VectorGenerator.generate();
    final Path file = Path.of(L2VectorGenerator.FILE);
    if (Boolean.getBoolean("vectors.write")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(generated);
  }
}
