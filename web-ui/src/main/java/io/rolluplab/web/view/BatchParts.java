package io.rolluplab.web.view;

import io.rolluplab.rollup.batch.BatchLayout;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * How optimistic batch data divides (L2-RULES.md §2): the header, each run and each column, with
 * their lengths. The batch page and the page of the batcher's L1 transaction both show it.
 */
public final class BatchParts {

  /**
   * One part of the batch data: the header, a run, or a column.
   *
   * @param part its name
   * @param bytes its length
   * @param holds what it holds, in words
   */
  public record Part(String part, int bytes, String holds) {}

  private BatchParts() {}

  /**
   * The parts of {@code data}, in order.
   *
   * @throws IllegalArgumentException saying what is wrong, if {@code data} does not read as a batch
   *     (by the rules such a batch counts as empty)
   */
  public static List<Part> of(final byte[] data) {
    final BatchLayout layout = BatchLayout.of(data);
    final List<Part> parts = new ArrayList<>();
    parts.add(new Part("header", BatchLayout.HEADER_BYTES, "the L1 fee per byte ("
        + Format.gwei(BigInteger.valueOf(layout.l1FeePerByte())) + " gwei) and the number of runs ("
        + layout.runs().size() + ")"));
    for (int r = 0; r < layout.runs().size(); r++) {
      final BatchLayout.Run run = layout.runs().get(r);
      parts.add(new Part("run " + r, run.bytes(), run.describe()));
    }
    parts.add(new Part("nonces", layout.nonceBytes(), "each standard transfer's nonce"));
    parts.add(new Part("recipients", layout.recipientBytes(), "each standard transfer's recipient: its address, or "
        + "the first bytes of its key in the state tree"));
    parts.add(new Part("signatures", layout.signatureBytes(), "64 bytes a standard transfer: r, then s with the y "
        + "parity in its top bit"));
    if (layout.otherBytes() > 0) {
      parts.add(new Part("written whole", layout.otherBytes(), "the other transactions as they were signed, each "
          + "after its 3-byte length"));
    }
    return parts;
  }
}
