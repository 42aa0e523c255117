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
  void aNewStoreRunsEveryMigrationAndIsAtTheLatestVersion() {
    assertThat(store.migrationsRun()).extracting(Migration::version)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, Schema.latestVersion()).boxed().toList());
    assertThat(store.schemaVersion()).isEqualTo(Schema.latestVersion());
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
    store.deposits().setIncluded(0, 2);
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
    store.l2Transactions().insert(new L2TransactionTable.Row(ROOT, new byte[] {1}, ALICE, 0, "pending", null, null, T0));
    store.l2Transactions().setIncluded(List.of(ROOT), 1);
    store.deployment().insert(new DeploymentTable.Row("ZK", ALICE, ALICE, null, ALICE, 7));
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
    assertThat(store.l2Transactions().get(ROOT).orElseThrow().blockNumber()).isEqualTo(1);
    assertThat(store.l2Blocks().items(1)).containsExactly(new byte[] {1});
    assertThat(store.deployment().get().orElseThrow().l1Block()).isEqualTo(7);
    assertThat(store.l1Progress().get("bridge")).contains(9L);
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
