package io.rolluplab.devnet.rpc;

import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import java.util.HexFormat;

/**
 * The two hex encodings of the Ethereum JSON-RPC spec. A <em>quantity</em> is a number: {@code 0x}
 * and its digits without leading zeros ({@code 0x0}, {@code 0x1a}). <em>Data</em> is bytes:
 * {@code 0x} and two lowercase digits per byte ({@code 0x}, {@code 0x00ff}). Clients reject the
 * other form ({@code 0x01} as a quantity, {@code 0xf} as data), so the server writes them exactly.
 * When reading, it is lenient where that is harmless (leading zeros, upper case).
 */
public final class HexCodec {
  private static final HexFormat HEX = HexFormat.of();

  private HexCodec() {}

  public static String quantity(final long value) {
    if (value < 0) {
      throw new IllegalArgumentException("a quantity is never negative, got " + value);
    }
    return "0x" + Long.toHexString(value);
  }

  public static String quantity(final BigInteger value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("a quantity is never negative, got " + value);
    }
    return "0x" + value.toString(16);
  }

  public static String data(final byte[] bytes) {
    return "0x" + HEX.formatHex(bytes);
  }

  /** 20 bytes as 40 lowercase digits, as geth writes them (not the EIP-55 mixed case). */
  public static String address(final Address address) {
    return address == null ? null : data(address.toArray());
  }

  /**
   * Reads a quantity.
   *
   * @throws IllegalArgumentException saying what was wrong with {@code text}
   */
  public static BigInteger parseQuantity(final String text) {
    final String digits = digitsOf(text, "a quantity");
    if (digits.isEmpty()) {
      throw new IllegalArgumentException("a quantity needs at least one digit after 0x, got \"" + text + "\"");
    }
    if (digits.length() > 64) {
      throw new IllegalArgumentException("a quantity has at most 256 bits (64 hex digits), got " + digits.length()
          + " digits");
    }
    return new BigInteger(digits, 16);
  }

  /**
   * Reads data; an odd number of digits is refused because it does not say which byte is short.
   *
   * @throws IllegalArgumentException saying what was wrong with {@code text}
   */
  public static byte[] parseData(final String text) {
    final String digits = digitsOf(text, "data");
    if (digits.length() % 2 != 0) {
      throw new IllegalArgumentException("data needs two hex digits per byte, got an odd number ("
          + digits.length() + ")");
    }
    return HEX.parseHex(digits);
  }

  /** The hex digits after the {@code 0x} prefix, checked to be hex. */
  private static String digitsOf(final String text, final String what) {
    if (!text.startsWith("0x") && !text.startsWith("0X")) {
      throw new IllegalArgumentException(what + " is hex starting with 0x, got \"" + abbreviate(text) + "\"");
    }
    final String digits = text.substring(2);
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), 16) < 0) {
        throw new IllegalArgumentException(what + " may hold only hex digits 0-9 a-f after 0x, got \""
            + abbreviate(text) + "\"");
      }
    }
    return digits;
  }

  /** Long hostile input is cut, so an error message stays readable. */
  static String abbreviate(final String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
