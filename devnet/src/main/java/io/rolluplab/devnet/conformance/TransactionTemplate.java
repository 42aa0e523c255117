package io.rolluplab.devnet.conformance;

import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import java.util.List;

/**
 * The {@code transaction} of a state test: the variants' common fields and the arrays a post
 * entry's indexes pick from. The runner executes each entry's signed {@code txbytes} instead, so
 * that decoding and signature recovery are tested too; the template only helps to read a failure.
 *
 * @param to null for a contract creation
 */
public record TransactionTemplate(
    Address sender,
    Address to,
    BigInteger nonce,
    List<byte[]> data,
    List<BigInteger> gasLimits,
    List<BigInteger> values) {

  /** One line that says what the entry's variant sends, e.g. for a verbose failure report. */
  public String describe(final PostEntry entry) {
    return "from " + sender
        + " to " + (to == null ? "(create)" : to)
        + ", nonce " + nonce
        + ", data " + data.get(entry.dataIndex()).length + " bytes"
        + ", gas " + gasLimits.get(entry.gasIndex())
        + ", value " + values.get(entry.valueIndex());
  }
}
