package io.rolluplab.rollup.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.ForwardingL1;
import io.rolluplab.rollup.l1.KilledAtCallL1;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Log;
import io.rolluplab.rollup.l1.L1LogFilter;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.node.RollupNodeConfig;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.sequencer.SequencerFixture.FakeClock;
import io.rolluplab.rollup.store.RollupStore;
import io.rolluplab.rollup.store.StoredEvent;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;

/**
 * Both rollups and the mirror on a data directory, dropped without closing (as when the process is
 * killed) and opened again on it: what the mirror had not copied yet is copied after the restart,
 * once. And an L1 that fails the mirror for a while delays a copy, in order, but loses none.
 */
class MirrorRestartTest {
  private static final BigInteger ETHER = L2Wallet.ETHER;
  private static final DevAccount DEPOSITOR = DevAccounts.all().get(1);
  private static final DevAccount ALICE = DevAccounts.all().get(2);
  private static final DevAccount CAROL = DevAccounts.all().get(3);
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");
  private static final RollupNodeConfig OPTIMISTIC = RollupNodeConfig.defaults();
  private static final RollupNodeConfig ZK = RollupNodeConfig.defaults().withMode(RollupMode.ZK)
      .withL2ChainId(RollupNodeConfig.ZK_L2_CHAIN_ID);

  @TempDir
  Path dir;
  private final FakeClock clock = new FakeClock();
  private Devnet devnet;
  private RollupNode optimistic;
  private RollupNode zk;
  private Mirror mirror;

  /** Opens the devnet, both nodes and the mirror on {@link #dir}, forgetting (not closing) those opened before. */
  private void open() throws Exception {
    open(UnaryOperator.identity());
  }

