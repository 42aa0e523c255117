package io.rolluplab.rollup.batch;

import static io.rolluplab.rollup.batch.BatchLayout.ADDRESS_BYTES;
import static io.rolluplab.rollup.batch.BatchLayout.COMPACT;
import static io.rolluplab.rollup.batch.BatchLayout.DEPOSIT;
import static io.rolluplab.rollup.batch.BatchLayout.FULL_WIDTH;
import static io.rolluplab.rollup.batch.BatchLayout.LENGTH_PREFIX;
import static io.rolluplab.rollup.batch.BatchLayout.MAX_PREFIX;
import static io.rolluplab.rollup.batch.BatchLayout.MAX_RUN;
import static io.rolluplab.rollup.batch.BatchLayout.MAX_RUNS;
import static io.rolluplab.rollup.batch.BatchLayout.PREFIX_KIND;
import static io.rolluplab.rollup.batch.BatchLayout.SIGNATURE_BYTES;
import static io.rolluplab.rollup.batch.BatchLayout.WHOLE;
import static io.rolluplab.rollup.batch.BatchLayout.depositIndex;
import static io.rolluplab.rollup.batch.BatchLayout.mantissaLength;
import static io.rolluplab.rollup.batch.BatchLayout.take;
import static io.rolluplab.rollup.batch.BatchLayout.takeWhole;

