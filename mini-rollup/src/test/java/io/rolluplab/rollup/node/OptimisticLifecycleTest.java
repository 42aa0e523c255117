package io.rolluplab.rollup.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.DisputeGameContract;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.l1.ForwardingL1;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.store.DisputeTable;
import io.rolluplab.rollup.store.RollupStore;
import io.rolluplab.rollup.store.StoredEvent;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;

/**
 * The whole optimistic rollup on the embedded devnet, with the real contracts, one round at a time
 * ({@link RollupNode#tick()}): deposit → transfers → batch → root → window → final, and each
 * teaching fault with the protocol's answer to it, asserted as the sequence of events.
 */
class OptimisticLifecycleTest extends RoundByRoundTest {
  private static final DevAccount CHALLENGER = DevAccounts.all().get(8);
  private static final RollupNodeConfig CONFIG = RollupNodeConfig.defaults();

  private final L2Wallet carol = L2Wallet.of(2, RollupNodeConfig.DEFAULT_L2_CHAIN_ID);

  OptimisticLifecycleTest() {
    super(CONFIG);
  }

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

  @Test
  void aWrongRootIsDisputedDownToItsItemTheProposerIsSlashedAndTheHonestRootBecomesFinal() throws Exception {
    deposit(alice.address(), ETHER);
    round();
    for (int nonce = 0; nonce < 5; nonce++) {
      node.submit(alice.transfer(nonce, BOB, BigInteger.TEN));
    }
    round();
    final BigInteger challengerBefore = l1.balance(CHALLENGER.address());
    node.faults().wrongRootAt(3);

    roundAfterMaxAge(); // batch 0 (6 items) posted, the lie proposed, the challenger disputes it
    for (int i = 0; i < 30 && Collections.frequency(eventsOf("proposer"), "RootProposed") < 2; i++) {
      round(); // bisection moves, one per round and party, then the honest root again
    }
    passChallengePeriod();
    round();

    assertThat(eventsOf("faults", "batcher", "proposer")).containsExactly("BondRegistered", "WrongRootArmed",
        "BatchBuilt", "BatchPosted", "RootProposed", "ChallengeSeen", "MidpointRootPosted", "MidpointRootPosted",
        "BondSlashed", "RootsRolledBack", "BondRegistered", "RootProposed", "BatchFinalized");
    assertThat(eventsOf("challenger")).containsSubsequence("WrongRootFound", "DisputeOpened", "ItemReExecutedOnL1",
        "DisputeResolved", "BondsClaimed");
    assertThat(node.events().since(0)).filteredOn(e -> e.type().equals("ItemReExecutedOnL1")).singleElement()
        .extracting(StoredEvent::payloadJson).asString().contains("\"itemIndex\":3");
    assertThat(finalizedRoot(0)).isEqualTo(node.l2().head().stateRoot());
    assertThat(l1.balance(CHALLENGER.address()).subtract(challengerBefore))
        .as("the challenger won the proposer's bond, less its gas").isGreaterThan(ETHER.multiply(BigInteger.valueOf(9))
            .divide(BigInteger.TEN));
    assertThat(node.l2().account(BOB, false).balance()).isEqualTo(BigInteger.valueOf(50));
  }

  /**
   * The proposer's first read of the game against its root fails (a connection reset) in the turn
   * that found the game's {@code GameStarted} log. The next turn reads those blocks again: the
   * proposer sees the challenge once and defends, as if nothing had failed.
   */
  @Test
  void aProposerWhoseReadOfANewGameFailsOnceStillSeesTheChallengeOnceAndDefends() throws Exception {
    node.close();
    node = RollupNode.deploy(new GameReadFailsOnce(l1), OPERATOR.credentials(), CHALLENGER.credentials(), CONFIG,
        RollupStore.inMemory(), clock);
    deposit(alice.address(), ETHER);
    round();
    for (int nonce = 0; nonce < 5; nonce++) {
      node.submit(alice.transfer(nonce, BOB, BigInteger.TEN));
    }
    round();
    node.faults().wrongRootAt(3);

    roundAfterMaxAge(); // batch 0 posted, the lie proposed, the challenger disputes it
    for (int i = 0; i < 30 && Collections.frequency(eventsOf("proposer"), "RootProposed") < 2; i++) {
      round(); // the proposer's turn fails once, then bisection moves, then the honest root again
    }

    assertThat(eventsOf("node")).as("a turn failed once, then recovered")
        .containsExactly("RollupDeployed", "TickFailed", "TickRecovered");
    assertThat(node.events().since(0)).filteredOn(e -> e.type().equals("TickFailed")).singleElement()
        .extracting(StoredEvent::sentence).asString().startsWith("The proposer's tick failed (connection reset");
    assertThat(eventsOf("proposer")).containsExactly("BondRegistered", "RootProposed", "ChallengeSeen",
        "MidpointRootPosted", "MidpointRootPosted", "BondSlashed", "RootsRolledBack", "BondRegistered", "RootProposed");
  }

