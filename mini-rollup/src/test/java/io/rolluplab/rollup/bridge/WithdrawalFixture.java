package io.rolluplab.rollup.bridge;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.rpc.JsonRpcServer;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.JsonRpcL1;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.node.RollupDeployment;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.node.RollupNodeConfig;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.sequencer.SequencerFixture.FakeClock;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.RollupStore;
import io.rolluplab.rollup.store.StoredEvent;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

/**
 * A rollup node on a devnet, run round by round with a fake clock for the sequencer and the
 * batcher; its store lives in a directory, so the node can be restarted on it as after a crash.
 */
final class WithdrawalFixture implements AutoCloseable {
  static final BigInteger ETHER = L2Wallet.ETHER;
  static final DevAccount OPERATOR = DevAccounts.all().get(9);
  static final DevAccount CHALLENGER = DevAccounts.all().get(8);
  static final DevAccount DEPOSITOR = DevAccounts.all().get(1);
  /** Longer than the batcher's 10 s: a round after it posts what was sealed. */
  static final Duration BATCH_AGE = Duration.ofSeconds(11);

  final Devnet devnet;
  final FakeClock clock = new FakeClock();
  final L1Client l1;
  final L2Wallet alice = L2Wallet.of(1, RollupNodeConfig.DEFAULT_L2_CHAIN_ID);
  private final Path dataDir;
  private final JsonRpcServer l1Server;
  private RollupStore store;
  private RollupNode node;

  private WithdrawalFixture(final Devnet devnet, final L1Client l1, final JsonRpcServer l1Server, final Path dataDir)
      throws L1Exception {
    this.devnet = devnet;
    this.l1 = l1;
    this.l1Server = l1Server;
    this.dataDir = dataDir;
    start();
  }

  /** The rollup on the devnet in this process, called directly ({@link EmbeddedL1}). */
  static WithdrawalFixture embedded(final Path dataDir) throws L1Exception {
    final Devnet devnet = newDevnet();
    return new WithdrawalFixture(devnet, new EmbeddedL1(devnet), null, dataDir);
  }

  /** The rollup on the devnet through the devnet's own JSON-RPC server, as against any Ethereum node. */
  static WithdrawalFixture overJsonRpc(final Path dataDir) throws Exception {
    final Devnet devnet = newDevnet();
    final JsonRpcServer server = JsonRpcServer.start(devnet, 0);
    return new WithdrawalFixture(devnet, JsonRpcL1.connect(URI.create(server.url())), server, dataDir);
  }

  private static Devnet newDevnet() {
    return new Devnet(DevnetConfig.defaults(), InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000)),
        (period, task) -> () -> {});
  }

  /** Deploys the rollup, or resumes it from the store in the data directory. */
  private void start() throws L1Exception {
    store = RollupStore.inDirectory(dataDir);
    node = RollupNode.deploy(l1, OPERATOR.credentials(), CHALLENGER.credentials(), RollupNodeConfig.defaults(), store,
        clock);
  }

  /** Stops the node and starts it again on the same store and L1: only what they hold remains. */
  void restart() throws Exception {
    node.close();
    start();
  }

  RollupNode node() {
    return node;
  }

  RollupStore store() {
    return store;
  }

  RollupDeployment deployment() {
    return node.deployment();
  }

  /** One round of every role, after the clock moved a batch's age. */
  void round() {
    clock.advance(BATCH_AGE);
    node.tick();
  }

  void deposit(final Address l2To, final BigInteger wei) throws L1Exception {
    l1.sendAndWait(DEPOSITOR.credentials(),
        L1Transaction.call(deployment().bridge(), BridgeContract.deposit(l2To)).withValue(wei));
  }

  /** Alice withdraws {@code wei} with her L2 nonce {@code nonce}; returns the L2 transaction's hash. */
  Bytes32 withdraw(final long nonce, final BigInteger wei) throws Exception {
    return node.submit(alice.transfer(nonce, L2StateMachine.WITHDRAWAL_ADDRESS, wei));
  }

  /**
   * Moves the L1 clock past the challenge window of what was proposed so far and mines a block at
   * the new time. The devnet's clock stands still in these tests while each block is a second after
   * its parent, so the clock is moved an hour further than the window.
   */
  void passChallengeWindow() throws L1Exception {
    l1.increaseTime(RollupNodeConfig.DEFAULT_CHALLENGE_PERIOD.plusHours(1).toSeconds());
    l1.mine();
  }

  /** The withdrawal events, in order, by type name. */
  List<String> withdrawalEvents() {
    return node.events().since(0).stream().map(StoredEvent::type).filter(type -> type.startsWith("Withdrawal"))
        .toList();
  }

  List<StoredEvent> events(final String type) {
    return node.events().since(0).stream().filter(e -> e.type().equals(type)).toList();
  }

  @Override
  public void close() throws Exception {
    node.close();
    if (l1Server != null) {
      l1Server.close();
    }
    devnet.close();
  }
}
