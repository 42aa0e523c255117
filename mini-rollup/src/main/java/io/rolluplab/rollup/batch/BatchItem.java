package io.rolluplab.rollup.batch;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.rollup.state.Bytes32;
import java.nio.ByteBuffer;

/**
 * One item of a batch (L2-RULES.md §2): a deposit ({@code 0x7E ‖ uint64 depositIndex}, exactly 9
 * bytes), a standard transfer in compact form ({@code 0x00 ‖ …}) or a signed L2 transaction. Any other body is kept as it is and executed as a transaction,
 * so it breaks rule 1; a batch may carry it, the rules decide what it does (nothing).
 */
public record BatchItem(byte[] body) {
  /** First byte of a deposit item, like the OP Stack's deposit transaction type. */
  public static final byte DEPOSIT_TYPE = 0x7E;
  private static final int DEPOSIT_LENGTH = 1 + Long.BYTES;
  /** A body a batch writes whole is prefixed by a uint24 length ({@link BatchData}). */
  public static final int MAX_BODY_LENGTH = (1 << 24) - 1;

  public BatchItem {
    if (body.length > MAX_BODY_LENGTH) {
      throw new IllegalArgumentException("an item body has at most 2^24 - 1 bytes");
    }
    body = body.clone();
  }

  public static BatchItem deposit(final long depositIndex) {
    return new BatchItem(ByteBuffer.allocate(DEPOSIT_LENGTH).put(DEPOSIT_TYPE).putLong(depositIndex).array());
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  public boolean isDeposit() {
    return body.length == DEPOSIT_LENGTH && body[0] == DEPOSIT_TYPE;
  }

  /** The L1 queue index a deposit item executes (uint64, compare with {@link Long#compareUnsigned}). */
  public long depositIndex() {
    if (!isDeposit()) {
      throw new IllegalStateException("not a deposit item");
    }
    return ByteBuffer.wrap(body, 1, Long.BYTES).getLong();
  }

  /** H(body): the item's leaf in its L2 block's hash ({@code L2Block}). */
  public Bytes32 leaf() {
    return Bytes32.wrap(Keccak.hash(body));
  }

  public int length() {
    return body.length;
  }
}
