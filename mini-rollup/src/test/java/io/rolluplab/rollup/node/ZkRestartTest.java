package io.rolluplab.rollup.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.ZkRollupContract;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.prover.ProverState;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.sequencer.SequencerFixture.FakeClock;
import io.rolluplab.rollup.store.RollupStore;
import io.rolluplab.rollup.store.StoredEvent;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A zk node dropped (as by a crash) in the middle of a proof and opened again on its data directory. */
class ZkRestartTest {
  private static final DevAccount OPERATOR = DevAccounts.all().get(9);
  private static final DevAccount CHALLENGER = DevAccounts.all().get(8);
  private static final DevAccount DEPOSITOR = DevAccounts.all().get(1);
  private static final RollupNodeConfig ZK = RollupNodeConfig.defaults().withMode(RollupMode.ZK);

  @TempDir
  Path dir;
  private final FakeClock clock = new FakeClock();
  private final L2Wallet alice = L2Wallet.of(1, RollupNodeConfig.DEFAULT_L2_CHAIN_ID);
  private Devnet devnet;
  private RollupNode node;

  /** Opens the devnet and the node on {@link #dir}, forgetting (not closing) any opened before. */
  private void open(final RollupNodeConfig config) throws Exception {
    devnet = Devnet.open(DevnetConfig.defaults(), dir.resolve("l1.journal"),
        InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000)), (period, task) -> () -> {});
    node = RollupNode.deploy(new EmbeddedL1(devnet), OPERATOR.credentials(), CHALLENGER.credentials(), config,
        RollupStore.inDirectory(dir), clock);
  }

  @AfterEach
  void close() throws Exception {
    if (node != null) {
      node.close();
    }
    devnet.close();
  }

  @Test
  void aNodeCrashedWhileProvingProvesTheBatchAfterTheRestartAndCommitsNothingTwice() throws Exception {
    open(ZK);
    new EmbeddedL1(devnet).sendAndWait(DEPOSITOR.credentials(),
        L1Transaction.call(node.deployment().bridge(), BridgeContract.deposit(alice.address())).withValue(L2Wallet.ETHER));
    tick(Duration.ofSeconds(1));
    tick(Duration.ofSeconds(10)); // committed, proving
    assertThat(node.prover().state()).isEqualTo(ProverState.PROVING);

    open(ZK);
    tick(Duration.ofSeconds(1)); // proving again, from the start
    tick(ZK.provingDelay());

    assertThat(count(ZkRollupContract.BATCH_COUNT)).isEqualTo(1);
    assertThat(count(ZkRollupContract.EXECUTED_COUNT)).isEqualTo(1);
    assertThat(node.events().since(0)).extracting(StoredEvent::type)
        .containsOnlyOnce("RollupDeployed", "BatchPosted", "ProofVerified", "BatchExecuted");
    // the restarted node rebuilt the state from the diff on L1 alone, to the sequencer's root and balance
    assertThat(node.diffView().committedCount()).isEqualTo(1);
    assertThat(node.derivedState().root()).isEqualTo(node.l2().head().stateRoot());
    assertThat(node.derivedState().balance(alice.address())).isEqualTo(L2Wallet.ETHER);
  }

  @Test
  void aStoreOfOneModeIsNotOpenedInTheOther() throws Exception {
    open(ZK);
    final RollupNode zk = node;
    node = null;
    zk.close();
    devnet.close();

    assertThatThrownBy(() -> open(RollupNodeConfig.defaults()))
        .hasMessageContaining("the store holds a ZK rollup, but the node is configured for OPTIMISTIC");
  }

  @Test
  void aStoreWhoseContractsReadAnotherBatchFormatIsNotOpened() throws Exception {
    open(ZK);
    node.close();
    node = null;
    devnet.close();
    // as a store from before batch format 2, to which migration 14 gave format 1
    try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("rollup").toAbsolutePath())) {
      db.createStatement().executeUpdate("UPDATE deployment SET batch_format = 1");
    }

    assertThatThrownBy(() -> open(ZK))
        .hasMessageContaining("the store's rollup contracts on L1 read batches of format 1, but this Rollup Lab"
            + " writes format 3").hasMessageContaining("start with a fresh --data-dir");
  }

  private void tick(final Duration later) {
    clock.advance(later);
    node.tick();
  }

  private long count(final ContractFunction counter) throws Exception {
    return ((BigInteger) counter.decode(new EmbeddedL1(devnet).call(node.deployment().rollup(), counter.encode()))
        .get(0).getValue()).longValueExact();
  }
}
