package io.rolluplab.rollup.l2tx;

import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * A strict RLP reader: it accepts only the canonical (shortest) encoding, because Java and the
 * Solidity library must accept exactly the same bytes. That means a single byte below 0x80 is
 * never wrapped, a length below 56 uses the short form, a long-form length has no leading zero,
 * and an integer has no leading zero byte and at most 32 bytes. Web3j's decoder is lenient, so
 * this one is written out (it mirrors {@code L2Transaction.sol}).
 */
final class RlpReader {
  private final byte[] in;
  private int pos;

  RlpReader(final byte[] in, final int start) {
    this.in = in;
    this.pos = start;
  }

  int position() {
    return pos;
  }

  /** Enters a list; returns the position where it ends. */
  int enterList() throws MalformedTransactionException {
    final Header header = readHeader();
    if (!header.list()) {
      throw new MalformedTransactionException("expected a list at byte " + pos);
    }
    return pos + header.length();
  }

  /** A canonical unsigned integer of at most 32 bytes. */
  BigInteger readUint(final String field) throws MalformedTransactionException {
    final byte[] payload = readString(field);
    if (payload.length > 32 || payload.length > 0 && payload[0] == 0) {
      throw new MalformedTransactionException(field + " is not a canonical uint256");
    }
    return new BigInteger(1, payload);
  }

  /** Exactly 20 bytes: an empty {@code to} (contract creation) is malformed on this L2. */
  Address readAddress(final String field) throws MalformedTransactionException {
    final byte[] payload = readString(field);
    if (payload.length != Address.SIZE) {
      throw new MalformedTransactionException(
          payload.length == 0 ? "no recipient: contract creation is not allowed" : field + " is not 20 bytes");
    }
    return Address.wrap(payload);
  }

  /** An empty string ({@code list == false}) or an empty list. */
  void readEmpty(final String field, final boolean list) throws MalformedTransactionException {
    final Header header = readHeader();
    if (header.list() != list || header.length() != 0) {
      throw new MalformedTransactionException(field + " must be empty");
    }
  }

  private byte[] readString(final String field) throws MalformedTransactionException {
    final Header header = readHeader();
    if (header.list()) {
      throw new MalformedTransactionException(field + " is a list, expected a string");
    }
    final byte[] payload = Arrays.copyOfRange(in, pos, pos + header.length());
    pos += header.length();
    return payload;
  }

  private record Header(boolean list, int length) {}

  /** Reads an item header and moves to its payload (a single byte below 0x80 is its own payload). */
  private Header readHeader() throws MalformedTransactionException {
    if (pos >= in.length) {
      throw new MalformedTransactionException("truncated at byte " + pos);
    }
    final int prefix = in[pos] & 0xff;
    if (prefix < 0x80) {
      return new Header(false, 1);
    }
    final boolean list = prefix >= 0xc0;
    final int shortBase = list ? 0xc0 : 0x80;
    pos++;
    final long length;
    if (prefix <= shortBase + 55) {
      length = prefix - shortBase;
      if (!list && length == 1 && (pos >= in.length || (in[pos] & 0xff) < 0x80)) {
        throw new MalformedTransactionException("a single byte below 0x80 must not be wrapped (byte " + pos + ")");
      }
    } else {
      final int lengthOfLength = prefix - shortBase - 55;
      if (pos + lengthOfLength > in.length || in[pos] == 0) {
        throw new MalformedTransactionException("bad long-form length at byte " + pos);
      }
      length = new BigInteger(1, Arrays.copyOfRange(in, pos, pos + lengthOfLength)).min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
      if (length < 56) {
        throw new MalformedTransactionException("a length below 56 must use the short form (byte " + pos + ")");
      }
      pos += lengthOfLength;
    }
    if (length > in.length - pos) {
      throw new MalformedTransactionException("truncated: an item runs past the end");
    }
    return new Header(list, (int) length);
  }
}
