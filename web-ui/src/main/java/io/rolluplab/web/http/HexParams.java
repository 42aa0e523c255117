package io.rolluplab.web.http;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;

/**
 * Hashes and addresses in URLs ({@code /l1/tx/{hash}}, {@code /l1/address/{a}}), checked before
 * anything is looked up: a malformed one is a 400 that shows what the path needs instead.
 */
public final class HexParams {
  private HexParams() {}

  /**
   * A 32-byte hash, 0x and 64 hex digits.
   *
   * @param what what the hash names, for the message ("transaction hash")
   * @throws HttpError 400 if {@code text} is not one
   */
  public static Bytes32 hash(final String text, final String what) {
    if (!text.matches("0[xX][0-9a-fA-F]{64}")) {
      throw HttpError.badRequest("\"" + text + "\" is not a " + what + ": use 0x and 64 hex digits");
    }
    return Bytes32.fromHex(text);
  }

  /**
   * A 20-byte address, 0x and 40 hex digits (any case: the checksum is not enforced).
   *
   * @throws HttpError 400 if {@code text} is not one
   */
  public static Address address(final String text) {
    if (!text.matches("0[xX][0-9a-fA-F]{40}")) {
      throw HttpError.badRequest("\"" + text + "\" is not an address: use 0x and 40 hex digits, such as"
          + " 0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    }
    return Address.fromHex(text);
  }
}
