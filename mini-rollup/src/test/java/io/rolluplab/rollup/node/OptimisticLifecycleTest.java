package io.rolluplab.rollup.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.sequencer.SequencerFixture.FakeClock;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.RollupStore;
import io.rolluplab.rollup.store.StoredEvent;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Type;

/**
 * The whole optimistic rollup on the embedded devnet, with the real contracts, one round at a time
 * ({@link RollupNode#tick()}): deposit → transfers → batch → root → window → final, and each
 * teaching fault with the protocol's answer to it, asserted as the sequence of events.
 */
class OptimisticLifecycleTest {
  private static final BigInteger ETHER = L2Wallet.ETHER;
  private static final DevAccount OPERATOR = DevAccounts.all().get(9);
  private static final DevAccount CHALLENGER = DevAccounts.all().get(8);
  private static final DevAccount DEPOSITOR = DevAccounts.all().get(1);
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");
  private static final RollupNodeConfig CONFIG = RollupNodeConfig.defaults();

  private final Devnet devnet = new Devnet(
      DevnetConfig.defaults(), InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000)), (period, task) -> () -> {});
  private final L1Client l1 = new EmbeddedL1(devnet);
  private final FakeClock clock = new FakeClock();
  private final L2Wallet alice = L2Wallet.of(1, RollupNodeConfig.DEFAULT_L2_CHAIN_ID);
  private final L2Wallet carol = L2Wallet.of(2, RollupNodeConfig.DEFAULT_L2_CHAIN_ID);
  private RollupNode node;

  @BeforeEach
  void deploy() throws Exception {
    node = RollupNode.deploy(l1, OPERATOR.credentials(), CHALLENGER.credentials(), CONFIG, RollupStore.inMemory(),
        clock);
  }

  @AfterEach
  void stop() throws Exception {
    node.close();
    devnet.close();
  }

  @Test
  void aDepositAndTransfersArePostedProposedAndFinalAfterTheWindow() throws Exception {
    deposit(alice.address(), ETHER);
    round();
    node.submit(alice.transfer(0, BOB, BigInteger.TEN));
    node.submit(alice.transfer(1, BOB, BigInteger.TEN));
    round();

    roundAfterMaxAge(); // the batcher posts blocks 1–2, the proposer claims their root
    assertThat(view(OptimisticRollupContract.PROPOSED_COUNT)).isEqualTo(1);
    assertThat(view(OptimisticRollupContract.FINALIZED_COUNT)).isZero();
    passChallengePeriod();
    round();

    assertThat(view(OptimisticRollupContract.FINALIZED_COUNT)).isEqualTo(1);
    assertThat(finalizedRoot(0)).isEqualTo(node.l2().head().stateRoot());
    assertThat(node.l2().account(BOB, false).balance()).isEqualTo(BigInteger.valueOf(20));
    assertThat(eventsOf("batcher", "proposer")).containsExactly("BondRegistered", "BatchBuilt", "BatchPosted",
        "RootProposed", "BatchFinalized");
    assertThat(eventsOf("challenger")).contains("RootConfirmed").doesNotContain("DisputeOpened");
    assertThat(node.batcher().state().name()).isEqualTo("IDLE");
  }

  // ------------------------------------------------------------------ helpers

  private void deposit(final Address l2To, final BigInteger wei) throws Exception {
    l1.sendAndWait(DEPOSITOR.credentials(),
        L1Transaction.call(node.deployment().bridge(), BridgeContract.deposit(l2To)).withValue(wei));
  }

  /** One round one L2 block interval later. */
  private void round() {
    clock.advance(CONFIG.blockInterval());
    node.tick();
  }

  /** One round once the oldest unbatched block is old enough for the batcher to post it. */
  private void roundAfterMaxAge() {
    clock.advance(Duration.ofSeconds(10));
    node.tick();
  }

  /**
   * Moves the L1 clock past the challenge window and mines a block at the new time. The devnet's
   * clock stands still in these tests while each block is a second after its parent, so the window
   * ends some seconds after "now + period": the clock is moved an hour further.
   */
  private void passChallengePeriod() throws Exception {
    l1.increaseTime(CONFIG.challengePeriod().plusHours(1).toSeconds());
    l1.mine();
  }

  private long view(final ContractFunction getter) throws Exception {
    final List<Type> out = getter.decode(l1.call(node.deployment().rollup(), getter.encode()));
    return ((BigInteger) out.get(0).getValue()).longValueExact();
  }

  private Bytes32 finalizedRoot(final long batchIndex) throws Exception {
    final ContractFunction getter = OptimisticRollupContract.FINALIZED_STATE_ROOT;
    return Bytes32.wrap((byte[]) getter.decode(l1.call(node.deployment().rollup(),
        getter.encode(new org.web3j.abi.datatypes.generated.Uint256(batchIndex)))).get(0).getValue());
  }

  /** The types of the events the given roles published, in order. */
  private List<String> eventsOf(final String... roles) {
    final List<String> wanted = List.of(roles);
    return node.events().since(0).stream().filter(e -> wanted.contains(e.role())).map(StoredEvent::type).toList();
  }
}
