package io.rolluplab.devnet.chain;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the {@link ChainJournal}: something that changed the chain and cannot be recomputed
 * from what came before it, because it came from outside (a transaction, a clock) or from a person
 * ({@code evm_revert}). Everything else, state and receipts included, follows by re-executing.
 *
 * <p>Entries that change the clock carry the clock's whole {@link ChainClock.Reading} after the
 * change, not the change itself, so replaying the last one is enough to put the clock back.
 */
sealed interface JournalEntry {

  /** The first entry: which chain this is and when it started. */
  record Genesis(long chainId, long timestamp, byte[] hash) implements JournalEntry {
    @Override
    public void writeFields(final DataOutputStream out) throws IOException {
      out.writeByte(GENESIS);
      out.writeLong(chainId);
      out.writeLong(timestamp);
      writeBytes(out, hash);
    }
  }

  /** A sealed block: its transactions (signed encodings) in block order, and its hash to check the replay. */
  record Sealed(long number, long timestamp, byte[] hash, List<byte[]> transactions, ChainClock.Reading clock)
      implements JournalEntry {
    @Override
    public void writeFields(final DataOutputStream out) throws IOException {
      out.writeByte(SEALED);
      out.writeLong(number);
      out.writeLong(timestamp);
      writeBytes(out, hash);
      out.writeInt(transactions.size());
      for (final byte[] tx : transactions) {
        writeBytes(out, tx);
      }
      writeClock(out, clock);
    }
  }

  /** {@code evm_increaseTime} or {@code evm_setNextBlockTimestamp}. */
  record ClockMoved(ChainClock.Reading clock) implements JournalEntry {
    @Override
    public void writeFields(final DataOutputStream out) throws IOException {
      out.writeByte(CLOCK_MOVED);
      writeClock(out, clock);
    }
  }

  /** {@code evm_revert}: the blocks from number {@code blockCount} on are gone. */
  record Reverted(long blockCount, ChainClock.Reading clock) implements JournalEntry {
    @Override
    public void writeFields(final DataOutputStream out) throws IOException {
      out.writeByte(REVERTED);
      out.writeLong(blockCount);
      writeClock(out, clock);
    }
  }

  byte GENESIS = 1;
  byte SEALED = 2;
  byte CLOCK_MOVED = 3;
  byte REVERTED = 4;

  /** Writes a type tag, then the fields in order, big-endian; {@link #decode} reads them back. */
  void writeFields(DataOutputStream out) throws IOException;

  /** The entry as bytes. */
  default byte[] encode() {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writeFields(out);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads what {@link #writeFields} wrote.
   *
   * @throws IOException if the bytes are not an entry
   */
  static JournalEntry decode(final DataInputStream in) throws IOException {
    final byte type = in.readByte();
    switch (type) {
      case GENESIS:
        return new Genesis(in.readLong(), in.readLong(), readBytes(in));
      case SEALED:
        final long number = in.readLong();
        final long timestamp = in.readLong();
        final byte[] hash = readBytes(in);
        final int count = in.readInt();
        final List<byte[]> transactions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          transactions.add(readBytes(in));
        }
        return new Sealed(number, timestamp, hash, transactions, readClock(in));
      case CLOCK_MOVED:
        return new ClockMoved(readClock(in));
      case REVERTED:
        return new Reverted(in.readLong(), readClock(in));
      default:
        throw new IOException("unknown journal entry type " + type);
    }
  }

  private static void writeBytes(final DataOutputStream out, final byte[] value) throws IOException {
    out.writeInt(value.length);
    out.write(value);
  }

  private static byte[] readBytes(final DataInputStream in) throws IOException {
    final byte[] value = new byte[in.readInt()];
    in.readFully(value);
    return value;
  }

  private static void writeClock(final DataOutputStream out, final ChainClock.Reading clock) throws IOException {
    out.writeLong(clock.offsetSeconds());
    out.writeLong(clock.latestBlockTimestamp());
    out.writeBoolean(clock.pinnedNextTimestamp() != null);
    out.writeLong(clock.pinnedNextTimestamp() == null ? 0 : clock.pinnedNextTimestamp());
  }

  private static ChainClock.Reading readClock(final DataInputStream in) throws IOException {
    final long offset = in.readLong();
    final long latest = in.readLong();
    final boolean pinned = in.readBoolean();
    final long pinnedTimestamp = in.readLong();
    return new ChainClock.Reading(offset, latest, pinned ? pinnedTimestamp : null);
  }
}
