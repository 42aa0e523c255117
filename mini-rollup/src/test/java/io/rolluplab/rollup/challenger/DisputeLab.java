package io.rolluplab.rollup.challenger;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.batcher.BatcherKey;
import io.rolluplab.rollup.contracts.BatchClaim;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.DisputeGameContract;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.derivation.DerivedChain;
import io.rolluplab.rollup.derivation.ExecutedBatch;
import io.rolluplab.rollup.derivation.L1Reader;
import io.rolluplab.rollup.event.ChainPosition;
import io.rolluplab.rollup.event.EventLog;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.node.RollupDeployment;
import io.rolluplab.rollup.node.RollupNodeConfig;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.sequencer.SequencerFixture.Recorder;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.RollupStore;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * An optimistic rollup on the embedded devnet with an honest challenger watching it, and the
 * operator's parts played by hand: the batcher sends batches to the inbox, and a proposer (honest or
 * not) proposes claims and roots and answers in the bisection. The proposer knows the true roots from its own
 * derived chain, so it can lie from any item on.
 */
final class DisputeLab implements AutoCloseable {
  static final DevAccount OPERATOR = DevAccounts.all().get(0);
  static final DevAccount PROPOSER = DevAccounts.all().get(1);
  static final DevAccount CHALLENGER = DevAccounts.all().get(2);
  static final DevAccount DEPOSITOR = DevAccounts.all().get(3);
  static final RollupNodeConfig CONFIG = RollupNodeConfig.defaults();
  static final BigInteger BOND = CONFIG.bond();
  static final long L1_FEE_PER_BYTE = 16;

