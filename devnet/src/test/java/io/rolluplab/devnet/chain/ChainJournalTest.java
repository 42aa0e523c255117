package io.rolluplab.devnet.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainJournalTest {
  private static final ChainClock.Reading CLOCK = new ChainClock.Reading(60, 1_700_000_012, null);

  @TempDir
  Path dir;

  private JournalEntry.Sealed block(final long number) {
    return new JournalEntry.Sealed(number, 1_700_000_000 + number, new byte[32], List.of(new byte[] {1, 2, 3}), CLOCK);
  }

  @Test
  void readsBackWhatWasAppended() throws Exception {
    final Path file = dir.resolve("j");
    try (ChainJournal journal = ChainJournal.open(file)) {
      journal.append(new JournalEntry.Genesis(31337, 1_700_000_000, new byte[32]));
      journal.append(block(1));
      journal.append(new JournalEntry.ClockMoved(new ChainClock.Reading(90, 1_700_000_001, 1_800_000_000L)));
      journal.append(new JournalEntry.Reverted(1, CLOCK));
    }

    final List<JournalEntry> entries = ChainJournal.open(file).entries();

    assertThat(entries).hasSize(4);
    assertThat(((JournalEntry.Sealed) entries.get(1)).transactions().get(0)).containsExactly(1, 2, 3);
    assertThat(((JournalEntry.ClockMoved) entries.get(2)).clock().pinnedNextTimestamp()).isEqualTo(1_800_000_000L);
    assertThat(entries.get(3)).isEqualTo(new JournalEntry.Reverted(1, CLOCK));
  }

  @Test
  void ignoresAndCutsOffATornLastEntry() throws Exception {
    final Path file = dir.resolve("j");
    try (ChainJournal journal = ChainJournal.open(file)) {
      journal.append(block(1));
      journal.append(block(2));
    }
    final byte[] whole = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(whole, whole.length - 5)); // the process died while writing block 2

    try (ChainJournal journal = ChainJournal.open(file)) {
      assertThat(journal.entries()).extracting(e -> ((JournalEntry.Sealed) e).number()).containsExactly(1L);
      journal.append(block(3));
    }

    assertThat(ChainJournal.open(file).entries()).extracting(e -> ((JournalEntry.Sealed) e).number())
        .containsExactly(1L, 3L);
  }

  @Test
  void treatsAFrameWithAWrongChecksumAsTorn() throws Exception {
    final Path file = dir.resolve("j");
    try (ChainJournal journal = ChainJournal.open(file)) {
      journal.append(block(1));
    }
    final long firstFrame = Files.size(file);
    try (ChainJournal journal = ChainJournal.open(file)) {
      journal.append(block(2));
    }
    Files.write(file, new byte[] {(byte) 0xFF}, StandardOpenOption.APPEND); // garbage after a whole frame
    final byte[] bytes = Files.readAllBytes(file);
    bytes[(int) firstFrame + 10] ^= 1; // flip a bit inside block 2's payload
    Files.write(file, bytes);

    assertThat(ChainJournal.open(file).entries()).hasSize(1);
    assertThat(Files.size(file)).isEqualTo(firstFrame);
  }
}
