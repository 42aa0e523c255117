package io.rolluplab.devnet.conformance;

import java.util.Arrays;

/**
 * Compares an outcome with a post entry and names the first difference. An entry with
 * {@code expectException} passes only if we rejected the transaction and kept the pre-state root;
 * any other entry passes only if we applied it and both the state root and the logs hash match.
 *
 * @param difference null when the case passed
 */
public record Verdict(String difference) {
  private static final Verdict PASS = new Verdict(null);

  public boolean passed() {
    return difference == null;
  }

  public static Verdict judge(final PostEntry expected, final TxOutcome actual) {
    if (expected.expectsException()) {
      if (actual.wasApplied()) {
        return fail("expected exception " + expected.expectException() + ", tx was applied");
      }
      return same("state root", expected.stateRoot(), actual.stateRoot(), " (tx rejected: " + actual.rejection() + ")");
    }
    if (!actual.wasApplied()) {
      return fail("expected tx to be applied, it was rejected: " + actual.rejection());
    }
    final Verdict root = same("state root", expected.stateRoot(), actual.stateRoot(), "");
    return root.passed() ? same("logs hash", expected.logsHash(), actual.logsHash(), "") : root;
  }

  private static Verdict same(final String what, final byte[] expected, final byte[] actual, final String note) {
    if (Arrays.equals(expected, actual)) {
      return PASS;
    }
    return fail(what + " expected " + Hex.of(expected) + ", got " + Hex.of(actual) + note);
  }

  private static Verdict fail(final String difference) {
    return new Verdict(difference);
  }
}
