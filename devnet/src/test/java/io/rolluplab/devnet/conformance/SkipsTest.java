package io.rolluplab.devnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.conformance.Skips.Skip;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkipsTest {

  @Test
  void findsTheFirstSkipWhosePatternOccursInTheName() {
    final List<Skip> skips = List.of(Skip.of("stFoo/", "first"), Skip.of("bar\\.json", "second"));

    assertThat(Skips.find(skips, "stFoo/bar.json/bar[Cancun#0]")).map(Skip::reason).hasValue("first");
    assertThat(Skips.find(skips, "stBaz/bar.json/bar[Cancun#0]")).map(Skip::reason).hasValue("second");
    assertThat(Skips.find(skips, "stBaz/baz.json/baz[Cancun#0]")).isEmpty();
  }

  @Test
  void refusesASkipWithoutAReason() {
    assertThatThrownBy(() -> Skip.of("stFoo/", " ")).hasMessageContaining("needs a reason");
  }
}
