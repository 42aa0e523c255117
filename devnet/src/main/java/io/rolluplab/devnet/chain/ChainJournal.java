package io.rolluplab.devnet.chain;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Makes the in-memory devnet survive a restart: an append-only file of {@link JournalEntry entries}
 * (the genesis, every sealed block's transactions and timestamp, every clock move and revert),
 * replayed into a fresh {@link Devnet} on start. Re-executing the same transactions at the same
 * timestamps on the same genesis gives the same blocks bit for bit, so the replay checks each
 * block's hash and stops loudly if it differs.
 *
 * <p>A replay log instead of a saved world state keeps this small: the chain's rules are the
 * only code that builds state, and there is no second format to keep in step with it.
 *
 * <p><b>Durability.</b> {@link #append} returns only after {@link FileChannel#force} (fsync), so
 * an entry that was appended survives {@code kill -9} and a power cut. Each entry is framed as
 * {@code length ‖ crc32 ‖ bytes}: a process killed in the middle of a write leaves a torn last
 * frame, which {@link #open} recognizes by its length or checksum, reports, and cuts off.
 *
 * <p>Not thread-safe; the {@link Devnet} appends under its lock.
 */
final class ChainJournal implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(ChainJournal.class.getName());
  /** Frame header: the payload's length and its CRC-32, 4 bytes each. */
  private static final int HEADER = 8;

  private final FileChannel channel;
  private final List<JournalEntry> entries;

  private ChainJournal(final FileChannel channel, final List<JournalEntry> entries) {
    this.channel = channel;
    this.entries = entries;
  }

  /**
   * Opens (or creates) the journal at {@code file} and reads its entries. A torn last frame is
   * logged as a warning and truncated, so later appends follow the last whole entry.
   */
  static ChainJournal open(final Path file) throws IOException {
    final byte[] bytes = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    final List<JournalEntry> entries = new ArrayList<>();
    final int whole = readWholeFrames(bytes, entries);
    final FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    if (whole < bytes.length) {
      LOG.log(Level.WARNING, "{0}: ignoring the last {1} bytes, an entry that was being written when the process "
          + "stopped; the chain resumes after the {2} whole entries before it", file, bytes.length - whole, entries.size());
      channel.truncate(whole);
      channel.force(true);
    }
    channel.position(whole);
    return new ChainJournal(channel, entries);
  }

  /** Decodes frames into {@code entries} until the bytes end or a frame is incomplete or corrupt. */
  private static int readWholeFrames(final byte[] bytes, final List<JournalEntry> entries) throws IOException {
    final ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.remaining() >= HEADER) {
      final int start = buffer.position();
      final int length = buffer.getInt();
      final int checksum = buffer.getInt();
      if (length <= 0 || length > buffer.remaining() || checksum != crc(bytes, buffer.position(), length)) {
        return start;
      }
      entries.add(JournalEntry.decode(new DataInputStream(new ByteArrayInputStream(bytes, buffer.position(), length))));
      buffer.position(buffer.position() + length);
    }
    return buffer.position();
  }

  private static int crc(final byte[] bytes, final int offset, final int length) {
    final CRC32 crc = new CRC32();
    crc.update(bytes, offset, length);
    return (int) crc.getValue();
  }

  /** The entries that were in the file when it was opened, oldest first. */
  List<JournalEntry> entries() {
    return List.copyOf(entries);
  }

  /**
   * Appends {@code entry} and forces it to disk before returning.
   *
   * @throws UncheckedIOException if the disk refuses; the entry may then be torn, which the next
   *     {@link #open} cuts off
   */
  void append(final JournalEntry entry) {
    final byte[] payload = entry.encode();
    final ByteBuffer frame = ByteBuffer.allocate(HEADER + payload.length);
    frame.putInt(payload.length).putInt(crc(payload, 0, payload.length)).put(payload).flip();
    try {
      while (frame.hasRemaining()) {
        channel.write(frame);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the L1 journal: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