import io.rolluplab.rollup.batch.BatchLayout.Run;
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
 * goes whole into {@code others}, each as {@code uint24 length ‖ body}. {@link BatchLayout} reads
 * how the bytes divide.
 *
 * <p>The items themselves are unchanged, byte for byte: {@link #decode} puts each body back
 * together, and fees, block hashes and the one-step proof all see the same bodies. L1 stores only
 * the data's hash; a one-step proof sends the bytes again, and L1 rebuilds the one disputed item
 * from the columns.
 *
 * @param l1FeePerByte wei each transaction pays per byte of its body, its share of the L1 data cost
 */
public record BatchData(long l1FeePerByte, List<BatchItem> items) {
  /**
   * The version of how batches reach L1 and how they are laid out. Format 1 wrote one item after
   * another, each with a 3-byte length; format 2 wrote runs and columns, posted through the
   * rollup contract; format 3 sends the same layout to an inbox address without code (L2-RULES.md
   * §2.2). Contracts deployed for one format cannot read another, so a store records the format
   * its contracts read, and a node refuses a store of another format rather than post batches its
   * L1 does not read.
   */
  public static final int FORMAT = 3;
  /** The header: {@code uint64 l1FeePerByte ‖ uint16 runCount}. */
  public static final int HEADER_BYTES = BatchLayout.HEADER_BYTES;

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
    final ByteArrayOutputStream runs = new ByteArrayOutputStream();
    final ByteArrayOutputStream nonces = new ByteArrayOutputStream();
    final ByteArrayOutputStream recipients = new ByteArrayOutputStream();
    final ByteArrayOutputStream signatures = new ByteArrayOutputStream();
    final ByteArrayOutputStream others = new ByteArrayOutputStream();
    int runCount = 0;
    byte[] runShape = null; // the open run's shape, and how many items it holds so far
    int runLength = 0;
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
      if (runShape != null && continues(runShape, runLength, shape)) {
        runLength++;
      } else {
        if (runShape != null) {
          writeRun(runs, runLength, runShape);
        }
        runCount++;
        runShape = shape;
        runLength = 1;
      }
    }
    writeRun(runs, runLength, runShape);
    if (runCount > MAX_RUNS) {
      throw new IllegalArgumentException("a batch holds at most " + MAX_RUNS + " runs, this one " + runCount);
    }
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ByteBuffer.allocate(HEADER_BYTES).putLong(l1FeePerByte).putShort((short) runCount).array());
    out.writeBytes(runs.toByteArray());
    out.writeBytes(nonces.toByteArray());
    out.writeBytes(recipients.toByteArray());
    out.writeBytes(signatures.toByteArray());
    out.writeBytes(others.toByteArray());
    return out.toByteArray();
  }

  /**
   * Parses batch data: checks it as L1 does ({@link BatchLayout#of}) and puts each item's body back
   * together from its run's shape and the columns.
   *
   * @throws IllegalArgumentException saying what is wrong: a part is missing or runs past the end,
   *     a run is empty or has an unknown shape, or bytes follow the last column
   */
  public static BatchData decode(final byte[] data) {
    final BatchLayout layout = BatchLayout.of(data);
    final ByteBuffer in = ByteBuffer.wrap(data).position(layout.runsEnd());
    final ByteBuffer nonces = take(in, layout.nonceBytes(), "the nonce column");
    final ByteBuffer recipients = take(in, layout.recipientBytes(), "the recipient column");
    final ByteBuffer signatures = take(in, layout.signatureBytes(), "the signature column");
    final List<BatchItem> items = new ArrayList<>();
    for (final Run run : layout.runs()) {
      final byte[] shape = run.shape();
      for (int i = 0; i < run.count(); i++) {
        items.add(new BatchItem(body(run, shape, i, nonces, recipients, signatures, in)));
      }
    }
    return new BatchData(layout.l1FeePerByte(), items);
  }

  /**
   * {@link #decode}, and checks what L1's {@code BatchData.read} checks besides: the deposit items
   * name consecutive queue entries from {@code firstDeposit} on.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  public static BatchData read(final byte[] data, final long firstDeposit) {
    final BatchData batch = decode(data);
    long next = firstDeposit;
    for (final BatchItem item : batch.items()) {
      if (item.isDeposit()) {
        if (item.depositIndex() != next) {
          throw new IllegalArgumentException("its deposits must be queue entries #" + firstDeposit + ", #"
              + (firstDeposit + 1) + " … in order, but one names #" + item.depositIndex() + " where #" + next
              + " is next");
        }
        next++;
      }
    }
    return batch;
  }

  /** How many of its items are deposits. */
  public long depositCount() {
    return items.stream().filter(BatchItem::isDeposit).count();
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

  /**
   * Whether an item of shape {@code next} continues the run of {@code length} items of {@code shape}:
   * it has room, and the shape is the same (a deposit: the next queue index).
   */
  private static boolean continues(final byte[] shape, final int length, final byte[] next) {
    if (length == MAX_RUN) {
      return false;
    }
    if ((shape[0] & 0xff) == DEPOSIT) {
      return (next[0] & 0xff) == DEPOSIT && depositIndex(next) == depositIndex(shape) + length;
    }
    return Arrays.equals(shape, next);
  }

  private static void writeRun(final ByteArrayOutputStream runs, final int length, final byte[] shape) {
    runs.write(length);
    runs.writeBytes(shape);
  }

  /**
   * Item {@code i} of {@code run} (whose shape is {@code shape}), its parts taken from the columns
   * (or {@code others}) in item order.
   */
  private static byte[] body(final Run run, final byte[] shape, final int i, final ByteBuffer nonces,
      final ByteBuffer recipients, final ByteBuffer signatures, final ByteBuffer others) {
    if (run.kind() == DEPOSIT) {
      return BatchItem.deposit(run.firstDeposit() + i).body();
    }
    if (run.kind() == WHOLE) {
      final ByteBuffer whole = takeWhole(others);
      final byte[] body = new byte[whole.remaining()];
      whole.get(body);
      return body;
    }
    final int nonceLength = mantissaLength(shape[1], "");
    final int valueLength = shape.length - 3;
    final ByteBuffer body = ByteBuffer.allocate(3 + nonceLength + run.recipientLength() + valueLength + SIGNATURE_BYTES);
    body.put(shape, 0, 2);
    body.put(take(nonces, nonceLength, "the nonce column"));
    body.put(take(recipients, run.recipientLength(), "the recipient column"));
    body.put(shape, 2, 1 + valueLength);
    body.put(take(signatures, SIGNATURE_BYTES, "the signature column"));
    return body.array();
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