  /** An L1 whose first read of a dispute game's state fails, as a connection reset would. */
  private static final class GameReadFailsOnce extends ForwardingL1 {
    private boolean failed;

    GameReadFailsOnce(final L1Client l1) {
      super(l1);
    }

    @Override
    public byte[] call(final Address to, final byte[] data) throws L1Exception {
      if (!failed && DisputeGameContract.GAME.isCalledBy(data)) {
        failed = true;
        throw new L1Exception("connection reset while reading a dispute game");
      }
      return super.call(to, data);
    }
  }

  @Test
  void aLieInAOneItemBatchGoesStraightToTheOneStepProofAndTheDisputeNamesTheItem() throws Exception {
    deposit(alice.address(), ETHER);
    round();
    node.faults().wrongRootAt(0);

    roundAfterMaxAge(); // batch 0 holds only the deposit: the interval [0, 1] is already one step
    for (int i = 0; i < 10 && Collections.frequency(eventsOf("proposer"), "RootProposed") < 2; i++) {
      round();
    }

    assertThat(eventsOf("proposer")).doesNotContain("MidpointRootPosted")
        .containsSubsequence("RootProposed", "BondSlashed", "RootsRolledBack", "RootProposed");
    final var dispute = node.store().disputes().forBatch(0).get(0);
    assertThat(dispute.winner()).isEqualTo("challenger");
    assertThat(dispute.disputedTx()).as("the one-step proof's item, though no bisection narrowed to it").isZero();
    assertThat(node.store().disputes().moves(dispute.id())).extracting(DisputeTable.Move::kind)
        .containsExactly("one-step-proof");
  }

  @Test
  void aClaimAboutWithheldDataIsChallengedFallsAndTheBatchIsSentAndBecomesFinal() throws Exception {
    deposit(alice.address(), ETHER);
    round();
    node.submit(alice.transfer(0, BOB, BigInteger.TEN));
    node.faults().withholdNextBatch();

    roundAfterMaxAge(); // batch 0 stays off L1, yet the operator's proposer claims a root for it
    assertThat(view(OptimisticRollupContract.PROPOSED_COUNT)).as("a claim without data on L1").isEqualTo(1);
    round(); // the challenger, who cannot verify it, has challenged its data
    passL1Time(CONFIG.revealPeriod());
    round(); // nobody showed the batch: the challenger ends the challenge, the claim falls
    for (int i = 0; i < 6 && !eventsOf("challenger").contains("RootConfirmed"); i++) {
      round(); // the batcher sends batch 0 with its data; the proposer bonds again and claims it
    }
    passChallengePeriod();
    round();

    assertThat(eventsOf("faults", "batcher")).containsExactly("DataWithholdingArmed", "BatchBuilt",
        "BatchDataWithheld", "WithheldBatchReleased", "BatchPosted");
    assertThat(eventsOf("proposer")).containsSubsequence("WithheldRootProposed", "DataChallengeSeen",
        "DataChallengeEnded", "BondRegistered", "RootProposed", "BatchFinalized");
    assertThat(eventsOf("challenger")).containsSubsequence("BatchUnverifiable", "DataChallengeOpened",
        "DataChallengeUnanswered", "RootConfirmed");
    assertThat(view(OptimisticRollupContract.FINALIZED_COUNT)).isEqualTo(1);
    assertThat(finalizedRoot(0)).isEqualTo(node.l2().head().stateRoot());
    assertThat(node.l2().account(BOB, false).balance()).isEqualTo(BigInteger.TEN);
  }

  @Test
  void aCensoredDepositBecomesOverdueIsForcedInAndIsFinalOnL2() throws Exception {
    carolPaysBobWhileAlicesDepositIsCensored();
    assertThat(node.l2().account(alice.address(), false).balance()).as("censored").isZero();
    passL1Time(CONFIG.forceInclusionDelay());

    roundAfterMaxAge(); // L1 refuses the batch: deposit #1 is overdue
    round(); // the sequencer seals it, forced
    round(); // the batcher posts the blocks with it
    passChallengePeriod();
    round();

    assertThat(eventsOf("faults", "batcher")).containsExactly("DepositCensorshipSwitched", "BatchBuilt",
        "DepositOverdue", "ForcedDepositIncluded", "BatchBuilt", "BatchPosted");
    assertThat(view(OptimisticRollupContract.FINALIZED_COUNT)).isEqualTo(1);
    assertThat(finalizedRoot(0)).isEqualTo(node.l2().head().stateRoot());
    assertThat(node.l2().account(alice.address(), false).balance()).isEqualTo(ETHER);
  }

