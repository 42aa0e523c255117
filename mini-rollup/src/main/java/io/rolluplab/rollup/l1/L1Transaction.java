package io.rolluplab.rollup.l1;

import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;

/**
 * What an operator wants done on L1; the client fills in the rest (fees, and the nonce and the
 * gas limit unless given) and signs it.
 *
 * @param to the contract or account, or null to create a contract from {@code data}
 * @param gasLimit null to have it estimated; a given limit skips the estimate, so a transaction
 *     that will revert is still sent and mined (and its gas paid)
 * @param nonce null for the sender's next; a given nonce makes a send that is tried again
 *     compete with the earlier try, if that is still on its way: L1 mines at most one of them
 */
public record L1Transaction(Address to, BigInteger value, byte[] data, Long gasLimit, Long nonce) {

  public L1Transaction {
    if (value == null || value.signum() < 0) {
      throw new IllegalArgumentException("value: expected wei >= 0, got " + value);
    }
    if (data == null) {
      throw new IllegalArgumentException("data: expected bytes (empty for a plain transfer), got null");
    }
    if (gasLimit != null && gasLimit <= 0) {
      throw new IllegalArgumentException("gasLimit: expected a positive limit or null to estimate, got " + gasLimit);
    }
    if (nonce != null && nonce < 0) {
      throw new IllegalArgumentException("nonce: expected a nonce >= 0 or null for the sender's next, got " + nonce);
    }
    data = data.clone();
  }

  /** A call of {@code data} on contract {@code to}, without value. */
  public static L1Transaction call(final Address to, final byte[] data) {
    return new L1Transaction(to, BigInteger.ZERO, data, null, null);
  }

  /** A plain transfer of {@code wei}. */
  public static L1Transaction transfer(final Address to, final BigInteger wei) {
    return new L1Transaction(to, wei, new byte[0], null, null);
  }

  /** A contract creation: the creation code followed by its ABI-encoded constructor arguments. */
  public static L1Transaction create(final byte[] creationCode) {
    return new L1Transaction(null, BigInteger.ZERO, creationCode, null, null);
  }

  public L1Transaction withValue(final BigInteger wei) {
    return new L1Transaction(to, wei, data, gasLimit, nonce);
  }

  public L1Transaction withGasLimit(final long gas) {
    return new L1Transaction(to, value, data, gas, nonce);
  }

  public L1Transaction withNonce(final long n) {
    return new L1Transaction(to, value, data, gasLimit, n);
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  /** Whom it goes to, for messages: the address, or "contract creation". */
  String target() {
    return to == null ? "contract creation" : "call to " + to;
  }
}
