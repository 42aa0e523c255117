package io.rolluplab.devnet.conformance;

import java.math.BigInteger;
import org.web3j.utils.Numeric;

/**
 * Reads the hex strings of the fixtures. They write quantities with leading zeros ({@code 0x0a})
 * and sometimes as a bare {@code 0x}, which the JSON-RPC quantity parsers of web3j reject.
 */
final class Hex {
  /** retesteth's mark for a number too large for 256 bits, e.g. a tx value of 2^256 + 1. */
  private static final String BIGINT = "0x:bigint ";

  private Hex() {}

  static BigInteger quantity(final String hex) {
    final String digits = Numeric.cleanHexPrefix(hex.startsWith(BIGINT) ? hex.substring(BIGINT.length()) : hex);
    return digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits, 16);
  }

  /** A quantity that must fit in 64 bits, read as unsigned: nonces go up to 2^64 − 1. */
  static long unsignedLong(final String hex) {
    final BigInteger value = quantity(hex);
    if (value.bitLength() > 64) {
      throw new IllegalArgumentException("more than 64 bits: " + hex);
    }
    return value.longValue();
  }

  static byte[] bytes(final String hex) {
    return Numeric.hexStringToByteArray(hex);
  }

  static String of(final byte[] bytes) {
    return Numeric.toHexString(bytes);
  }
}