  /**
   * L1 time jumps two days (someone fast-forwards the devnet) between the batcher's check of its
   * batch and the send, while a deposit waits outside the batch: the batch lands with an overdue
   * deposit left out and counts as empty. The batcher sees that in the operator's view and sends its
   * blocks again, with the deposit forced in: L1 ends up executing what the sequencer executed.
   */
  @Test
  void aSentBatchThatCountsAsEmptyIsSentAgainAndL1EndsWhereTheSequencerIs() throws Exception {
    node.close();
    node = RollupNode.deploy(new ClockJumpsBeforeTheFirstBatch(l1, devnet), OPERATOR.credentials(),
        CHALLENGER.credentials(), CONFIG, RollupStore.inMemory(), clock);
    carolPaysBobWhileAlicesDepositIsCensored();

    for (int i = 0; i < 10 && !eventsOf("proposer").contains("RootProposed"); i++) {
      roundAfterMaxAge(); // batch 0 lands late and counts as empty; its blocks go again, with the deposit
    }
    for (int i = 0; i < 10 && Collections.frequency(eventsOf("proposer"), "RootProposed") < 2; i++) {
      round();
    }
    passChallengePeriod();
    round();

    assertThat(eventsOf("batcher")).containsExactly("BatchBuilt", "BatchPosted", "SentBatchCountsAsEmpty",
        "BatchBuilt", "DepositOverdue", "ForcedDepositIncluded", "BatchBuilt", "BatchPosted");
    assertThat(node.events().since(0)).filteredOn(e -> e.type().equals("SentBatchCountsAsEmpty")).singleElement()
        .extracting(StoredEvent::sentence).asString().contains("it leaves out deposit #1");
    assertThat(view(OptimisticRollupContract.FINALIZED_COUNT)).isEqualTo(2);
    assertThat(finalizedRoot(1)).as("L1 executed what the sequencer executed").isEqualTo(node.l2().head().stateRoot());
    assertThat(node.l2().account(BOB, false).balance()).isEqualTo(BigInteger.TEN);
    assertThat(node.l2().account(alice.address(), false).balance()).isEqualTo(ETHER);
  }

  /** An L1 whose clock jumps two days just before the first batch is sent to the inbox. */
  private static final class ClockJumpsBeforeTheFirstBatch extends ForwardingL1 {
    private final Devnet devnet;
    private boolean jumped;

    ClockJumpsBeforeTheFirstBatch(final L1Client l1, final Devnet devnet) {
      super(l1);
      this.devnet = devnet;
    }

    @Override
    public L1Receipt sendAndWait(final Credentials from, final L1Transaction tx) throws L1Exception {
      if (!jumped && OptimisticRollupContract.batchInbox(CONFIG.l2ChainId()).equals(tx.to())) {
        jumped = true;
        devnet.increaseTime(2 * 24 * 3600);
      }
      return super.sendAndWait(from, tx);
    }
  }

  /**
   * What posting costs per L2 transfer: a batch of 50 transfers, its L1 gas divided by its items.
   * The 21,000 gas every L1 transaction pays is shared by all 50; the rest is calldata (16 gas a
   * non-zero byte, 4 a zero byte) and reading the items on L1. Printed for the README's numbers.
   */
  @Test
  void aBatchOfFiftyTransfersCostsAFewThousandL1GasPerTransfer() throws Exception {
    deposit(alice.address(), ETHER);
    round();
    roundAfterMaxAge(); // batch 0: the deposit alone
    for (int nonce = 0; nonce < 50; nonce++) {
      node.submit(alice.transfer(nonce, BOB, BigInteger.ONE));
    }
    round();
    roundAfterMaxAge(); // batch 1: 50 transfers

    final StoredEvent posted = node.events().since(0).stream().filter(e -> e.type().equals("BatchPosted"))
        .reduce((first, second) -> second).orElseThrow();
    final long gasPerTransfer = new ObjectMapper().readTree(posted.payloadJson()).get("l1GasPerItem").asLong();
    System.out.println("L1 gas per L2 transfer in a batch of 50: " + gasPerTransfer + " (" + posted.sentence() + ")");
    assertThat(posted.sentence()).contains("50 items");
    assertThat(gasPerTransfer).isBetween(1_000L, 6_000L);
  }

  // ------------------------------------------------------------------ helpers

  /** Carol's deposit (#0) is credited; then the sequencer censors Alice's (#1) and seals Carol's transfer to Bob. */
  private void carolPaysBobWhileAlicesDepositIsCensored() throws Exception {
    deposit(carol.address(), ETHER);
    round();
    node.faults().censorDeposits(true);
    deposit(alice.address(), ETHER);
    node.submit(carol.transfer(0, BOB, BigInteger.TEN));
    round();
  }

  /**
   * Moves the L1 clock past the challenge window of everything proposed so far. The devnet's blocks
   * so far were one second apart from a fixed start, and its clock moves from that start, so a
   * minute on top covers them.
   */
  private void passChallengePeriod() throws Exception {
    passL1Time(CONFIG.challengePeriod());
  }

  private void passL1Time(final Duration time) throws Exception {
    l1.increaseTime(time.toSeconds() + 60 + devnet.latestBlock().number());
    l1.mine();
  }
}
