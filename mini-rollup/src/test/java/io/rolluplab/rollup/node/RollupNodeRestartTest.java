package io.rolluplab.rollup.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batcher.BatcherConfig;
import io.rolluplab.rollup.batcher.BatcherState;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.fault.FaultSettings;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.KilledAtCallL1;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.sequencer.L2Block;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.sequencer.SequencerFixture.FakeClock;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.RollupStore;
import io.rolluplab.rollup.store.StoredEvent;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node on a data directory, dropped without closing (as by a crash) and opened again on it:
 * the L1 from its journal, the rollup from its store.
 */
class RollupNodeRestartTest {
  private static final BigInteger ETHER = L2Wallet.ETHER;
  private static final DevAccount OPERATOR = DevAccounts.all().get(9);
  private static final DevAccount CHALLENGER = DevAccounts.all().get(8);
  private static final DevAccount DEPOSITOR = DevAccounts.all().get(1);
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");

  @TempDir
  Path dir;
  private final FakeClock clock = new FakeClock();
  private final L2Wallet alice = L2Wallet.of(1, RollupNodeConfig.DEFAULT_L2_CHAIN_ID);
  private Devnet devnet;
  private RollupNode node;

  /** Opens the devnet and the node on {@link #dir}, forgetting (not closing) any opened before. */
  private void open() throws Exception {
    open(l1 -> l1);
  }

