package io.rolluplab.rollup.prover;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * One constraint a validity circuit checks, as the prover checked it: the line "what the circuit
 * proved" shows for it.
 *
 * @param item the batch item it belongs to, -1 for a check of the whole batch
 * @param name what is checked ("signature", "nonce", "sender leaf update" …)
 * @param detail the values compared, in words
 * @param constraints the R1CS constraints a circom circuit spends on it ({@link ConstraintCosts})
 */
public record Check(int item, String name, boolean passed, String detail, long constraints) {

  /** "item 3: nonce failed (nonce 0, the sender's next is 1)". */
  public String describe() {
    return (item < 0 ? "batch" : "item " + item) + ": " + name + (passed ? " holds" : " fails") + " (" + detail + ")";
  }

  /**
   * A batch's checks in the form the store keeps them: each one's fields in order, deflated. The
   * names repeat for every item and each root appears twice (the root one update leaves is the
   * next one's start), so DEFLATE takes it to about a tenth.
   */
  public static byte[] pack(final List<Check> checks) {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
      for (final Check check : checks) {
        out.writeInt(check.item());
        out.writeUTF(check.name());
        out.writeBoolean(check.passed());
        out.writeUTF(check.detail());
        out.writeLong(check.constraints());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot happen: the bytes are written to memory", e);
    }
    return bytes.toByteArray();
  }

  /**
   * The checks {@link #pack} packed, in their order.
   *
   * @throws IllegalArgumentException if {@code packed} is not what {@link #pack} makes
   */
  public static List<Check> unpack(final byte[] packed) {
    final List<Check> checks = new ArrayList<>();
    try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(packed)))) {
      while (true) {
        final int item;
        try {
          item = in.readInt();
        } catch (EOFException end) {
          return checks;
        }
        checks.add(new Check(item, in.readUTF(), in.readBoolean(), in.readUTF(), in.readLong()));
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("not a batch's packed checks: " + e.getMessage(), e);
    }
  }
}
