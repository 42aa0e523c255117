package io.rolluplab.rollup.statediff;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;

/**
 * The two number forms of a state diff (L2-RULES.md §5). Calldata costs 16 gas a non-zero byte and
 * 4 a zero byte, so a number should be as short as its value:
 *
 * <ul>
 *   <li>{@code compactUint = uint8 n ‖ n bytes}, big-endian without leading zero bytes (zero is
 *       {@code 0x00}): a nonce of 7 takes 2 bytes, not 8;
 *   <li>{@code amount = uint8 exponent ‖ compactUint mantissa}, the value {@code mantissa · 10^exponent}
 *       with a mantissa that is not a multiple of 10 (zero is {@code 0x00 0x00}). L2 fees are whole
 *       gwei, so balances end in many zeros: 0.99997724 ether is 99997724 · 10^10, 6 bytes instead
 *       of 32 (zkSync Lite packs its amounts the same way);
 *   <li>{@code change = uint8 (sign·128 + exponent) ‖ compactUint mantissa}, a signed amount
 *       (sign 1: a decrease; zero has sign 0): how a known account's balance moved. A transfer's
 *       sender loses its value and a fee in whole gwei, so its change takes 3 or 4 bytes where its
 *       new balance, exact to the wei, takes 10 (zkSync compresses its diffs the same way).
 * </ul>
 *
 * Both forms have one encoding per value, so a diff is a function of the state it describes.
 */
public final class CompactNumbers {
  /** The top bit of a change's first byte: set for a decrease. */
  private static final int SIGN = 0x80;
  private CompactNumbers() {}

  static void writeUint(final ByteArrayOutputStream out, final BigInteger value) {
    final byte[] bytes = value.signum() == 0 ? new byte[0] : unsigned(value);
    out.write(bytes.length);
    out.writeBytes(bytes);
  }

  static void writeAmount(final ByteArrayOutputStream out, final BigInteger value) {
    writeDecimal(out, value, 0);
  }

  static void writeChange(final ByteArrayOutputStream out, final BigInteger change) {
    writeDecimal(out, change.abs(), change.signum() < 0 ? SIGN : 0);
  }

  private static void writeDecimal(final ByteArrayOutputStream out, final BigInteger value, final int sign) {
    BigInteger mantissa = value;
    int exponent = 0;
    while (mantissa.signum() != 0) {
      final BigInteger[] qr = mantissa.divideAndRemainder(BigInteger.TEN);
      if (qr[1].signum() != 0) {
        break;
      }
      mantissa = qr[0];
      exponent++;
    }
    out.write(sign | exponent);
    writeUint(out, mantissa);
  }

  /**
   * @throws IllegalArgumentException if the bytes end early or the number is not in its one encoding
   */
  static BigInteger readUint(final ByteBuffer in, final int maxBytes) {
    final int n = in.get() & 0xff;
    if (n > maxBytes || in.remaining() < n) {
      throw new IllegalArgumentException("a number of " + n + " bytes at byte " + (in.position() - 1)
          + (n > maxBytes ? ", longer than the " + maxBytes + " allowed" : ", past the end"));
    }
    final byte[] bytes = new byte[n];
    in.get(bytes);
    if (n > 0 && bytes[0] == 0) {
      throw new IllegalArgumentException("a number with a leading zero byte at byte " + (in.position() - n)
          + ": numbers are written without them");
    }
    return new BigInteger(1, bytes);
  }

  static BigInteger readAmount(final ByteBuffer in) {
    return readDecimal(in, in.get() & 0xff);
  }

  static BigInteger readChange(final ByteBuffer in) {
    final int first = in.get() & 0xff;
    final BigInteger size = readDecimal(in, first & ~SIGN);
    if ((first & SIGN) != 0 && size.signum() == 0) {
      throw new IllegalArgumentException("a change of -0 at byte " + in.position() + ": zero has sign 0");
    }
    return (first & SIGN) != 0 ? size.negate() : size;
  }

  private static BigInteger readDecimal(final ByteBuffer in, final int exponent) {
    final BigInteger mantissa = readUint(in, 32);
    final boolean canonical = mantissa.signum() == 0 ? exponent == 0 : mantissa.mod(BigInteger.TEN).signum() != 0;
    if (!canonical) {
      throw new IllegalArgumentException("the amount " + mantissa + "·10^" + exponent + " at byte " + in.position()
          + " is not in its one encoding: the mantissa must not end in 0 (zero is 0·10^0)");
    }
    final BigInteger value = mantissa.multiply(BigInteger.TEN.pow(exponent));
    if (value.bitLength() > 256) {
      throw new IllegalArgumentException("the amount at byte " + in.position() + " does not fit in a uint256");
    }
    return value;
  }

  private static byte[] unsigned(final BigInteger value) {
    final byte[] bytes = value.toByteArray();
    return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }
}
