package io.rolluplab.rollup.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.contracts.ZkRollupContract;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.node.RollupNodeConfig;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.sequencer.SequencerFixture.FakeClock;
import io.rolluplab.rollup.store.RollupStore;
import io.rolluplab.rollup.store.StoredEvent;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Type;

/**
 * The optimistic and the zk rollup side by side on one embedded devnet with the real contracts,
 * ticked one round at a time with the mirror between them: what a user does on either happens on
 * both, and both end with the same L2 balances once their batches are final.
 */
class MirrorTest {
  private static final BigInteger ETHER = L2Wallet.ETHER;
  private static final BigInteger WITHDRAWN = ETHER.divide(BigInteger.TEN);
  private static final DevAccount DEPOSITOR = DevAccounts.all().get(1);
  private static final DevAccount MIRROR_ACCOUNT = DevAccounts.all().get(6);
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");
  private static final RollupNodeConfig OPTIMISTIC = RollupNodeConfig.defaults();
  private static final RollupNodeConfig ZK = RollupNodeConfig.defaults().withMode(RollupMode.ZK)
      .withL2ChainId(RollupNodeConfig.ZK_L2_CHAIN_ID);

  private final Devnet devnet = new Devnet(
      DevnetConfig.defaults(), InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000)), (period, task) -> () -> {});
  private final L1Client l1 = new EmbeddedL1(devnet);
  private final FakeClock clock = new FakeClock();
  private RollupNode optimistic;
  private RollupNode zk;
  private Mirror mirror;

  @BeforeEach
  void deploy() throws Exception {
    optimistic = RollupNode.deploy(l1, DevAccounts.all().get(9).credentials(), DevAccounts.all().get(8).credentials(),
        OPTIMISTIC, RollupStore.inMemory(), clock);
    zk = RollupNode.deploy(l1, DevAccounts.all().get(7).credentials(), DevAccounts.all().get(7).credentials(), ZK,
        RollupStore.inMemory(), clock);
    mirror = new Mirror(optimistic, zk, l1, MIRROR_ACCOUNT.credentials(),
        DevAccounts.all().subList(0, 6).stream().map(DevAccount::credentials).toList());
  }

  @AfterEach
  void stop() throws Exception {
    mirror.close();
    optimistic.close();
    zk.close();
    devnet.close();
  }

  @Test
  void aMirroredWorkloadFinalizesOnBothWithTheSameL2Balances() throws Exception {
    final DevAccount alice = DevAccounts.all().get(2);
    final DevAccount carol = DevAccounts.all().get(3);
    deposit(optimistic, alice.address(), ETHER);
    deposit(zk, carol.address(), ETHER.shiftLeft(1));
    round(); // both bridges see their deposit, the mirror makes the other one
    round(); // the mirrored deposits are seen and sealed
    optimistic.submit(wallet(alice, optimistic).transfer(0, BOB, BigInteger.TEN));
    zk.submit(wallet(carol, zk).transfer(0, alice.address(), ETHER.divide(BigInteger.TWO), 2));
    optimistic.submit(wallet(alice, optimistic).transfer(1, L2StateMachine.WITHDRAWAL_ADDRESS, WITHDRAWN));
    round(); // sealed where they were sent, copied to the other instance
    round(); // the copies sealed
    final BigInteger aliceOnL1 = l1.balance(alice.address());

    clock.advance(Duration.ofSeconds(10));
    round(); // both batchers post; the proposer claims the root, the prover starts
    for (int i = 0; i < 3; i++) {
      clock.advance(ZK.provingDelay());
      round(); // the proof, then the execution and the payout
    }
    l1.increaseTime(OPTIMISTIC.challengePeriod().toSeconds() + 60 + devnet.latestBlock().number());
    l1.mine();
    round(); // the window passed: the optimistic root is final and the withdrawal paid

    assertThat(view(optimistic, OptimisticRollupContract.FINALIZED_COUNT)).isEqualTo(1);
    assertThat(view(zk, ZkRollupContract.EXECUTED_COUNT)).isEqualTo(1);
    // equal to the wei, fees included: both charge by the same rules, and a copy differs from its original only
    // in the chain id and the signature, which encode to the same length here, so it pays the same L1 data fee
    for (final Address user : List.of(alice.address(), carol.address(), BOB)) {
      assertThat(zk.l2().account(user, false)).as("%s on both", user).isEqualTo(optimistic.l2().account(user, false));
    }
    assertThat(optimistic.l2().account(BOB, false).balance()).isEqualTo(BigInteger.TEN);
    assertThat(l1.balance(alice.address()).subtract(aliceOnL1)).as("paid out by both").isEqualTo(WITHDRAWN.shiftLeft(1));
    final Comparison optimisticFigures = Comparison.of(optimistic);
    final Comparison zkFigures = Comparison.of(zk);
    assertThat(List.of(optimisticFigures.finalTransactions(), zkFigures.finalTransactions())).containsOnly(3L);
    // only the posting, alike in both modes: the batch to the inbox and commitBatch, not proposeRoot, proveBatch
    // or executeBatch
    assertThat(optimisticFigures.l1GasPerTransaction()).isEqualTo(fieldOf(optimistic, "BatchPosted", "l1GasUsed") / 3);
    assertThat(zkFigures.l1GasPerTransaction()).isEqualTo(fieldOf(zk, "BatchPosted", "l1GasUsed") / 3);
    assertThat(fieldOf(zk, "BatchPosted", "bytes")).as("a state diff instead of the transactions: fewer bytes")
        .isLessThan(fieldOf(optimistic, "BatchPosted", "bytes"));
    // the zk operator's view, rebuilt from L1's state diffs alone, holds the same balances and root
    for (final Address user : List.of(alice.address(), carol.address(), BOB)) {
      assertThat(zk.derivedState().account(user)).as("%s from the diffs", user)
          .isEqualTo(optimistic.l2().account(user, false));
    }
    assertThat(zk.derivedState().root()).isEqualTo(zk.l2().head().stateRoot());
    assertThat(zkFigures.medianTimeToFinality().orElseThrow())
        .isLessThan(optimisticFigures.medianTimeToFinality().orElseThrow());
    assertThat(typesOf(zk, "mirror")).containsExactly("DepositMirrored", "TransactionMirrored", "TransactionMirrored");
    assertThat(typesOf(optimistic, "mirror")).containsExactly("DepositMirrored", "TransactionMirrored");
    assertThat(sentencesOf(zk, "mirror").get(0)).contains("Mirrored the OptimisticRollup's deposit #0")
        .contains("deposited the same 1 ETH for " + alice.address());
  }

  @Test
  void aTransactionFromAKeyTheLabDoesNotKnowIsNotMirroredAndAnEventSaysWhy() throws Exception {
    final L2Wallet stranger = L2Wallet.of(7, optimistic.l2ChainId());
    deposit(optimistic, stranger.address(), ETHER);
    round();
    round();
    optimistic.submit(stranger.transfer(0, BOB, BigInteger.TEN));
    round();
    round();

    assertThat(typesOf(zk, "mirror")).containsExactly("DepositMirrored", "TransactionNotMirrored");
    assertThat(sentencesOf(zk, "mirror").get(1)).contains("knows the keys of the dev accounts only");
    assertThat(zk.l2().account(BOB, false).balance()).isZero();
    assertThat(optimistic.l2().account(BOB, false).balance()).isEqualTo(BigInteger.TEN);
  }

  private void deposit(final RollupNode node, final Address l2To, final BigInteger wei) throws Exception {
    l1.sendAndWait(DEPOSITOR.credentials(),
        L1Transaction.call(node.deployment().bridge(), BridgeContract.deposit(l2To)).withValue(wei));
  }

  private static L2Wallet wallet(final DevAccount account, final RollupNode node) {
    return new L2Wallet(account.credentials(), node.l2ChainId());
  }

  /** One L2 block interval later: each node takes its turn, then the mirror copies what they saw. */
  private void round() {
    clock.advance(OPTIMISTIC.blockInterval());
    optimistic.tick();
    zk.tick();
    mirror.tick();
  }

  private long view(final RollupNode node, final ContractFunction getter) throws Exception {
    final List<Type> out = getter.decode(l1.call(node.deployment().rollup(), getter.encode()));
    return ((BigInteger) out.get(0).getValue()).longValueExact();
  }

  /** The L1 gas the one event of {@code type} reports. */
  /** The number {@code field} of the one event of {@code type} {@code node} stored. */
  private static long fieldOf(final RollupNode node, final String type, final String field) {
    final List<StoredEvent> events = node.events().since(0).stream().filter(e -> e.type().equals(type)).toList();
    assertThat(events).hasSize(1);
    final Matcher value = Pattern.compile("\"" + field + "\":(\\d+)").matcher(events.get(0).payloadJson());
    assertThat(value.find()).isTrue();
    return Long.parseLong(value.group(1));
  }

  private static List<String> typesOf(final RollupNode node, final String role) {
    return node.events().since(0).stream().filter(e -> e.role().equals(role)).map(StoredEvent::type).toList();
  }

  private static List<String> sentencesOf(final RollupNode node, final String role) {
    return node.events().since(0).stream().filter(e -> e.role().equals(role)).map(StoredEvent::sentence).toList();
  }
}
