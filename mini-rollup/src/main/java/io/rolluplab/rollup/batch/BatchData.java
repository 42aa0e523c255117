package io.rolluplab.rollup.batch;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes a batch posts to L1 (L2-RULES.md §2):
 * {@code uint64 l1FeePerByte ‖ (uint24 length ‖ body)*}. L1 stores only its hash; a one-step proof
 * sends the same bytes again. No general compression: L1 must be able to walk to any single item
 * in a fraud proof.
 *
 * @param l1FeePerByte wei each transaction pays per byte of its body, its share of the L1 data cost
 */
public record BatchData(long l1FeePerByte, List<BatchItem> items) {
  private static final int HEADER = Long.BYTES;
  private static final int LENGTH_PREFIX = 3;

  public BatchData {
    items = List.copyOf(items);
  }

  public byte[] encode() {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ByteBuffer.allocate(HEADER).putLong(l1FeePerByte).array());
    for (final BatchItem item : items) {
      final int n = item.length();
      out.write(n >>> 16);
      out.write(n >>> 8);
      out.write(n);
      out.writeBytes(item.body());
    }
    return out.toByteArray();
  }

  /**
   * Parses batch data.
   *
   * @throws IllegalArgumentException if the header is short or an item runs past the end
   */
  public static BatchData decode(final byte[] data) {
    if (data.length < HEADER) {
      throw new IllegalArgumentException("batch data shorter than its 8-byte header");
    }
    final ByteBuffer in = ByteBuffer.wrap(data);
    final long l1FeePerByte = in.getLong();
    final List<BatchItem> items = new ArrayList<>();
    while (in.hasRemaining()) {
      if (in.remaining() < LENGTH_PREFIX) {
        throw new IllegalArgumentException("truncated item length at byte " + in.position());
      }
      final int length = (in.get() & 0xff) << 16 | (in.get() & 0xff) << 8 | in.get() & 0xff;
      if (in.remaining() < length) {
        throw new IllegalArgumentException("item " + items.size() + " runs past the end");
      }
      final byte[] body = new byte[length];
      in.get(body);
      items.add(new BatchItem(body));
    }
    return new BatchData(l1FeePerByte, items);
  }
}
