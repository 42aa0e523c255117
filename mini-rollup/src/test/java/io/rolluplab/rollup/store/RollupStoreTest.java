package io.rolluplab.rollup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollupStoreTest {
  private static final Instant T0 = Instant.parse("2026-11-25T12:00:00Z");
  private static final Address ALICE = Address.fromLong(0xA11CE);
  private static final Bytes32 ROOT = Bytes32.of(BigInteger.valueOf(0x5EED));

  private final RollupStore store = RollupStore.inMemory();

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void theCircuitsChecksAreKeptForTheLatestBatchesOnly() {
    store.proofChecks().put(0, new byte[] {1});
    store.proofChecks().put(1, new byte[] {2});
    store.proofChecks().put(1, new byte[] {3}); // proven again: replaces the first attempt's

    store.proofChecks().put(ProofCheckTable.KEPT_BATCHES, new byte[] {4});

    assertThat(store.proofChecks().get(0)).as("the oldest, forgotten").isEmpty();
    assertThat(store.proofChecks().get(1)).hasValueSatisfying(c -> assertThat(c).containsExactly(3));
    assertThat(store.proofChecks().get(ProofCheckTable.KEPT_BATCHES)).isPresent();
  }

  @Test
  void pendingTransactionsThatArrivedInOneInstantComeBackInTheOrderTheyWereStored() {
    // hashes in falling order, so an order by hash (the primary key) would reverse them
    final List<Bytes32> hashes = IntStream.of(9, 5, 1).mapToObj(b -> {
      final byte[] word = new byte[Bytes32.SIZE];
      word[0] = (byte) b;
      return Bytes32.wrap(word);
    }).toList();
    for (int i = 0; i < hashes.size(); i++) {
      store.pendingTransactions().insert(hashes.get(i), new byte[] {(byte) i}, T0);
    }

    assertThat(store.pendingTransactions().all()).containsExactly(new byte[] {0}, new byte[] {1}, new byte[] {2});
  }

  @Test
  void aNewStoreRunsEveryMigrationAndIsAtTheLatestVersion() {
    assertThat(store.migrationsRun()).extracting(Migration::version)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, Schema.latestVersion()).boxed().toList());
    assertThat(store.schemaVersion()).isEqualTo(Schema.latestVersion());
  }

  @Test
  void eachInMemoryStoreIsADatabaseOfItsOwnThatOutlivesAnotherOnesClose() {
    store.deposits().insert(new DepositTable.Row(0, ALICE, ALICE, BigInteger.ONE, 5L, null));
    try (RollupStore other = RollupStore.inMemory()) {
      assertThat(other.deposits().all()).isEmpty();
      other.deposits().insert(new DepositTable.Row(0, ALICE, ALICE, BigInteger.TWO, 5L, null));
    }

    assertThat(store.deposits().all()).extracting(DepositTable.Row::amount).containsExactly(BigInteger.ONE);
    assertThat(store.fileSize()).isPositive();
  }

  @Test
  void aTransactionOpenOnOneThreadNeitherHoldsUpNorShowsItselfToAnotherThread() throws Exception {
    final CountDownLatch inside = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final Thread writer = new Thread(() -> store.inOneTransaction(() -> {
      store.deposits().insert(new DepositTable.Row(0, ALICE, ALICE, BigInteger.ONE, null, null));
      inside.countDown();
      awaitQuietly(release);
    }));
    writer.start();
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

    // the writer's transaction is open: this thread writes and reads beside it, and sees only what is committed
    store.deposits().insert(new DepositTable.Row(1, ALICE, ALICE, BigInteger.TWO, null, null));
    assertThat(store.deposits().all()).extracting(DepositTable.Row::queueIndex).containsExactly(1L);

    release.countDown();
    writer.join(10_000);
    assertThat(store.deposits().all()).extracting(DepositTable.Row::queueIndex).containsExactly(0L, 1L);
  }

  private static void awaitQuietly(final CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void keepsEachBatchsStatusTimeline() {
    store.batches().insert(new BatchTable.Row(0, "sealed", 1, 4, ROOT, ROOT, 120, null, null, 3, 2, 90), T0);
    store.batches().setPosted(0, ROOT, 21_000, T0.plusSeconds(2));
    store.batches().setStatus(0, "finalized", T0.plusSeconds(600));

    assertThat(store.batches().get(0).orElseThrow().status()).isEqualTo("finalized");
    assertThat(store.batches().get(0).orElseThrow().l1GasUsed()).isEqualTo(21_000);
    assertThat(store.batches().timeline(0)).extracting(BatchTable.StatusChange::status)
        .containsExactly("sealed", "posted", "finalized");
  }

  @Test
  void aFailedWriteLeavesNothingBehind() {
    assertThatThrownBy(() -> store.batches().setStatus(9, "posted", T0)).isInstanceOf(StoreException.class)
        .hasMessageContaining("no batch 9");
    assertThat(store.batches().latest(10)).isEmpty();
  }

  @Test
  void storesDepositsWithdrawalsDisputesProofsBlocksAndTransactions() {
    store.deposits().insert(new DepositTable.Row(0, ALICE, ALICE, BigInteger.TEN.pow(24), 5L, null));
    store.deposits().insert(new DepositTable.Row(1, ALICE, ALICE, BigInteger.ONE, 6L, null));
    store.deposits().setIncluded(List.of(0L), 2);
    store.withdrawals().insert(
        new WithdrawalTable.Row(ROOT, ALICE, BigInteger.TWO, 0, 3, ROOT, null, "INCLUDED", null, null, null));
    store.withdrawals().update(new WithdrawalTable.Row(ROOT, ALICE, BigInteger.TWO, 0, 3, ROOT, 1L, "PAID",
        1_700_000_000L, ROOT, 60_000L));
    store.disputes().open(new DisputeTable.Row(4, 1, ALICE, "open", null, null, T0, null));
    store.disputes().addMove(new DisputeTable.Move(4, 1, "challenger", "bisect", 50, ROOT, null, T0));
    store.disputes().resolve(4, "resolved", "challenger", T0.plusSeconds(60));
    final long proof = store.proofs().insert(
        new ProofTable.Generated(1, ROOT, ROOT, ALICE, 150_000, new byte[] {9}, T0.minusSeconds(3), T0));
    store.proofs().setVerified(proof, "verified", ROOT, 80_000, T0.plusSeconds(1));
    store.l2Blocks().insert(new L2BlockTable.Row(1, ROOT, Bytes32.ZERO, ROOT, 1_700_000_000, 1, 16), List.of(new byte[] {1}));
    store.pendingTransactions().insert(ROOT, new byte[] {1}, T0);
    store.pendingTransactions().insert(Bytes32.ZERO, new byte[] {2}, T0.plusSeconds(1));
    store.l2Transactions().insert(1, List.of(new L2TransactionTable.Included(ROOT, ALICE, 0, ALICE)));
    store.pendingTransactions().remove(List.of(ROOT));
    store.l2Blocks().setBatched(1, 1, 6);
    store.deployment().insert(new DeploymentTable.Row("ZK", ALICE, ALICE, null, ALICE, 7, 2, null, null, 0));
    store.l1Progress().set("bridge", 8);
    store.l1Progress().set("bridge", 9);

    assertThat(store.deposits().waiting()).extracting(DepositTable.Row::queueIndex).containsExactly(1L);
    assertThat(store.deposits().get(0).orElseThrow().amount()).isEqualTo(BigInteger.TEN.pow(24));
    assertThat(store.withdrawals().bySender(ALICE)).extracting(WithdrawalTable.Row::batchIndex).containsExactly(1L);
    assertThat(store.withdrawals().get(ROOT).orElseThrow().l1GasUsed()).isEqualTo(60_000L);
    assertThat(store.withdrawals().allBut("PAID")).isEmpty();
    assertThat(store.withdrawals().lastL2Block()).isEqualTo(3);
    assertThat(store.disputes().get(4).orElseThrow().winner()).isEqualTo("challenger");
    assertThat(store.disputes().moves(4)).extracting(DisputeTable.Move::claimedRoot).containsExactly(ROOT);
    assertThat(store.proofs().forBatch(1)).extracting(ProofTable.Row::status).containsExactly("verified");
    assertThat(store.proofs().forBatch(1).get(0).constraintEstimate()).isEqualTo(150_000L);
    assertThat(store.deployment().get().orElseThrow().disputeGame()).isNull();
    assertThat(store.l2Blocks().latest().orElseThrow().stateRoot()).isEqualTo(ROOT);
    assertThat(store.l2Transactions().get(ROOT)).contains(new L2TransactionTable.Row(ROOT, ALICE, 0, ALICE, 1, 6L));
    assertThat(store.l2Transactions().inBlock(1)).extracting(L2TransactionTable.Row::hash).containsExactly(ROOT);
    assertThat(store.pendingTransactions().all()).containsExactly(new byte[] {2});
    assertThat(store.l2Blocks().items(1)).containsExactly(new byte[] {1});
    assertThat(store.deployment().get().orElseThrow().l1Block()).isEqualTo(7);
    assertThat(store.l1Progress().get("bridge")).contains(9L);
  }

  /**
   * Migrations 10 and 11 move a version 9 database's transactions: the pending one to
   * pending_transactions, the batch of the batched one to its block; the dropped one goes.
   */
  @Test
  void aVersion9DatabaseKeepsItsTransactionsAndTheirBatches(@TempDir final Path dir) throws Exception {
    final Bytes32 pending = Bytes32.of(BigInteger.ONE);
    final Bytes32 dropped = Bytes32.of(BigInteger.TWO);
    try (Connection c = DriverManager.getConnection(RollupStore.fileUrl(dir))) {
      c.createStatement().execute("CREATE TABLE schema_version (version INT PRIMARY KEY, description VARCHAR(500)"
          + " NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
      for (final Migration migration : Schema.MIGRATIONS.subList(0, 9)) {
        Schema.apply(c, migration);
      }
      final var insert = c.prepareStatement("INSERT INTO l2_transactions VALUES (?, X'0102', ?, 0, ?, ?, ?, ?)");
      for (final Object[] row : List.of(new Object[] {ROOT, "batched", 1L, 6L}, new Object[] {pending, "pending",
          null, null}, new Object[] {dropped, "dropped", null, null})) {
        insert.setBytes(1, ((Bytes32) row[0]).toArray());
        insert.setBytes(2, ALICE.toArray());
        insert.setString(3, (String) row[1]);
        insert.setObject(4, row[2]);
        insert.setObject(5, row[3]);
        insert.setObject(6, T0);
        insert.executeUpdate();
      }
      c.createStatement().execute("INSERT INTO l2_blocks VALUES (1, X'" + "00".repeat(32) + "', X'" + "00".repeat(32)
          + "', X'" + "00".repeat(32) + "', 1700000000, 1, 16)");
    }

    try (RollupStore migrated = RollupStore.inDirectory(dir)) {
      assertThat(migrated.migrationsRun()).extracting(Migration::version).containsExactly(10, 11, 12, 13, 14, 15);
      assertThat(migrated.l2Transactions().get(ROOT)).as("no recipient in a row of version 9: its item names it in full")
          .contains(new L2TransactionTable.Row(ROOT, ALICE, 0, null, 1, 6L));
      assertThat(migrated.pendingTransactions().all()).containsExactly(new byte[] {1, 2});
      assertThat(migrated.l2Transactions().get(pending)).isEmpty();
      assertThat(migrated.l2Transactions().get(dropped)).isEmpty();
    }
  }

  @Test
  void aVersion13DeploymentReadsBatchesOfFormat1(@TempDir final Path dir) throws Exception {
    try (Connection c = DriverManager.getConnection(RollupStore.fileUrl(dir))) {
      c.createStatement().execute("CREATE TABLE schema_version (version INT PRIMARY KEY, description VARCHAR(500)"
          + " NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
      for (final Migration migration : Schema.MIGRATIONS.subList(0, 13)) {
        Schema.apply(c, migration);
      }
      c.createStatement().execute("INSERT INTO deployment (singleton, mode, rollup, bridge, dispute_game, l1_block)"
          + " VALUES (1, 'OPTIMISTIC', X'" + "11".repeat(20) + "', X'" + "22".repeat(20) + "', X'" + "33".repeat(20)
          + "', 5)");
    }

    try (RollupStore migrated = RollupStore.inDirectory(dir)) {
      assertThat(migrated.migrationsRun()).extracting(Migration::version).containsExactly(14, 15);
      final DeploymentTable.Row deployment = migrated.deployment().get().orElseThrow();
      assertThat(deployment.batchFormat()).as("its contracts were deployed before runs and columns").isEqualTo(1);
      assertThat(deployment.batcher()).as("nor had an inbox").isNull();
      assertThat(deployment.firstBatcherNonce()).isZero();
    }
  }

  @Test
  void refusesADatabaseWrittenByNewerCode(@TempDir final Path dir) throws Exception {
    RollupStore.inDirectory(dir).close();
    try (Connection c = DriverManager.getConnection(RollupStore.fileUrl(dir))) {
      c.createStatement().execute("INSERT INTO schema_version VALUES (" + (Schema.latestVersion() + 1)
          + ", 'from the future', CURRENT_TIMESTAMP)");
    }

    assertThatThrownBy(() -> RollupStore.inDirectory(dir)).isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version " + (Schema.latestVersion() + 1))
        .hasMessageContaining("newer Rollup Lab");
  }
}