  /** As {@link #open()}, with the mirror's L1 client wrapped (to kill it at a chosen moment). */
  private void open(final UnaryOperator<L1Client> wrap) throws Exception {
    devnet = Devnet.open(DevnetConfig.defaults(), dir.resolve("l1.journal"),
        InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000)), (period, task) -> () -> {});
    optimistic = RollupNode.deploy(new EmbeddedL1(devnet), DevAccounts.all().get(9).credentials(),
        DevAccounts.all().get(8).credentials(), OPTIMISTIC, RollupStore.inDirectory(dir.resolve("optimistic")), clock);
    zk = RollupNode.deploy(new EmbeddedL1(devnet), DevAccounts.all().get(7).credentials(),
        DevAccounts.all().get(7).credentials(), ZK, RollupStore.inDirectory(dir.resolve("zk")), clock);
    mirror = new Mirror(optimistic, zk, wrap.apply(new EmbeddedL1(devnet)), DevAccounts.all().get(6).credentials(),
        DevAccounts.all().subList(0, 6).stream().map(DevAccount::credentials).toList());
  }

  /** As {@link #open()}, with the mirror's L1 client one whose reads and sends the test can make fail; returns it. */
  private FlakyL1 openWithFlakyL1() throws Exception {
    final FlakyL1[] flaky = new FlakyL1[1];
    open(l1 -> flaky[0] = new FlakyL1(l1));
    return flaky[0];
  }

  @AfterEach
  void close() throws Exception {
    mirror.close();
    optimistic.close();
    zk.close();
    devnet.close();
  }

  @Test
  void whatTheMirrorHadNotCopiedWhenTheProcessDiedIsCopiedAfterTheRestart() throws Exception {
    open();
    deposit(optimistic, ALICE.address());
    round(); // the deposit is seen, the mirror makes it on the zk rollup too
    round(); // both credit alice
    optimistic.submit(new L2Wallet(ALICE.credentials(), optimistic.l2ChainId()).transfer(0, BOB, BigInteger.TEN));
    deposit(zk, CAROL.address());
    nodesOnly(); // the transfer is sealed and carol's deposit seen; the process dies before the mirror's turn

    open();
    round(); // the mirror copies the transfer and carol's deposit
    round(); // the copies sealed
    round();

    assertThat(zk.l2().account(BOB, false).balance()).isEqualTo(BigInteger.TEN);
    assertThat(optimistic.l2().account(CAROL.address(), false).balance()).isEqualTo(ETHER);
    assertThat(zk.l2().account(ALICE.address(), false)).isEqualTo(optimistic.l2().account(ALICE.address(), false));
    assertThat(typesOf(zk)).containsExactly("DepositMirrored", "TransactionMirrored");
    assertThat(typesOf(optimistic)).as("the copy is not copied back").containsExactly("DepositMirrored");
  }

  @Test
  void aMirrorKilledAfterRecordingADepositAndBeforeSendingItMakesItOnceAfterTheRestart() throws Exception {
    killAtDepositThenRestart(KilledAtCallL1.When.BEFORE_SENDING);

    assertThat(typesOf(zk)).containsExactly("DepositMirrored");
  }

  @Test
  void aMirrorKilledAfterItsDepositWasMinedFindsItOnL1AfterTheRestartAndDoesNotMakeItAgain() throws Exception {
    killAtDepositThenRestart(KilledAtCallL1.When.AFTER_MINING);

    assertThat(typesOf(zk)).containsExactly("DepositFoundOnL1");
  }

  /**
   * A deposit to the optimistic rollup, and the mirror's turn to copy it, killed at {@code when};
   * then a new mirror on the same directory takes its turns. Either way the zk Bridge gets that
   * deposit exactly once.
   */
  private void killAtDepositThenRestart(final KilledAtCallL1.When when) throws Exception {
    open(l1 -> new KilledAtCallL1(l1, BridgeContract.DEPOSIT, when));
    deposit(optimistic, ALICE.address());
    nodesOnly(); // the deposit is seen
    assertThatThrownBy(mirror::tick).hasMessageContaining("killed");

    open();
    round(); // the mirror looks for its deposit on L1, and makes it if it is not there
    round(); // the zk rollup credits alice
    round();

    assertThat(depositsTo(zk)).as("deposits to the zk Bridge").isEqualTo(BigInteger.ONE);
    assertThat(zk.l2().account(ALICE.address(), false).balance()).isEqualTo(ETHER);
    assertThat(optimistic.store().mirrorProgress().pending()).as("no deposit under way").isEmpty();
  }

  @Test
  void aDepositCopyWhoseLookUpOnL1FailsAfterTheRestartIsTriedAgainOnALaterTickAndMadeOnce() throws Exception {
    open(l1 -> new KilledAtCallL1(l1, BridgeContract.DEPOSIT, KilledAtCallL1.When.BEFORE_SENDING));
    deposit(optimistic, ALICE.address());
    nodesOnly();
    assertThatThrownBy(mirror::tick).hasMessageContaining("killed");
    final FlakyL1 flaky = openWithFlakyL1();
    new EmbeddedL1(devnet).mine(); // a block after the one recorded with the pending deposit: the look-up reads logs
    flaky.logsFail = true;

    round(); // the pending deposit cannot be looked for: not sent, not given up
    round();
    assertThat(depositsTo(zk)).isZero();
    flaky.logsFail = false;
    round(); // looked for, not found, made
    round();
    round();

    assertThat(depositsTo(zk)).isEqualTo(BigInteger.ONE);
    assertThat(zk.l2().account(ALICE.address(), false).balance()).isEqualTo(ETHER);
    assertThat(typesOf(zk)).as("the delay said once").containsExactly("MirrorDelayed", "DepositMirrored");
    assertThat(optimistic.store().mirrorProgress().pending()).as("no deposit under way").isEmpty();
  }

  @Test
  void aDepositCopyWhoseSendFailsIsSentAgainOnALaterTickAndWhatCameAfterItWaits() throws Exception {
    final FlakyL1 flaky = openWithFlakyL1();
    flaky.sendsFail = true;
    deposit(optimistic, ALICE.address());
    round(); // the copy fails
    optimistic.submit(new L2Wallet(ALICE.credentials(), optimistic.l2ChainId()).transfer(0, BOB, BigInteger.TEN));
    round(); // alice's transfer waits behind her deposit's copy
    round();
    assertThat(typesOf(zk)).containsExactly("MirrorDelayed");
    flaky.sendsFail = false;
    round(); // the deposit is made, then the transfer copied
    round();
    round();

    assertThat(depositsTo(zk)).isEqualTo(BigInteger.ONE);
    assertThat(zk.l2().account(BOB, false).balance()).isEqualTo(BigInteger.TEN);
    assertThat(typesOf(zk)).containsExactly("MirrorDelayed", "DepositMirrored", "TransactionMirrored");
  }

  @Test
  void aDepositCopyAnExternalNodeStillHeldWhenTheProcessDiedIsNeverMadeTwice() throws Exception {
    final FlakyL1 node = openWithFlakyL1();
    node.holdsNextSend = true;
    deposit(optimistic, ALICE.address());
    nodesOnly();
    assertThatThrownBy(mirror::tick).hasMessageContaining("killed");

    open();
    round(); // not on L1 yet: the mirror sends it again
    // the node mines what its mempool held: the try before the restart, of the same nonce, now used
    assertThatThrownBy(() -> new EmbeddedL1(devnet).sendAndWait(node.heldFrom, node.held))
        .isInstanceOf(L1Exception.class).hasMessageContaining("nonce");
    round();
    round();

    assertThat(depositsTo(zk)).isEqualTo(BigInteger.ONE);
    assertThat(zk.l2().account(ALICE.address(), false).balance()).isEqualTo(ETHER);
  }

  @Test
  void aTransactionCopiedBeforeTheProcessDiedIsNotSubmittedAgain() throws Exception {
    open();
    deposit(optimistic, ALICE.address());
    round();
    round();
    optimistic.submit(new L2Wallet(ALICE.credentials(), optimistic.l2ChainId()).transfer(0, BOB, BigInteger.TEN));
    nodesOnly();
    final long accepted = optimistic.events().since(0).stream().filter(e -> e.type().equals("TransactionAccepted"))
        .findFirst().orElseThrow().seq();
    mirror.tick(); // copied; then the process dies before its place is saved
    optimistic.store().mirrorProgress().set(accepted - 1);
    round(); // the copy sealed on the zk rollup

    open();
    round();
    round();

    assertThat(zk.l2().account(BOB, false).balance()).isEqualTo(BigInteger.TEN);
    assertThat(typesOf(zk)).containsExactly("DepositMirrored", "TransactionMirrored", "TransactionFoundMirrored");
    assertThat(zk.events().since(0)).extracting(StoredEvent::type).doesNotContain("TransactionRejected");
  }

  /**
   * The mirror's L1, losing the node for log queries or for sends while a test says so; or an
   * external node whose mempool takes the next send and keeps it unmined while the process "dies"
   * waiting for it (the test has L1 mine it later, as the node would).
   */
  private static final class FlakyL1 extends ForwardingL1 {
    private boolean logsFail;
    private boolean sendsFail;
    private boolean holdsNextSend;
    private Credentials heldFrom;
    private L1Transaction held;

    private FlakyL1(final L1Client l1) {
      super(l1);
    }

    @Override
    public List<L1Log> logs(final L1LogFilter filter) throws L1Exception {
      if (logsFail) {
        throw new L1Exception("the L1 node did not answer eth_getLogs (the test cut it off)");
      }
      return super.logs(filter);
    }

    @Override
    public L1Receipt sendAndWait(final Credentials from, final L1Transaction tx) throws L1Exception {
      if (holdsNextSend) {
        heldFrom = from;
        held = tx;
        throw new IllegalStateException("killed while the L1 node's mempool held the transaction");
      }
      if (sendsFail) {
        throw new L1Exception("the L1 node did not answer eth_sendRawTransaction (the test cut it off)");
      }
      return super.sendAndWait(from, tx);
    }
  }

  private BigInteger depositsTo(final RollupNode node) throws Exception {
    return new BigInteger(1,
        new EmbeddedL1(devnet).call(node.deployment().bridge(), BridgeContract.DEPOSIT_COUNT.encode()));
  }

  private void deposit(final RollupNode node, final Address l2To) throws Exception {
    new EmbeddedL1(devnet).sendAndWait(DEPOSITOR.credentials(),
        L1Transaction.call(node.deployment().bridge(), BridgeContract.deposit(l2To)).withValue(ETHER));
  }

  private void nodesOnly() {
    clock.advance(OPTIMISTIC.blockInterval());
    optimistic.tick();
    zk.tick();
  }

  private void round() {
    nodesOnly();
    mirror.tick();
  }

  private static List<String> typesOf(final RollupNode node) {
    return node.events().since(0).stream().filter(e -> e.role().equals("mirror")).map(StoredEvent::type).toList();
  }
}
