package io.rolluplab.devnet.evm.frame;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The EVM operand stack: at most 1024 words of 256 bits.
 *
 * <p>Words live in one flat {@code long[]}, four limbs per word, least significant limb first: word
 * {@code i} (0 = bottom) occupies {@code data[4i .. 4i+3]}. Operations work on the limbs in place,
 * so the common opcodes allocate nothing. {@link #offset(int)} turns "n-th word from the top" into
 * an index into {@link #data}; {@link WordMath} does arithmetic at such indexes.
 *
 * <p>The array starts with room for {@value #INITIAL_CAPACITY} words and doubles when a push finds
 * it full: most frames never hold more than a few dozen words, and a full-size array would be 32 kB
 * allocated for every call and {@code eth_call}.
 */
public final class Stack {
  public static final int MAX_SIZE = 1024;
  static final int INITIAL_CAPACITY = 32;

  /** The limbs; operations read and write here directly. A push may replace it with a bigger copy. */
  public long[] data = new long[INITIAL_CAPACITY * 4];

  private int size;

  public int size() {
    return size;
  }

  /** Index in {@link #data} of the word {@code depth} places below the top (0 = top). */
  public int offset(final int depth) {
    return (size - 1 - depth) << 2;
  }

  /** Removes the top word. */
  public void pop() {
    size--;
  }

  /** Removes the top {@code n} words. */
  public void pop(final int n) {
    size -= n;
  }

  /** Makes the top one word higher and returns the new top's offset, growing {@link #data} if it is full. */
  private int claimTop() {
    final int o = size++ << 2;
    if (o == data.length) {
      data = Arrays.copyOf(data, data.length * 2); // the interpreter refuses pushes past MAX_SIZE first
    }
    return o;
  }

  /** Pushes a word and returns its offset, for the caller to fill; its limbs are zeroed. */
  public int pushZero() {
    final int o = claimTop();
    data[o] = 0;
    data[o + 1] = 0;
    data[o + 2] = 0;
    data[o + 3] = 0;
    return o;
  }

  /** Pushes a non-negative number that fits in a long (sizes, offsets, counters). */
  public void push(final long value) {
    final int o = pushZero(); // before reading data: the push may replace it
    data[o] = value;
  }

  public void push(final boolean value) {
    push(value ? 1 : 0);
  }

  public void push(final UInt256 value) {
    final int o = claimTop();
    data[o] = value.l0;
    data[o + 1] = value.l1;
    data[o + 2] = value.l2;
    data[o + 3] = value.l3;
  }

  public void push(final Address address) {
    final int o = pushZero();
    for (int i = 0; i < Address.SIZE; i++) {
      final int bit = (Address.SIZE - 1 - i) * 8;
      data[o + (bit >>> 6)] |= (address.byteAt(i) & 0xFFL) << (bit & 63);
    }
  }

  /**
   * Pushes {@code length} (at most 32) big-endian bytes from {@code source} as one word; bytes past
   * the end of {@code source} read as zero (PUSHn at the end of code, CALLDATALOAD past calldata).
   * The word is right-aligned: {@code length} bytes form its low end.
   */
  public void pushBytes(final byte[] source, final int from, final int length) {
    final int o = pushZero();
    for (int i = 0; i < length; i++) {
      final int index = from + i;
      if (index >= 0 && index < source.length) {
        final int bit = (length - 1 - i) * 8;
        data[o + (bit >>> 6)] |= (source[index] & 0xFFL) << (bit & 63);
      }
    }
  }

  /** Pushes 32 bytes read left-aligned from {@code source}, zero past its end (CALLDATALOAD, MLOAD). */
  public void pushWordAt(final byte[] source, final long from) {
    final int o = pushZero();
    for (int i = 0; i < 32; i++) {
      final long index = from + i;
      if (index < source.length) {
        final int bit = (31 - i) * 8;
        data[o + (bit >>> 6)] |= (source[(int) index] & 0xFFL) << (bit & 63);
      }
    }
  }

  /** Writes the word at {@code depth} as 32 big-endian bytes into {@code target} at {@code at}. */
  public void writeWordTo(final int depth, final byte[] target, final int at) {
    final int o = offset(depth);
    for (int limb = 0; limb < 4; limb++) {
      final long v = data[o + 3 - limb];
      final int base = at + limb * 8;
      for (int i = 0; i < 8; i++) {
        target[base + i] = (byte) (v >>> (56 - 8 * i));
      }
    }
  }

  public UInt256 peekWord(final int depth) {
    final int o = offset(depth);
    return new UInt256(data[o], data[o + 1], data[o + 2], data[o + 3]);
  }

  public UInt256 popWord() {
    final UInt256 w = peekWord(0);
    size--;
    return w;
  }

  /** The word at {@code depth} as the address in its low 20 bytes. */
  public Address peekAddress(final int depth) {
    final byte[] b = new byte[Address.SIZE];
    final int o = offset(depth);
    for (int i = 0; i < Address.SIZE; i++) {
      final int bit = (Address.SIZE - 1 - i) * 8;
      b[i] = (byte) (data[o + (bit >>> 6)] >>> (bit & 63));
    }
    return Address.wrap(b);
  }

  /**
   * The word at {@code depth} as a long, or {@link Long#MAX_VALUE} if it does not fit: offsets and
   * sizes that large can never be paid for, so saturating keeps the gas arithmetic honest.
   */
  public long peekLongSaturated(final int depth) {
    final int o = offset(depth);
    if ((data[o + 1] | data[o + 2] | data[o + 3]) != 0 || data[o] < 0) {
      return Long.MAX_VALUE;
    }
    return data[o];
  }

  public long popLongSaturated() {
    final long v = peekLongSaturated(0);
    size--;
    return v;
  }

  public boolean isZero(final int depth) {
    final int o = offset(depth);
    return (data[o] | data[o + 1] | data[o + 2] | data[o + 3]) == 0;
  }

  /** DUPn: copies the word {@code n} places down (1 = top) onto the top. */
  public void dup(final int n) {
    final int from = offset(n - 1);
    final int to = claimTop();
    System.arraycopy(data, from, data, to, 4);
  }

  /** SWAPn: exchanges the top word with the one {@code n} places below it. */
  public void swap(final int n) {
    final int top = offset(0);
    final int other = offset(n);
    for (int i = 0; i < 4; i++) {
      final long t = data[top + i];
      data[top + i] = data[other + i];
      data[other + i] = t;
    }
  }

  /** The words, top first, as tracers show them. Allocates: for tracing only. */
  public List<UInt256> toList() {
    final List<UInt256> words = new ArrayList<>(size);
    for (int d = 0; d < size; d++) {
      words.add(peekWord(d));
    }
    return words;
  }
}
