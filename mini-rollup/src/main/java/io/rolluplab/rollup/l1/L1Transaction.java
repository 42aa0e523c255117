package io.rolluplab.rollup.l1;

import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;

/**
 * What an operator wants done on L1; the client fills in the rest (nonce, fees, and the gas
 * limit unless given) and signs it.
 *
 * @param to the contract or account, or null to create a contract from {@code data}
 * @param gasLimit null to have it estimated; a given limit skips the estimate, so a transaction
 *     that will revert is still sent and mined (and its gas paid)
 */
public record L1Transaction(Address to, BigInteger value, byte[] data, Long gasLimit) {

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
    data = data.clone();
  }

  /** A call of {@code data} on contract {@code to}, without value. */
  public static L1Transaction call(final Address to, final byte[] data) {
    return new L1Transaction(to, BigInteger.ZERO, data, null);
  }

  /** A plain transfer of {@code wei}. */
  public static L1Transaction transfer(final Address to, final BigInteger wei) {
    return new L1Transaction(to, wei, new byte[0], null);
  }

  /** A contract creation: the creation code followed by its ABI-encoded constructor arguments. */
  public static L1Transaction create(final byte[] creationCode) {
    return new L1Transaction(null, BigInteger.ZERO, creationCode, null);
  }

  public L1Transaction withValue(final BigInteger wei) {
    return new L1Transaction(to, wei, data, gasLimit);
  }

  public L1Transaction withGasLimit(final long gas) {
    return new L1Transaction(to, value, data, gas);
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
