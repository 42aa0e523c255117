package io.rolluplab.devnet.conformance;

import io.rolluplab.devnet.state.WorldState;

/**
 * What running one case did: the transaction was applied (it ran, whether it succeeded or not) or
 * rejected as invalid, and the state it left behind.
 *
 * @param logsHash the hash of the transaction's logs; null when it was rejected
 * @param rejection why the transaction was rejected, or null if it was applied
 * @param postState our post-state, to print when a root does not match
 */
public record TxOutcome(byte[] stateRoot, byte[] logsHash, String rejection, WorldState postState) {

  public static TxOutcome applied(final byte[] stateRoot, final byte[] logsHash, final WorldState postState) {
    return new TxOutcome(stateRoot, logsHash, null, postState);
  }

  public static TxOutcome rejected(final String rejection, final byte[] stateRoot, final WorldState postState) {
    return new TxOutcome(stateRoot, null, rejection, postState);
  }

  public boolean wasApplied() {
    return rejection == null;
  }
}