  /** As {@link #open()}, with the node's L1 client wrapped (to kill it at a chosen moment). */
  private void open(final UnaryOperator<L1Client> wrap) throws Exception {
    devnet = Devnet.open(DevnetConfig.defaults(), dir.resolve("l1.journal"),
        InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000)), (period, task) -> () -> {});
    node = RollupNode.deploy(wrap.apply(new EmbeddedL1(devnet)), OPERATOR.credentials(), CHALLENGER.credentials(),
        RollupNodeConfig.defaults(), RollupStore.inDirectory(dir), clock);
  }

  @AfterEach
  void close() throws Exception {
    node.close();
    devnet.close();
  }

  private void tickOneBlockLater() {
    clock.advance(Duration.ofSeconds(1));
    node.tick();
  }

  @Test
  void aNodeKilledAfterRecordingABatchAndBeforeSendingItPostsItOnceAfterTheRestart() throws Exception {
    killAtPostThenRestart(KilledAtCallL1.When.BEFORE_SENDING);

    assertThat(types()).containsSubsequence("BatchBuilt", "TickFailed", "RollupResumed", "BatchPosted")
        .doesNotContain("BatchFoundOnL1");
  }

  @Test
  void aNodeKilledAfterItsBatchWasMinedFindsItOnL1AfterTheRestartAndDoesNotPostItAgain() throws Exception {
    killAtPostThenRestart(KilledAtCallL1.When.AFTER_MINING);

    assertThat(types()).containsSubsequence("BatchBuilt", "TickFailed", "RollupResumed", "BatchFoundOnL1",
        "BatchPosted");
    assertThat(types()).containsOnlyOnce("BatchPosted");
  }

  /**
   * A deposit, a block, and the batcher's turn to post it, killed at {@code when}; then a new node
   * on the same directory takes its turn. Either way L1 ends up with that one batch, exactly once.
   */
  private void killAtPostThenRestart(final KilledAtCallL1.When when) throws Exception {
    open(l1 -> KilledAtCallL1.atTransactionsTo(l1, OptimisticRollupContract.batchInbox(RollupNodeConfig.DEFAULT_L2_CHAIN_ID), when));
    new EmbeddedL1(devnet).sendAndWait(DEPOSITOR.credentials(),
        L1Transaction.call(node.deployment().bridge(), BridgeContract.deposit(alice.address())).withValue(ETHER));
    tickOneBlockLater();
    clock.advance(BatcherConfig.DEFAULT_MAX_AGE);
    node.tick();
    assertThat(node.batcher().state()).isEqualTo(BatcherState.POSTING);

    open();
    node.tick();

    final RollupDeployment.Inbox inbox = node.deployment().inbox();
    assertThat(new EmbeddedL1(devnet).nonce(inbox.batcher()) - inbox.firstBatcherNonce()).as("batches on L1")
        .isEqualTo(1);
    assertThat(node.batcher().state()).isEqualTo(BatcherState.IDLE);
    assertThat(node.batcher().nextBlock()).isEqualTo(2);
  }

  @Test
  void faultsSwitchedOnBeforeACrashAreOnAfterTheRestartAndCommittedOnce() throws Exception {
    open();
    node.faults().wrongRootAt(2);
    node.faults().withholdNextBatch();
    node.faults().replayWithdrawals(true);

    open(); // dropped as by a crash

    assertThat(node.faults().settings())
        .isEqualTo(new FaultSettings(OptionalInt.of(2), true, false, true, false, false, false));
    assertThat(types()).endsWith("RollupResumed", "FaultsRestored");
    assertThat(node.events().since(0).get(types().size() - 1).sentence())
        .isEqualTo("Faults still switched on from before the restart: wrong-root:2, withhold-data, replay-withdrawal.");
    new EmbeddedL1(devnet).sendAndWait(DEPOSITOR.credentials(),
        L1Transaction.call(node.deployment().bridge(), BridgeContract.deposit(alice.address())).withValue(ETHER));
    tickOneBlockLater();
    clock.advance(BatcherConfig.DEFAULT_MAX_AGE);
    node.tick();
    assertThat(types()).as("the batcher withholds the batch it posts after the restart")
        .containsSubsequence("FaultsRestored", "BatchBuilt", "BatchDataWithheld");

    open();

    assertThat(node.faults().settings().withholdNextBatch()).as("committed once, not again after a restart").isFalse();
    assertThat(node.faults().settings().wrongRootAt()).hasValue(2);
  }

  private List<String> types() {
    return node.events().since(0).stream().map(StoredEvent::type).toList();
  }

  @Test
  void aCrashedNodeOpenedAgainHasItsBlocksItsPendingTransactionsAndItsDepositOnce() throws Exception {
    open();
    new EmbeddedL1(devnet).sendAndWait(DEPOSITOR.credentials(),
        L1Transaction.call(node.deployment().bridge(), BridgeContract.deposit(alice.address())).withValue(ETHER));
    tickOneBlockLater();
    node.submit(alice.transfer(0, BOB, BigInteger.ONE));
    tickOneBlockLater();
    final Bytes32 pending1 = node.submit(alice.transfer(1, BOB, BigInteger.TWO));
    final Bytes32 pending2 = node.submit(alice.transfer(2, BOB, BigInteger.valueOf(3)));
    final RollupDeployment deployment = node.deployment();
    final L2Block head = node.l2().head();
    final long l1Head = devnet.latestBlock().number();

    open(); // the first devnet and node are dropped as they were: no close, no SequencerStopped

    assertThat(node.deployment()).isEqualTo(deployment);
    assertThat(devnet.latestBlock().number()).as("nothing deployed again").isEqualTo(l1Head);
    assertThat(node.events().since(0)).extracting(StoredEvent::type)
        .containsOnlyOnce("RollupDeployed").endsWith("RollupResumed");
    assertThat(node.l2().head().number()).isEqualTo(2);
    assertThat(node.l2().head().hash()).isEqualTo(head.hash());
    assertThat(node.l2().head().stateRoot()).isEqualTo(head.stateRoot());
    assertThat(node.l2().pendingCount()).isEqualTo(2);
    assertThat(node.l2().transaction(pending1).orElseThrow().isPending()).isTrue();

    tickOneBlockLater();

    assertThat(node.l2().transaction(pending2).orElseThrow().block().number()).isEqualTo(3);
    assertThat(node.l2().account(BOB, false).balance()).isEqualTo(BigInteger.valueOf(6));
    final BigInteger onL2 = node.l2().account(alice.address(), false).balance().add(BigInteger.valueOf(6))
        .add(node.l2().account(L2StateMachine.FEE_VAULT, false).balance());
    assertThat(onL2).as("the one deposit, counted once").isEqualTo(ETHER);
    assertThat(node.l2().waitingDeposits()).isZero();
  }
}
