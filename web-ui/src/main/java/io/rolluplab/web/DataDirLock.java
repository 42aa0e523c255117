package io.rolluplab.web;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * This process's claim on a {@code --data-dir}: an operating-system lock on {@code DIR/lock}. Two
 * processes writing one L1 journal and one rollup store would each overwrite what the other
 * wrote, so the second one stops at start-up instead. The operating system drops the lock when the
 * process ends in any way, {@code kill -9} included, so a crash never leaves the directory locked.
 */
final class DataDirLock implements AutoCloseable {
  private final FileChannel channel;

  private DataDirLock(final FileChannel channel) {
    this.channel = channel;
  }

  /**
   * Creates {@code dataDir} if missing and locks it.
   *
   * @throws IOException if the directory cannot be created or is locked by another Rollup Lab
   */
  static DataDirLock acquire(final Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    final Path file = dataDir.resolve("lock");
    final FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) { // held by this very process
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new IOException("the data directory " + dataDir.toAbsolutePath() + " is in use by another Rollup Lab"
          + " (it holds " + file.toAbsolutePath() + "); stop that one first, or pass another --data-dir");
    }
    return new DataDirLock(channel);
  }

  /** Releases the lock; the lock file stays, empty, for the next start to lock again. */
  @Override
  public void close() throws IOException {
    channel.close();
  }
}
