package io.rolluplab.devnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.state.WorldState;
import org.junit.jupiter.api.Test;

class VerdictTest {
  private static final byte[] ROOT = filled(0x11);
  private static final byte[] OTHER_ROOT = filled(0x22);
  private static final byte[] LOGS = filled(0x33);
  private static final byte[] OTHER_LOGS = filled(0x44);
  private static final String INTRINSIC = "TransactionException.INTRINSIC_GAS_TOO_LOW";

  private static byte[] filled(final int b) {
    final byte[] bytes = new byte[32];
    java.util.Arrays.fill(bytes, (byte) b);
    return bytes;
  }

  private static PostEntry entry(final String expectException) {
    return new PostEntry(0, 0, 0, 0, ROOT, LOGS, new byte[] {1}, expectException);
  }

  private static TxOutcome applied(final byte[] root, final byte[] logs) {
    return TxOutcome.applied(root, logs, new WorldState());
  }

  private static TxOutcome rejected(final byte[] root) {
    return TxOutcome.rejected("INTRINSIC_GAS_TOO_LOW: too little gas", root, new WorldState());
  }

  @Test
  void passesAnAppliedTxWhoseRootAndLogsMatch() {
    assertThat(Verdict.judge(entry(null), applied(ROOT, LOGS)).passed()).isTrue();
  }

  @Test
  void reportsTheStateRootFirst() {
    assertThat(Verdict.judge(entry(null), applied(OTHER_ROOT, OTHER_LOGS)).difference())
        .isEqualTo("state root expected 0x" + "11".repeat(32) + ", got 0x" + "22".repeat(32));
  }

  @Test
  void reportsTheLogsHashWhenTheRootMatches() {
    assertThat(Verdict.judge(entry(null), applied(ROOT, OTHER_LOGS)).difference())
        .startsWith("logs hash expected 0x33");
  }

  @Test
  void failsARejectedTxThatShouldHaveBeenApplied() {
    assertThat(Verdict.judge(entry(null), rejected(ROOT)).difference())
        .isEqualTo("expected tx to be applied, it was rejected: INTRINSIC_GAS_TOO_LOW: too little gas");
  }

  @Test
  void passesARejectedTxThatKeptThePreStateRoot() {
    assertThat(Verdict.judge(entry(INTRINSIC), rejected(ROOT)).passed()).isTrue();
  }

  @Test
  void failsAnAppliedTxThatShouldHaveBeenRejectedEvenIfTheRootMatches() {
    assertThat(Verdict.judge(entry(INTRINSIC), applied(ROOT, LOGS)).difference())
        .isEqualTo("expected exception " + INTRINSIC + ", tx was applied");
  }

  @Test
  void failsARejectedTxThatChangedTheState() {
    assertThat(Verdict.judge(entry(INTRINSIC), rejected(OTHER_ROOT)).difference())
        .startsWith("state root expected 0x11")
        .endsWith("(tx rejected: INTRINSIC_GAS_TOO_LOW: too little gas)");
  }
}
