package io.rolluplab.devnet.evm.frame;

import java.util.Arrays;

/**
 * The EVM's byte-addressed scratch memory of one call frame. It starts empty and grows in 32-byte
 * words whenever an instruction touches a higher address; the growth is paid for in gas by the
 * instruction (see {@code GasSchedule#memoryExpansionCost}) before {@link #ensureCapacity} runs.
 */
public final class Memory {
  /** More memory than a Java array holds could never be paid for with any real gas limit. */
  public static final long MAX_BYTES = Integer.MAX_VALUE - 8;

  private byte[] bytes = new byte[0];
  private long activeWords;

  /** Memory size in bytes, always a multiple of 32 (the MSIZE opcode). */
  public long size() {
    return activeWords * 32;
  }

  public long activeWords() {
    return activeWords;
  }

  /** The number of words memory has after touching {@code [offset, offset + length)}. */
  public long wordsAfterAccess(final long offset, final long length) {
    if (length == 0) {
      return activeWords;
    }
    final long end = offset + length;
    return Math.max(activeWords, (end + 31) / 32);
  }

  /** Grows memory to {@code words} 32-byte words (already paid for). */
  public void ensureCapacity(final long words) {
    if (words <= activeWords) {
      return;
    }
    final int needed = Math.toIntExact(words * 32);
    if (needed > bytes.length) {
      final long doubled = Math.max(needed, bytes.length * 2L);
      bytes = Arrays.copyOf(bytes, (int) Math.min(doubled, MAX_BYTES));
    }
    activeWords = words;
  }

  /** The backing array (valid up to {@link #size()}); instructions read and write it directly. */
  public byte[] raw() {
    return bytes;
  }

  /** Copies {@code length} bytes out of memory into a new array. */
  public byte[] read(final long offset, final long length) {
    if (length == 0) {
      return new byte[0];
    }
    return Arrays.copyOfRange(bytes, (int) offset, (int) (offset + length));
  }

  /**
   * Copies {@code length} bytes from {@code source[sourceOffset..]} to memory at {@code offset},
   * writing zeros where the source runs out (CALLDATACOPY, CODECOPY past the end of the data).
   */
  public void writePadded(final long offset, final byte[] source, final long sourceOffset, final long length) {
    if (length == 0) {
      return;
    }
    final int dst = (int) offset;
    final int len = (int) length;
    final long available = sourceOffset >= source.length ? 0 : Math.min(length, source.length - sourceOffset);
    if (available > 0) {
      System.arraycopy(source, (int) sourceOffset, bytes, dst, (int) available);
    }
    Arrays.fill(bytes, dst + (int) available, dst + len, (byte) 0);
  }

  /** Copies within memory; overlapping ranges behave as if copied through a buffer (MCOPY). */
  public void copyWithin(final long destination, final long source, final long length) {
    if (length > 0) {
      System.arraycopy(bytes, (int) source, bytes, (int) destination, (int) length);
    }
  }
}
