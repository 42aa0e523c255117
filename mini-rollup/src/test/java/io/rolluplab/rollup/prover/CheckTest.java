package io.rolluplab.rollup.prover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A batch's checks as the store keeps them: packed, they come back the same, in a fraction of the bytes. */
class CheckTest {

  @Test
  void packedChecksUnpackToTheSameChecksInTheirOrder() {
    final List<Check> checks = List.of(new Check(-1, "pre-state root", true, "the batch starts from 0xab", 0),
        new Check(0, "nonce", false, "nonce 1, the sender's next is 0 — «ü»", 12),
        new Check(0, "", true, "", Long.MAX_VALUE));

    assertThat(Check.unpack(Check.pack(checks))).containsExactlyElementsOf(checks);
    assertThat(Check.unpack(Check.pack(List.of()))).isEmpty();
  }

  @Test
  void aBatchsRepetitiveChecksPackToAFractionOfTheirText() {
    final List<Check> checks = new ArrayList<>();
    for (int item = 0; item < 100; item++) {
      checks.add(new Check(item, "signature", true, "signed by 0x" + "%040x".formatted(item * 7919L), 150_000));
      checks.add(new Check(item, "nonce", true, "nonce " + item + " is the sender's next", 3));
    }
    final int text = checks.stream().mapToInt(c -> c.name().length() + c.detail().length() + 12).sum();

    assertThat(Check.pack(checks).length).isLessThan(text / 5);
  }

  @Test
  void bytesThatAreNotPackedChecksAreRefusedWithAReason() {
    assertThatThrownBy(() -> Check.unpack(new byte[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a batch's packed checks");
  }
}
