package io.rolluplab.devnet.types;

import io.rolluplab.devnet.crypto.Keccak;
import java.util.Arrays;
import org.web3j.utils.Numeric;

/**
 * The 2048-bit logs bloom of receipts and block headers (yellow paper, section 4.3.1). Each log
 * address and topic sets three bits, so a client can skip every block whose bloom lacks one of the
 * bits of what it is looking for. A match may be false (other items set the same bits); a miss
 * never is.
 *
 * <p>An accumulator: {@link #add(Log)} and {@link #or(Bloom)} change this bloom.
 */
public final class Bloom {
  public static final int BYTES = 256;

  private final byte[] bits;

  public Bloom() {
    this(new byte[BYTES]);
  }

  private Bloom(final byte[] bits) {
    this.bits = bits;
  }

  /** Reads a header's or receipt's 256-byte bloom. */
  public static Bloom fromBytes(final byte[] bytes) {
    if (bytes.length != BYTES) {
      throw new IllegalArgumentException("a bloom has 256 bytes, got " + bytes.length);
    }
    return new Bloom(bytes.clone());
  }

  /** Adds the log's address and each of its topics; the data is not indexed. */
  public Bloom add(final Log log) {
    add(log.address().toArray());
    for (final UInt256 topic : log.topics()) {
      add(topic.toBytes());
    }
    return this;
  }

  /** Adds every item of {@code other}: a block's bloom is the OR of its receipts' blooms. */
  public Bloom or(final Bloom other) {
    for (int i = 0; i < BYTES; i++) {
      bits[i] |= other.bits[i];
    }
    return this;
  }

  public boolean mightContain(final Address address) {
    return mightContain(address.toArray());
  }

  public boolean mightContain(final UInt256 topic) {
    return mightContain(topic.toBytes());
  }

  public byte[] toBytes() {
    return bits.clone();
  }

  void add(final byte[] item) {
    for (final int bit : bitIndices(item)) {
      bits[byteOf(bit)] |= maskOf(bit);
    }
  }

  private boolean mightContain(final byte[] item) {
    for (final int bit : bitIndices(item)) {
      if ((bits[byteOf(bit)] & maskOf(bit)) == 0) {
        return false;
      }
    }
    return true;
  }

  /** The low 11 bits (0..2047) of each of the first three byte pairs of keccak256(item). */
  private static int[] bitIndices(final byte[] item) {
    final byte[] hash = Keccak.hash(item);
    final int[] indices = new int[3];
    for (int i = 0; i < 3; i++) {
      indices[i] = (((hash[2 * i] & 0xFF) << 8) | (hash[2 * i + 1] & 0xFF)) & 2047;
    }
    return indices;
  }

  /** The bloom is one big-endian 2048-bit number: bit 0 is the lowest bit of the last byte. */
  private static int byteOf(final int bit) {
    return BYTES - 1 - bit / 8;
  }

  private static int maskOf(final int bit) {
    return 1 << (bit % 8);
  }

  @Override
  public boolean equals(final Object o) {
    return o instanceof Bloom other && Arrays.equals(bits, other.bits);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bits);
  }

  @Override
  public String toString() {
    return Numeric.toHexString(bits);
  }
}
