package io.rolluplab.rollup.bridge;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.rpc.JsonRpcServer;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.derivation.DerivedChain;
import io.rolluplab.rollup.derivation.ExecutedBatch;
import io.rolluplab.rollup.derivation.L1Reader;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.JsonRpcL1;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.node.RollupDeployment;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.node.RollupNodeConfig;
import io.rolluplab.rollup.proposer.ProposerConfig;
import io.rolluplab.rollup.proposer.ProposerDriver;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.sequencer.SequencerFixture.FakeClock;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.CompactProof;
import io.rolluplab.rollup.store.RollupStore;
import io.rolluplab.rollup.store.StoredEvent;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * A rollup node on an embedded devnet, with the roles a withdrawal needs after it leaves L2: the
 * operator's derivation of L2 from L1, its proposer and the withdrawal relayer, run in the node's
 * order after the node's own roles. {@link #round()} is one turn of all of them.
 */
final class WithdrawalFixture implements AutoCloseable {
  static final BigInteger ETHER = L2Wallet.ETHER;
  static final DevAccount OPERATOR = DevAccounts.all().get(9);
  static final DevAccount DEPOSITOR = DevAccounts.all().get(1);
  /** Longer than the batcher's 10 s: a round after it posts what was sealed. */
  static final Duration BATCH_AGE = Duration.ofSeconds(11);

  final Devnet devnet;
  final FakeClock clock = new FakeClock();
  final RollupStore store = RollupStore.inMemory();
  final L1Client l1;
  final RollupNode node;
  final RollupDeployment deployment;
  final L2Wallet alice = L2Wallet.of(1, RollupNodeConfig.DEFAULT_L2_CHAIN_ID);
  private final L1Reader reader;
  private final DerivedChain derived = new DerivedChain(RollupNodeConfig.DEFAULT_L2_CHAIN_ID);
  private final ProposerDriver proposer;
  private final JsonRpcServer l1Server;
  private WithdrawalRelayer relayer;

  private WithdrawalFixture(final Devnet devnet, final L1Client l1, final JsonRpcServer l1Server) throws L1Exception {
    this.devnet = devnet;
    this.l1 = l1;
    this.l1Server = l1Server;
    this.node = RollupNode.deploy(l1, OPERATOR.credentials(), RollupNodeConfig.defaults(), store, clock);
    this.deployment = node.deployment();
    this.reader = new L1Reader(l1, deployment, deployment.l1Block());
    this.proposer = new ProposerDriver(new ProposerConfig(deployment.rollup(), deployment.disputeGame()), l1,
        OPERATOR.credentials(), b -> derived.batch(b).map(ExecutedBatch::roots), store, node.faults(), node.events(),
        clock);
    this.relayer = newRelayer();
  }

  /** The rollup on the devnet in this process, called directly ({@link EmbeddedL1}). */
  static WithdrawalFixture embedded() throws L1Exception {
    final Devnet devnet = newDevnet();
    return new WithdrawalFixture(devnet, new EmbeddedL1(devnet), null);
  }

  /** The rollup on the devnet through the devnet's own JSON-RPC server, as against any Ethereum node. */
  static WithdrawalFixture overJsonRpc() throws Exception {
    final Devnet devnet = newDevnet();
    final JsonRpcServer server = JsonRpcServer.start(devnet, 0);
    return new WithdrawalFixture(devnet, JsonRpcL1.connect(URI.create(server.url())), server);
  }

  private static Devnet newDevnet() {
    return new Devnet(DevnetConfig.defaults(), InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000)),
        (period, task) -> () -> {});
  }

  /** A relayer over the fixture's store, as a restarted node builds it. */
  WithdrawalRelayer newRelayer() {
    return new WithdrawalRelayer(new RelayerConfig(deployment.rollup(), deployment.bridge(), deployment.l1Block()), l1,
        OPERATOR.credentials(), node.l2(), new ExecutedBatches() {
          @Override
          public long executedCount() {
            return derived.executedCount();
          }

          @Override
          public Optional<CompactProof> withdrawalProof(final long batchIndex, final Bytes32 withdrawalHash) {
            return derived.withdrawalProof(batchIndex, withdrawalHash);
          }
        }, store.withdrawals(), () -> node.faults().settings().replayWithdrawals(), node.events());
  }

  /** Replaces the relayer by a new one, as after a crash: only the store and L1 remain. */
  void restartRelayer() {
    relayer = newRelayer();
  }

  /** One round: the node's roles, then derivation, proposer and relayer; the clock moves a batch's age first. */
  void round() throws L1Exception {
    clock.advance(BATCH_AGE);
    node.tick();
    reader.poll().forEach(derived::accept);
    proposer.tick();
    relayer.tick();
  }

  void deposit(final Address l2To, final BigInteger wei) throws L1Exception {
    l1.sendAndWait(DEPOSITOR.credentials(),
        L1Transaction.call(deployment.bridge(), BridgeContract.deposit(l2To)).withValue(wei));
  }

  /** Alice withdraws {@code wei} with her L2 nonce {@code nonce}. */
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

  /** What the bridge role published, in order, by type name. */
  List<String> bridgeEvents() {
    return node.events().since(0).stream().filter(e -> e.role().equals("bridge")).map(StoredEvent::type)
        .filter(type -> type.startsWith("Withdrawal")).toList();
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
