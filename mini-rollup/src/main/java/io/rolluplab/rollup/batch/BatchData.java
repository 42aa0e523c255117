package io.rolluplab.rollup.batch;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bytes a batch posts to L1 (L2-RULES.md §2): its items written column by column, as the OP
 * Stack's span batches write transactions, so that what items repeat is written once.
 *
 * <pre>
 * batchData  = uint64 l1FeePerByte ‖ uint16 runCount ‖ run* ‖ nonces ‖ recipients ‖ signatures ‖ others
 * run        = uint8 count ‖ shape        count (1 to 255) consecutive items of one shape
 * shape      = 0x7E ‖ uint64 firstIndex                            deposits firstIndex, firstIndex + 1, …
 *            | kind ‖ nonceHead ‖ valueHead ‖ valueMantissa        compact transfers (kind 0x00, 0x81…0x88)
 *            | 0xFF                                                 bodies written whole, in others
 * </pre>
 *
 * <p>A compact transfer ({@link io.rolluplab.rollup.l2tx.CompactTransfer}) is split: the parts that
 * neighbouring transfers share (its kind, the head bytes of its nonce and value, and the value's
 * mantissa: most transfers in a run send the same amount) go into its run's shape; its nonce's
 * mantissa, its recipient (address or key prefix) and its 64-byte signature into the three columns,
 * in item order. What a batch pays L1 for is then almost only what differs: about 67 bytes a
 * transfer, 64 of them the signature. A deposit's index is implied by its run; every other body
 * goes whole into {@code others}, each as {@code uint24 length ‖ body}.
 *
 * <p>The items themselves are unchanged, byte for byte: {@link #decode} puts each body back
 * together, and fees, block hashes and the one-step proof all see the same bodies. L1 stores only
 * the data's hash; a one-step proof sends the bytes again, and L1 rebuilds the one disputed item
 * from the columns.
 *
 * @param l1FeePerByte wei each transaction pays per byte of its body, its share of the L1 data cost
 */
public record BatchData(long l1FeePerByte, List<BatchItem> items) {
  /** The header: {@code uint64 l1FeePerByte ‖ uint16 runCount}. */
  public static final int HEADER_BYTES = Long.BYTES + Short.BYTES;
  private static final int MAX_RUN = 255;
  private static final int MAX_RUNS = 0xffff;
  private static final int LENGTH_PREFIX = 3;
  private static final int SIGNATURE_BYTES = 64;
  private static final int ADDRESS_BYTES = 20;
  /** Shape of items written whole: no compact transfer or deposit starts with this byte. */
  private static final int WHOLE = 0xFF;
  private static final int DEPOSIT = BatchItem.DEPOSIT_TYPE;
  private static final int COMPACT = 0x00;
  private static final int PREFIX_KIND = 0x80;
  private static final int MAX_PREFIX = 8;
  private static final int FULL_WIDTH = 0xE0;

  public BatchData {
    items = List.copyOf(items);
  }

  /**
   * The batch's bytes.
   *
   * @throws IllegalArgumentException if it has no items or more than 65,535 runs
   */
  public byte[] encode() {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a batch holds at least one item");
    }
    final List<Run> runs = new ArrayList<>();
    final ByteArrayOutputStream nonces = new ByteArrayOutputStream();
    final ByteArrayOutputStream recipients = new ByteArrayOutputStream();
    final ByteArrayOutputStream signatures = new ByteArrayOutputStream();
    final ByteArrayOutputStream others = new ByteArrayOutputStream();
    for (final BatchItem item : items) {
      final byte[] body = item.body();
      final Parts parts = Parts.of(body);
      final byte[] shape;
      if (item.isDeposit()) {
        shape = body;
      } else if (parts != null) {
        shape = parts.shape();
        nonces.writeBytes(parts.nonce());
        recipients.writeBytes(parts.recipient());
        signatures.writeBytes(parts.signature());
      } else {
        shape = new byte[] {(byte) WHOLE};
        others.write(body.length >>> 16);
        others.write(body.length >>> 8);
        others.write(body.length);
        others.writeBytes(body);
      }
      final Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && last.count < MAX_RUN && last.extendsWith(shape)) {
        last.count++;
      } else {
        runs.add(new Run(shape));
      }
    }
    if (runs.size() > MAX_RUNS) {
      throw new IllegalArgumentException("a batch holds at most " + MAX_RUNS + " runs, this one " + runs.size());
    }
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ByteBuffer.allocate(HEADER_BYTES).putLong(l1FeePerByte).putShort((short) runs.size()).array());
    for (final Run run : runs) {
      out.write(run.count);
      out.writeBytes(run.shape);
    }
    out.writeBytes(nonces.toByteArray());
    out.writeBytes(recipients.toByteArray());
    out.writeBytes(signatures.toByteArray());
    out.writeBytes(others.toByteArray());
    return out.toByteArray();
  }

  /**
   * Parses batch data: the rules L1 applies when it accepts a batch (L2-RULES.md §2).
   *
   * @throws IllegalArgumentException saying what is wrong: a part is missing or runs past the end,
   *     a run is empty or has an unknown shape, or bytes follow the last column
   */
  public static BatchData decode(final byte[] data) {
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
      final Run run = new Run(Arrays.copyOfRange(data, shapeStart, in.position()));
      run.count = count;
      runs.add(run);
    }
    final ByteBuffer nonces = take(in, nonceBytes, "the nonce column");
    final ByteBuffer recipients = take(in, recipientBytes, "the recipient column");
    final ByteBuffer signatures = take(in, compactItems * SIGNATURE_BYTES, "the signature column");
    final List<BatchItem> items = new ArrayList<>();
    for (final Run run : runs) {
      for (int i = 0; i < run.count; i++) {
        items.add(new BatchItem(run.body(i, nonces, recipients, signatures, in)));
      }
    }
    if (in.hasRemaining()) {
      throw new IllegalArgumentException(in.remaining() + " bytes follow the last column");
    }
    return new BatchData(l1FeePerByte, items);
  }

  /**
   * The most bytes {@code item} can add to a batch's data, wherever it lands: its body and, if it
   * starts a run of its own, the run's count and shape byte, and a length if it is written whole.
   * Most items add less (a transfer in a run of its shape adds its nonce, recipient and signature);
   * a batcher that keeps the sum of these under a limit keeps the data under it.
   */
  public static int maxBytesOf(final BatchItem item) {
    return item.length() + 2 + LENGTH_PREFIX;
  }

  /** The next {@code n} bytes of {@code in}, as a buffer of their own. */
  private static ByteBuffer take(final ByteBuffer in, final int n, final String what) {
    if (in.remaining() < n) {
      throw new IllegalArgumentException(what + " runs past the end of the batch data");
    }
    final ByteBuffer part = in.slice(in.position(), n);
    in.position(in.position() + n);
    return part;
  }

  /** The mantissa length a quantity's head byte announces (L2-RULES.md §2.1). */
  private static int mantissaLength(final byte head, final String what) {
    final int h = head & 0xff;
    if (h > FULL_WIDTH) {
      throw new IllegalArgumentException(String.format("%s is 0x%02x: a quantity head is at most 0xE0", what, h));
    }
    return h == FULL_WIDTH ? 32 : h >>> 5;
  }

  /** Consecutive items of one shape. */
  private static final class Run {
    private final byte[] shape;
    private int count = 1;

    Run(final byte[] shape) {
      this.shape = shape;
    }

    /** Whether an item of {@code next}'s shape continues this run: a deposit must be the next index. */
    boolean extendsWith(final byte[] next) {
      if ((shape[0] & 0xff) == DEPOSIT) {
        return (next[0] & 0xff) == DEPOSIT && depositIndex(next) == depositIndex(shape) + count;
      }
      return Arrays.equals(shape, next);
    }

    /** Item {@code i} of the run, its parts taken from the columns (or {@code others}) in item order. */
    byte[] body(final int i, final ByteBuffer nonces, final ByteBuffer recipients, final ByteBuffer signatures,
        final ByteBuffer others) {
      final int kind = shape[0] & 0xff;
      if (kind == DEPOSIT) {
        return BatchItem.deposit(depositIndex(shape) + i).body();
      }
      if (kind == WHOLE) {
        final ByteBuffer prefix = take(others, LENGTH_PREFIX, "the others column");
        final int length = (prefix.get() & 0xff) << 16 | (prefix.get() & 0xff) << 8 | prefix.get() & 0xff;
        final byte[] body = new byte[length];
        take(others, length, "the others column").get(body);
        return body;
      }
      final int nonceLength = mantissaLength(shape[1], "");
      final int valueLength = shape.length - 3;
      final int recipientLength = kind == COMPACT ? ADDRESS_BYTES : kind - PREFIX_KIND;
      final ByteBuffer body = ByteBuffer.allocate(3 + nonceLength + recipientLength + valueLength + SIGNATURE_BYTES);
      body.put(shape, 0, 2);
      body.put(take(nonces, nonceLength, "the nonce column"));
      body.put(take(recipients, recipientLength, "the recipient column"));
      body.put(shape, 2, 1 + valueLength);
      body.put(take(signatures, SIGNATURE_BYTES, "the signature column"));
      return body.array();
    }

    private static long depositIndex(final byte[] shape) {
      return ByteBuffer.wrap(shape, 1, Long.BYTES).getLong();
    }
  }

  /**
   * A compact transfer taken apart: {@code shape = kind ‖ nonceHead ‖ valueHead ‖ valueMantissa}
   * and the three column parts.
   */
  private record Parts(byte[] shape, byte[] nonce, byte[] recipient, byte[] signature) {
    /** The parts of {@code body}, or null if it is not exactly a compact transfer's layout. */
    static Parts of(final byte[] body) {
      final int kind = body.length == 0 ? -1 : body[0] & 0xff;
      final int recipientLength;
      if (kind == COMPACT) {
        recipientLength = ADDRESS_BYTES;
      } else if (kind > PREFIX_KIND && kind <= PREFIX_KIND + MAX_PREFIX) {
        recipientLength = kind - PREFIX_KIND;
      } else {
        return null;
      }
      final int nonceAt = 2;
      if (body.length < nonceAt || (body[1] & 0xff) > FULL_WIDTH) {
        return null;
      }
      final int recipientAt = nonceAt + mantissaLength(body[1], "");
      final int valueHeadAt = recipientAt + recipientLength;
      if (body.length <= valueHeadAt || (body[valueHeadAt] & 0xff) > FULL_WIDTH) {
        return null;
      }
      final int signatureAt = valueHeadAt + 1 + mantissaLength(body[valueHeadAt], "");
      if (body.length != signatureAt + SIGNATURE_BYTES) {
        return null;
      }
      final byte[] shape = new byte[2 + signatureAt - valueHeadAt];
      shape[0] = body[0];
      shape[1] = body[1];
      System.arraycopy(body, valueHeadAt, shape, 2, signatureAt - valueHeadAt);
      return new Parts(shape, Arrays.copyOfRange(body, nonceAt, recipientAt),
          Arrays.copyOfRange(body, recipientAt, valueHeadAt), Arrays.copyOfRange(body, signatureAt, body.length));
    }
  }
}
