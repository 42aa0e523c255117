package io.rolluplab.devnet.conformance;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The synthetic fixture tree under this package's test resources. */
final class Fixtures {
  private Fixtures() {}

  /** {@code tree/}: alpha/multi.json (two tests), beta/single.json, beta/broken.json (bad JSON). */
  static Path tree() {
    try {
      return Path.of(Fixtures.class.getResource("tree").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
