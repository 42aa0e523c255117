package io.rolluplab.rollup.batch;

import io.rolluplab.rollup.l2tx.CompactTransfer;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How batch data divides (L2-RULES.md §2): the header, the runs, and the columns after them. It is
 * what L1 checks when it accepts a batch, what {@link BatchData#decode} reads before it puts the
 * items back together, and what the batch page shows, part by part.
 *
 * @param l1FeePerByte the header's fee: wei each transaction pays per byte of its body
 * @param runs each run's count and shape, in order
 * @param nonceBytes the nonce column's length: the nonce mantissas of the compact transfers
 * @param recipientBytes the recipient column's length: their addresses or key prefixes
 * @param signatureBytes the signature column's length: 64 bytes a compact transfer
 * @param otherBytes the last column's length: the items written whole, each with a 3-byte length
 */
public record BatchLayout(long l1FeePerByte, List<Run> runs, int nonceBytes, int recipientBytes, int signatureBytes,
    int otherBytes) {
  /** The header: {@code uint64 l1FeePerByte ‖ uint16 runCount}. */
  public static final int HEADER_BYTES = Long.BYTES + Short.BYTES;
  static final int MAX_RUN = 255;
  static final int MAX_RUNS = 0xffff;
  static final int LENGTH_PREFIX = 3;
  static final int SIGNATURE_BYTES = 64;
  static final int ADDRESS_BYTES = 20;
  /** Shape of items written whole: no compact transfer or deposit starts with this byte. */
  static final int WHOLE = 0xFF;
  static final int DEPOSIT = BatchItem.DEPOSIT_TYPE;
  static final int COMPACT = 0x00;
  static final int PREFIX_KIND = 0x80;
  static final int MAX_PREFIX = 8;
  static final int FULL_WIDTH = 0xE0;

  public BatchLayout {
    runs = List.copyOf(runs);
  }

  /**
   * {@code count} consecutive items of one shape: {@code 0x7E ‖ uint64 firstIndex} (deposits),
   * {@code kind ‖ nonceHead ‖ valueHead ‖ valueMantissa} (compact transfers) or {@code 0xFF}
   * (items written whole).
   */
  public record Run(int count, byte[] shape) {
    public Run {
      shape = shape.clone();
    }

    @Override
    public byte[] shape() {
      return shape.clone();
    }

    /** The bytes it takes in the batch: its count and its shape. */
    public int bytes() {
      return 1 + shape.length;
    }

    int kind() {
      return shape[0] & 0xff;
    }

    /** The queue index of the run's first deposit (a run of deposits only). */
    long firstDeposit() {
      return depositIndex(shape);
    }

    /** The bytes a compact transfer of this run names its recipient by: 20 or the key prefix's length. */
    int recipientLength() {
      return kind() == COMPACT ? ADDRESS_BYTES : kind() - PREFIX_KIND;
    }

    /** What its items are, in words: "3 deposits, queue #4 to #6", "100 standard transfers of 1 wei, …". */
    public String describe() {
      if (kind() == DEPOSIT) {
        return count + (count == 1 ? " deposit, queue #" + firstDeposit()
            : " deposits, queue #" + firstDeposit() + " to #" + (firstDeposit() + count - 1));
      }
      if (kind() == WHOLE) {
        return count + (count == 1 ? " transaction" : " transactions") + " written whole (at the end)";
      }
      final BigInteger value = CompactTransfer.quantityValue(shape[2] & 0xff, Arrays.copyOfRange(shape, 3, shape.length));
      return count + (count == 1 ? " standard transfer" : " standard transfers") + " of " + value + " wei, "
          + (kind() == COMPACT ? "the recipient's address in full" : "the recipient by a " + recipientLength()
              + "-byte key prefix") + ", " + nonces(mantissaLength(shape[1], ""));
    }
  }

  /** How a run's nonces are written, in words: nonce 0 takes no mantissa byte (its head says 0). */
  private static String nonces(final int mantissaBytes) {
    return mantissaBytes == 0 ? "nonce 0" : mantissaBytes + "-byte nonces";
  }

  /**
   * Reads the header and the runs, and checks that the columns end exactly where the data does:
   * the rules L1 applies when it accepts a batch (L2-RULES.md §2).
   *
   * @throws IllegalArgumentException saying what is wrong: a part is missing or runs past the end,
   *     a run is empty or has an unknown shape, or bytes follow the last column
   */
  public static BatchLayout of(final byte[] data) {
    final ByteBuffer in = ByteBuffer.wrap(data);
    final long l1FeePerByte = take(in, Long.BYTES, "the header").getLong();
    final int runCount = take(in, Short.BYTES, "the header").getShort() & 0xffff;
    if (runCount == 0) {
      throw new IllegalArgumentException("the batch has no runs: a batch holds at least one item");
    }
    final List<Run> runs = new ArrayList<>(runCount);
    int nonceBytes = 0;
    int recipientBytes = 0;
    int compactItems = 0;
    int wholeItems = 0;
    for (int r = 0; r < runCount; r++) {
      final String what = "run " + r;
      final int count = take(in, 1, what).get() & 0xff;
      if (count == 0) {
        throw new IllegalArgumentException(what + " has count 0: a run holds 1 to 255 items");
      }
      final int kind = in.hasRemaining() ? data[in.position()] & 0xff : -1;
      final int shapeStart = in.position();
      if (kind == DEPOSIT) {
        take(in, 1 + Long.BYTES, what);
      } else if (kind == WHOLE) {
        take(in, 1, what);
        wholeItems += count;
      } else if (kind == COMPACT || kind > PREFIX_KIND && kind <= PREFIX_KIND + MAX_PREFIX) {
        in.get();
        final int nonceLength = mantissaLength(take(in, 1, what).get(), what + "'s nonce head");
        final int valueLength = mantissaLength(take(in, 1, what).get(), what + "'s value head");
        take(in, valueLength, what);
        nonceBytes += count * nonceLength;
        recipientBytes += count * (kind == COMPACT ? ADDRESS_BYTES : kind - PREFIX_KIND);
        compactItems += count;
      } else {
        throw new IllegalArgumentException(what + (kind < 0 ? " runs past the end of the batch data"
            : String.format(" has shape 0x%02x: a shape starts with 0x7E, 0xFF, 0x00 or 0x81 to 0x88", kind)));
      }
      runs.add(new Run(count, Arrays.copyOfRange(data, shapeStart, in.position())));
    }
    take(in, nonceBytes, "the nonce column");
    take(in, recipientBytes, "the recipient column");
    take(in, compactItems * SIGNATURE_BYTES, "the signature column");
    final int othersStart = in.position();
    for (int i = 0; i < wholeItems; i++) {
      takeWhole(in);
    }
    if (in.hasRemaining()) {
      throw new IllegalArgumentException(in.remaining() + " bytes follow the last column");
    }
    return new BatchLayout(l1FeePerByte, runs, nonceBytes, recipientBytes, compactItems * SIGNATURE_BYTES,
        data.length - othersStart);
  }

  /** Where the nonce column starts: after the header and the runs. */
  public int runsEnd() {
    return HEADER_BYTES + runs.stream().mapToInt(Run::bytes).sum();
  }

  /** The next {@code n} bytes of {@code in}, as a buffer of their own. */
  static ByteBuffer take(final ByteBuffer in, final int n, final String what) {
    if (in.remaining() < n) {
      throw new IllegalArgumentException(what + " runs past the end of the batch data");
    }
    final ByteBuffer part = in.slice(in.position(), n);
    in.position(in.position() + n);
    return part;
  }

  /** The next item written whole in the others column ({@code uint24 length ‖ body}): its body. */
  static ByteBuffer takeWhole(final ByteBuffer in) {
    final ByteBuffer prefix = take(in, LENGTH_PREFIX, "the others column");
    return take(in, (prefix.get() & 0xff) << 16 | (prefix.get() & 0xff) << 8 | prefix.get() & 0xff, "the others column");
  }

  /** The queue index a deposit's shape or body ({@code 0x7E ‖ uint64 index}) names. */
  static long depositIndex(final byte[] deposit) {
    return ByteBuffer.wrap(deposit, 1, Long.BYTES).getLong();
  }

  /** The mantissa length a quantity's head byte announces (L2-RULES.md §2.1), checked to be a head. */
  static int mantissaLength(final byte head, final String what) {
    final int h = head & 0xff;
    if (h > FULL_WIDTH) {
      throw new IllegalArgumentException(String.format("%s is 0x%02x: a quantity head is at most 0xE0", what, h));
    }
    return CompactTransfer.mantissaLength(h);
  }
}
