package io.rolluplab.rollup.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.event.ChainPosition;
import io.rolluplab.rollup.event.EventLog;
import io.rolluplab.rollup.event.RollupEvent;
import io.rolluplab.rollup.state.Bytes32;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A file store loses nothing it acknowledged when the process dies, and only that. */
class RollupStoreRestartTest {
  private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
  private static final Bytes32 ROOT = Bytes32.of(BigInteger.valueOf(0x5EED));

  @TempDir
  Path dir;
  /** The kill -9 test's writer process. */
  private Process child;

  record Note(String sentence) implements RollupEvent {
    @Override
    public String role() {
      return "proposer";
    }
  }

  @AfterEach
  void killChild() {
    if (child != null) {
      child.destroyForcibly();
    }
  }

  /** Kills the database the way a crash would: H2 drops its files without writing anything more. */
  private void crash() throws Exception {
    try (Connection c = DriverManager.getConnection(RollupStore.fileUrl(dir))) {
      c.createStatement().execute("SHUTDOWN IMMEDIATELY");
    }
  }

  @Test
  void everythingCommittedIsThereAfterACrashAndTheMigrationDoesNotRunAgain() throws Exception {
    final RollupStore store = RollupStore.inDirectory(dir);
    final EventLog log = new EventLog(store.events(), () -> new ChainPosition(1, 2, 3), Clock.systemUTC());
    log.publish(new Note("Proposed root for batch 0."));
    store.batches().insert(new BatchTable.Row(0, "sealed", 1, 2, ROOT, ROOT, 64, null, null, 3, 2, 50), T0);
    store.deposits().insert(new DepositTable.Row(0, Address.fromLong(1), Address.fromLong(2), BigInteger.ONE, 9L, null));
    crash(); // store is never closed

    try (RollupStore reopened = RollupStore.inDirectory(dir)) {
      assertThat(reopened.migrationsRun()).isEmpty();
      assertThat(reopened.schemaVersion()).isEqualTo(Schema.latestVersion());
      assertThat(reopened.events().since(0)).extracting(StoredEvent::sentence)
          .containsExactly("Proposed root for batch 0.");
      assertThat(reopened.batches().get(0)).isPresent();
      assertThat(reopened.deposits().waiting()).hasSize(1);
    }
  }

  @Test
  void aTransactionOpenAtTheCrashIsGoneWholeAfterRestart() throws Exception {
    RollupStore.inDirectory(dir).batches().insert(new BatchTable.Row(0, "sealed", 1, 2, ROOT, ROOT, 64, null, null, 3, 2, 50), T0);
    final Connection writer = DriverManager.getConnection(RollupStore.fileUrl(dir));
    writer.setAutoCommit(false);
    writer.createStatement().execute("UPDATE batches SET status = 'posted' WHERE batch_index = 0");
    writer.createStatement().execute("INSERT INTO batch_status_changes VALUES (0, 'posted', CURRENT_TIMESTAMP)");
    crash(); // before the writer commits

    try (RollupStore reopened = RollupStore.inDirectory(dir)) {
      assertThat(reopened.batches().get(0).orElseThrow().status()).isEqualTo("sealed");
      assertThat(reopened.batches().timeline(0)).extracting(BatchTable.StatusChange::status).containsExactly("sealed");
    }
  }

  /**
   * Waits for acknowledgements, not for a time: the child's start-up alone (a fresh JVM loading H2
   * and Jackson, and the schema) took 32 s before its first acknowledgement at a machine load of 20,
   * while its main thread had used 1.8 s of CPU. The timeout only guards against a child that hangs
   * (a read of its output cannot be interrupted: the test fails on its own thread, and
   * {@link #killChild} ends the child).
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void killMinus9LosesNoAcknowledgedEvent() throws Exception {
    child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
        "-cp", System.getProperty("java.class.path"), EventWriterMain.class.getName(), dir.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    final List<Long> acknowledged = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (acknowledged.size() < 300 && (line = out.readLine()) != null) {
        acknowledged.add(Long.parseLong(line));
      }
      child.destroyForcibly(); // SIGKILL mid-loop: no shutdown hook, no close
      child.waitFor();
    }

    assertThat(acknowledged).as("the child's acknowledgements before it stopped on its own").hasSize(300);
    try (RollupStore reopened = RollupStore.inDirectory(dir)) {
      final List<Long> stored = reopened.events().since(0).stream().map(StoredEvent::seq).toList();
      assertThat(stored).containsAll(acknowledged);
      assertThat(stored.get(stored.size() - 1)).isEqualTo(stored.size()); // 1..n, no gaps
    }
  }
}