  final Devnet devnet = new Devnet(
      DevnetConfig.defaults(), InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000)), (period, task) -> () -> {});
  final L1Client l1 = new EmbeddedL1(devnet);
  final RollupDeployment contracts;
  final RollupStore store = RollupStore.inMemory();
  final Recorder events = new Recorder();
  /** The same events as the node stores them (their fields as JSON), to show they can be. */
  final EventLog log = new EventLog(store.events(), () -> new ChainPosition(0, 0, 0), Clock.systemUTC());
  final L2Wallet alice = L2Wallet.of(1, CONFIG.l2ChainId());
  final Address bob = L2Wallet.of(2, CONFIG.l2ChainId()).address();
  ChallengerDriver challenger;
  /** The proposer's own view of the chain, for the true roots. */
  private final L1Reader proposerReader;
  private final DerivedChain proposerChain;
  private long deposits;
  private long aliceNonce;
  private long batches;

  DisputeLab() throws L1Exception {
    contracts = RollupDeployment.deploy(l1, OPERATOR.credentials(), CONFIG);
    send(PROPOSER, contracts.rollup(), OptimisticRollupContract.REGISTER_PROPOSER.encode(), BOND);
    challenger = newChallenger();
    proposerReader = new L1Reader(l1, contracts, contracts.l1Block());
    proposerChain = new DerivedChain(CONFIG.l2ChainId(), contracts.batchRules(l1));
  }

  /** A challenger on this lab's store: a second one is the first restarted. */
  ChallengerDriver newChallenger() {
    return newChallenger(l1);
  }

  /** As {@link #newChallenger()}, reading and sending through {@code through}. */
  ChallengerDriver newChallenger(final L1Client through) {
    return new ChallengerDriver(through, contracts, CHALLENGER.credentials(), ChallengerConfig.of(CONFIG), event -> {
      events.publish(event);
      log.publish(event);
    }, store);
  }

  /** Batch 0: Alice's 1 ether deposit, with its honest root proposed. */
  void fundAlice() throws L1Exception {
    send(DEPOSITOR, contracts.bridge(), BridgeContract.deposit(alice.address()), L2Wallet.ETHER);
    sendItems(List.of(BatchItem.deposit(deposits)));
    deposits++;
    proposeHonestly(0);
  }

  /** The next batch: {@code count} transfers of 1000 wei from Alice to Bob. */
  long postTransfers(final int count) throws L1Exception {
    final List<BatchItem> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add(new BatchItem(alice.transfer(aliceNonce++, bob, BigInteger.valueOf(1000))));
    }
    return sendItems(items);
  }

  /** The next batch, holding {@code items}; its index. */
  private long sendItems(final List<BatchItem> items) throws L1Exception {
    sendBatch(new BatchData(L1_FEE_PER_BYTE, items).encode());
    return batches - 1;
  }

  /** The batcher's next batch: {@code data}, sent to the inbox. */
  void sendBatch(final byte[] data) throws L1Exception {
    l1.sendAndWait(BatcherKey.of(OPERATOR.credentials()), L1Transaction.call(contracts.inbox().address(), data)
        .withNonce(contracts.inbox().firstBatcherNonce() + batches++));
  }

  /**
   * Fault: the proposer claims a root for batch {@code batchIndex}, one transfer the batcher never
   * sends, as if it were in the latest L1 block.
   */
  void proposeWithheldBatch(final long batchIndex) throws L1Exception {
    final BatchData withheld = new BatchData(L1_FEE_PER_BYTE, List.of(new BatchItem(alice.transfer(aliceNonce, bob,
        BigInteger.ONE))));
    final var head = l1.latestBlock();
    send(PROPOSER, contracts.rollup(), OptimisticRollupContract.proposeRoot(batchIndex, fakeRoot(1),
        new BatchClaim(Bytes32.wrap(Keccak.hash(withheld.encode())), 1, 0, head.timestamp(), head.number(),
            Bytes32.ZERO)), BigInteger.ZERO);
  }

  /** The proposer's derived batch {@code index}: the true roots. */
  ExecutedBatch truth(final long index) throws L1Exception {
    proposerReader.read(proposerChain::accept);
    return proposerChain.batch(index).orElseThrow();
  }

  void proposeHonestly(final long batchIndex) throws L1Exception {
    propose(batchIndex, truth(batchIndex).postRoot());
  }

  void propose(final long batchIndex, final Bytes32 root) throws L1Exception {
    propose(batchIndex, root, truth(batchIndex).claim(truth(batchIndex).l1Block()));
  }

  /** The proposer claims {@code claim} (its anchor hash filled in by L1) and {@code root} for batch {@code batchIndex}. */
  void propose(final long batchIndex, final Bytes32 root, final BatchClaim claim) throws L1Exception {
    send(PROPOSER, contracts.rollup(), OptimisticRollupContract.proposeRoot(batchIndex, root, claim), BigInteger.ZERO);
  }

  /** The proposer locks its bond again (after it was slashed). */
  void registerProposerAgain() throws L1Exception {
    send(PROPOSER, contracts.rollup(), OptimisticRollupContract.REGISTER_PROPOSER.encode(), BOND);
  }

  /** The proposer's bisection move: its root at the game's midpoint. */
  void proposerPostsRoot(final long gameId, final Bytes32 root) throws L1Exception {
    send(PROPOSER, contracts.disputeGame(), DisputeGameContract.postRoot(gameId, root), BigInteger.ZERO);
  }

  long midpoint(final long gameId) throws L1Exception {
    return uint(l1.call(contracts.disputeGame(), DisputeGameContract.MIDPOINT.encode(new Uint256(gameId))),
        DisputeGameContract.MIDPOINT).longValueExact();
  }

  GameView game(final long gameId) throws L1Exception {
    return GameView.read(l1, contracts, gameId);
  }

  long proposedCount() throws L1Exception {
    return uint(l1.call(contracts.rollup(), OptimisticRollupContract.PROPOSED_COUNT.encode()),
        OptimisticRollupContract.PROPOSED_COUNT).longValueExact();
  }

  BigInteger bondOf(final Address proposer) throws L1Exception {
    return uint(l1.call(contracts.rollup(), OptimisticRollupContract.BOND_OF.encode(
        new org.web3j.abi.datatypes.Address(proposer.toHex()))), OptimisticRollupContract.BOND_OF);
  }

  /** Seals a block {@code seconds} after the latest one. */
  void passTime(final long seconds) throws L1Exception {
    devnet.setNextBlockTimestamp(l1.latestBlock().timestamp() + seconds);
    l1.mine();
  }

  private void send(final DevAccount from, final Address to, final byte[] data, final BigInteger value)
      throws L1Exception {
    l1.sendAndWait(from.credentials(), L1Transaction.call(to, data).withValue(value));
  }

  private static BigInteger uint(final byte[] output, final ContractFunction function) {
    return (BigInteger) function.decode(output).get(0).getValue();
  }

  /** A root nobody reached: what a lying proposer claims. */
  static Bytes32 fakeRoot(final long position) {
    return Bytes32.of(BigInteger.valueOf(0xBAD0000L + position));
  }

  @Override
  public void close() throws Exception {
    store.close();
    devnet.close();
  }
}
