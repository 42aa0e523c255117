package io.rolluplab.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLockTest {

  @Test
  void aSecondClaimOnTheSameDirectoryIsRefusedWithWhatToDo(@TempDir final Path dir) throws Exception {
    try (DataDirLock first = DataDirLock.acquire(dir)) {
      assertThatThrownBy(() -> DataDirLock.acquire(dir)).isInstanceOf(IOException.class)
          .hasMessageContaining(dir.toAbsolutePath().toString()).hasMessageContaining("in use by another Rollup Lab")
          .hasMessageContaining("pass another --data-dir");
    }
  }

  @Test
  void theDirectoryCanBeClaimedAgainOnceReleased(@TempDir final Path dir) throws Exception {
    DataDirLock.acquire(dir.resolve("new")).close();
    DataDirLock.acquire(dir.resolve("new")).close();
  }
}
