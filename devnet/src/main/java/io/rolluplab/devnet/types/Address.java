package io.rolluplab.devnet.types;

import io.rolluplab.devnet.crypto.Keccak;
import java.math.BigInteger;
import java.util.Arrays;
import org.web3j.crypto.Keys;
import org.web3j.utils.Numeric;

/**
 * A 20-byte Ethereum account address. Immutable, usable as a map key.
 *
 * <p>Addresses are the right-most 20 bytes of a 256-bit word on the EVM stack and the
 * right-most 20 bytes of {@code keccak256(publicKey)} for externally owned accounts.
 */
public final class Address implements Comparable<Address> {
  public static final int SIZE = 20;
  public static final Address ZERO = new Address(new byte[SIZE]);

  private final byte[] bytes;
  private final int hash;

  private Address(final byte[] bytes) {
    this.bytes = bytes;
    this.hash = Arrays.hashCode(bytes);
  }

  /** Wraps a copy of exactly 20 bytes. */
  public static Address wrap(final byte[] twentyBytes) {
    if (twentyBytes.length != SIZE) {
      throw new IllegalArgumentException("an address has 20 bytes, got " + twentyBytes.length);
    }
    return new Address(twentyBytes.clone());
  }

  /** Parses {@code 0x}-prefixed (or bare) hex of exactly 40 digits. */
  public static Address fromHex(final String hex) {
    final byte[] b = Numeric.hexStringToByteArray(hex);
    if (b.length != SIZE) {
      throw new IllegalArgumentException("an address has 40 hex digits: " + hex);
    }
    return new Address(b);
  }

  /** The address of a small number, e.g. {@code fromLong(1)} is the ecrecover precompile. */
  public static Address fromLong(final long value) {
    final byte[] b = new byte[SIZE];
    for (int i = 0; i < 8; i++) {
      b[SIZE - 1 - i] = (byte) (value >>> (8 * i));
    }
    return new Address(b);
  }

  /**
   * The address of an externally owned account: the last 20 bytes of keccak256 of its 64-byte
   * uncompressed public key (x ‖ y, without the 0x04 prefix).
   */
  public static Address fromPublicKey(final BigInteger publicKey) {
    final byte[] hash = Keccak.hash(Numeric.toBytesPadded(publicKey, 64));
    return new Address(Arrays.copyOfRange(hash, 12, 32));
  }

  /** The low 20 bytes of a 32-byte big-endian word. */
  public static Address fromWordBytes(final byte[] word32) {
    return new Address(Arrays.copyOfRange(word32, 12, 32));
  }

  public byte[] toArray() {
    return bytes.clone();
  }

  /** Reads one byte without copying. */
  public byte byteAt(final int i) {
    return bytes[i];
  }

  /** The address as a 32-byte word (left-padded with zeros), as the EVM pushes it. */
  public UInt256 toWord() {
    final byte[] w = new byte[32];
    System.arraycopy(bytes, 0, w, 12, SIZE);
    return UInt256.fromBytes(w);
  }

  /** Lowercase hex, as JSON-RPC returns addresses. */
  public String toHex() {
    return Numeric.toHexString(bytes);
  }

  /** EIP-55 mixed-case hex, whose capitals are a checksum that wallets verify: for people to read and copy. */
  public String toChecksumHex() {
    return Keys.toChecksumAddress(toHex());
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof Address other && hash == other.hash && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public int compareTo(final Address o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
