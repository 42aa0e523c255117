package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.DisputeGameContract.CHALLENGER;
import static io.rolluplab.rollup.contracts.DisputeGameContract.PROPOSER;
import static io.rolluplab.rollup.contracts.RollupFixture.BOND;
import static io.rolluplab.rollup.contracts.RollupFixture.CHALLENGE_PERIOD;
import static io.rolluplab.rollup.contracts.RollupFixture.CLOCK_BUDGET;
import static io.rolluplab.rollup.contracts.RollupFixture.OUTSIDER;
import static io.rolluplab.rollup.contracts.RollupFixture.fakeRoot;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.contracts.OptimisticFixture.Claimed;
import io.rolluplab.rollup.contracts.OptimisticFixture.Credit;
import io.rolluplab.rollup.contracts.OptimisticFixture.SentBatch;
import io.rolluplab.rollup.contracts.RollupFixture.ExecutedBatch;
import io.rolluplab.rollup.execution.ItemOutcome;
import io.rolluplab.rollup.execution.Witness;
import io.rolluplab.rollup.l2tx.CompactTransfer;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.web3j.abi.datatypes.Type;

class DisputeGameTest {
  private final OptimisticFixture f = new OptimisticFixture();
  private final DevAccount proposer = RollupFixture.PROPOSER;
  private final DevAccount challenger = RollupFixture.CHALLENGER;

  /** What item k of the disputed batch is: L1 re-executes each kind in the one-step proof. */
  enum DisputedItem {
    TRANSFER("an EIP-1559 transfer"),
    DEPOSIT("a deposit"),
    WITHDRAWAL("an EIP-1559 withdrawal"),
    COMPACT_TRANSFER("a compact standard transfer"),
    PREFIX_TRANSFER("a compact standard transfer that names its recipient by a key prefix");

    private final String description;

    DisputedItem(final String description) {
      this.description = description;
    }

    @Override
    public String toString() {
      return description;
    }
  }

  @ParameterizedTest(name = "item 5 is {0}")
  @EnumSource(DisputedItem.class)
  void proposerWhoLiesAtItemFiveOfSixteenLosesInFourRoundsAndTheOneStepProof(final DisputedItem kind) {
    f.fundAliceAndBob();
    final int k = 5;
    final ExecutedBatch honest = f.execute(sixteenItemsWhereItem(k, kind));
    assertThat(honest.outcomes()).as("every item applies").allMatch(ItemOutcome::applied);
    assertThat(honest.data().items().get(k).isDeposit()).isEqualTo(kind == DisputedItem.DEPOSIT);
    assertThat(honest.outcomes().get(k).withdrawal() != null).isEqualTo(kind == DisputedItem.WITHDRAWAL);
    assertThat(honest.data().items().get(k).body()[0] == CompactTransfer.KIND).isEqualTo(kind == DisputedItem.COMPACT_TRANSFER);
    assertThat(CompactTransfer.recipientPrefix(honest.data().items().get(k).body()).length > 0)
        .isEqualTo(kind == DisputedItem.PREFIX_TRANSFER);
    final LongFunction<Bytes32> liar = i -> i <= k ? honest.roots().get((int) i) : fakeRoot(i);
    f.propose(honest, liar.apply(16));
    final long gameId = startGame(1, honest.postRoot());

    final boolean printBisectionGas = kind == DisputedItem.TRANSFER; // the same for every kind of item
    assertThat(bisect(gameId, liar, truth(honest), printBisectionGas)).as("rounds").isEqualTo(4);
    assertThat(lo(gameId)).isEqualTo(k);
    assertThat(hi(gameId)).isEqualTo(k + 1);

    final Receipt proof = oneStepProof(gameId, honest, k);
    GasReport.print("oneStepProof (" + kind + ")", proof.gasUsed());
    final List<Type> proven = DisputeGameContract.ONE_STEP_PROVEN.findIn(proof.logs()).orElseThrow();
    assertThat(proven.get(3).getValue()).isEqualTo(honest.roots().get(k + 1).toArray());
    assertThat(uint(proven.get(4))).as("outcome: applied").isZero();
    final List<Type> resolved = DisputeGameContract.GAME_RESOLVED.findIn(proof.logs()).orElseThrow();
    assertThat(uint(resolved.get(1))).isEqualTo(CHALLENGER);
    assertThat(OptimisticRollupContract.PROPOSER_SLASHED.findIn(proof.logs())).isPresent();
    assertThat(OptimisticRollupContract.ROOT_ROLLED_BACK.findIn(proof.logs())).isPresent();
    assertThat(f.proposedCount()).as("batch 1's root is withdrawn").isEqualTo(BigInteger.ONE);
    assertThat(f.chain.viewUint(f.rollup, OptimisticRollupContract.BOND_OF, Abi.address(proposer.address()))).isZero();
    assertThat(OptimisticFixture.credits(proof)).as("the challenger is owed both bonds; nothing is paid yet").containsExactly(
        new Credit(f.rollup, challenger.address(), BOND, PullPaymentsContract.PROPOSER_SLASHED),
        new Credit(f.game, challenger.address(), BOND, PullPaymentsContract.GAME_WON));

    final Claimed slashed = f.claim(challenger, f.rollup);
    final Claimed ownBond = f.claim(challenger, f.game);
    if (kind == DisputedItem.TRANSFER) {
      GasReport.print("claim (one credited bond)", ownBond.receipt().gasUsed());
    }
    assertThat(slashed.received()).as("the proposer's slashed bond").isEqualTo(BOND);
    assertThat(ownBond.received()).as("the challenger's own bond, back").isEqualTo(BOND);
    assertThat(f.chain.balance(f.rollup)).isZero();
    assertThat(f.chain.balance(f.game)).isZero();
  }

  @Test
  void challengerWhoLiesLosesAndTheBatchStandsWithItsWindowExtended() {
    f.fundAliceAndBob();
    final ExecutedBatch honest = f.execute(f.transfers(16));
    f.propose(honest, honest.postRoot());
    final long deadlineBefore = f.proposal(1).challengeDeadline();
    final int j = 10;
    final LongFunction<Bytes32> liar = i -> i <= j ? honest.roots().get((int) i) : fakeRoot(i);
    final long gameId = startGame(1, liar.apply(16));

    bisect(gameId, truth(honest), liar, false);
    assertThat(lo(gameId)).isEqualTo(j);

    final Receipt proof = oneStepProof(gameId, honest, j);
    final List<Type> resolved = DisputeGameContract.GAME_RESOLVED.findIn(proof.logs()).orElseThrow();
    assertThat(uint(resolved.get(1))).isEqualTo(PROPOSER);
    assertThat(OptimisticRollupContract.BATCH_UPHELD.findIn(proof.logs())).isPresent();
    assertThat(f.proposedCount()).isEqualTo(BigInteger.TWO);
    assertThat(f.proposal(1).challengeDeadline()).as("deadline").isGreaterThan(deadlineBefore);
    assertThat(OptimisticFixture.credits(proof))
        .containsExactly(new Credit(f.game, proposer.address(), BOND, PullPaymentsContract.GAME_WON));
    assertThat(f.claim(proposer, f.game).received()).as("the challenger's bond").isEqualTo(BOND);
    assertThat(f.chain.balance(f.game)).isZero();
    assertThat(f.chain.balance(f.rollup)).as("the proposer's bond stays locked").isEqualTo(BOND);
  }

  /**
   * A proposer that refuses ETH could once stall the whole rollup: it challenged its own correct
   * batch from a second account and let that account lose, and the game, which paid the winner as
   * its last step, could never end. Since the game only credits the winner, the game ends, the
   * batch and every later one finalize, and the refusal reverts nothing but the refuser's own claim.
   */
  @Test
  void gameWonByAProposerThatRefusesEtherEndsTheRollupKeepsFinalizingAndOnlyItsOwnClaimFails() {
    f.fundAliceAndBob();
    final EtherRefusingAccount refuser = EtherRefusingAccount.deploy(f.chain, OUTSIDER);
    refuser.send(f.rollup, BOND, OptimisticRollupContract.REGISTER_PROPOSER.encode());
    final ExecutedBatch honest = f.execute(f.transfers(1));
    final SentBatch batchTx = f.sendBatch(honest.encoded());
    f.remember(refuser.send(f.rollup,
        OptimisticRollupContract.proposeRoot(1, honest.postRoot(), OptimisticFixture.claimOf(batchTx, honest))));
    final long gameId = startGame(1, fakeRoot(1)); // one item: the one-step proof is due at once

    final Receipt proof = oneStepProof(gameId, honest, 0);
    assertThat(uint(DisputeGameContract.GAME_RESOLVED.findIn(proof.logs()).orElseThrow().get(1))).isEqualTo(PROPOSER);
    assertThat(f.chain.view(f.rollup, OptimisticRollupContract.DISPUTE_GAME_OF, Abi.uint256(1))).isEqualTo(BigInteger.ZERO);
    final ExecutedBatch later = f.execute(f.transfers(2));
    f.propose(later, later.postRoot());
    f.finalizeAfterWindow(0);
    f.finalizeAfterWindow(1);
    f.finalizeAfterWindow(2);
    assertThat(f.chain.viewUint(f.rollup, OptimisticRollupContract.FINALIZED_COUNT)).isEqualTo(BigInteger.valueOf(3));

    assertThat(refuser.expectRevert(f.game, DisputeGameContract.CLAIM.encode()).toString())
        .isEqualTo(RollupFixture.paymentFailed(refuser.address(), BOND));
    assertThat(f.claimable(f.game, refuser.address())).as("the credit waits for the refuser").isEqualTo(BOND);
    assertThat(f.chain.balance(f.game)).isEqualTo(BOND);
  }

  @Test
  void partyWhoseClockRunsOutLosesWhenAnyoneCallsTimeout() {
    f.fundAliceAndBob();
    final ExecutedBatch honest = f.execute(f.transfers(4));
    f.propose(honest, fakeRoot(4));
    final long gameId = startGame(1, honest.postRoot());

    assertThat(f.chain.expectRevert(OUTSIDER, f.game, DisputeGameContract.timeout(gameId)).name())
        .isEqualTo("ClockNotExpired");
    f.chain.nextBlockAfter(CLOCK_BUDGET + 1);
    assertThat(f.chain.expectRevert(proposer, f.game, DisputeGameContract.postRoot(gameId, fakeRoot(2))).name())
        .isEqualTo("ClockExpired");
    final Receipt timeout = f.chain.send(OUTSIDER, f.game, DisputeGameContract.timeout(gameId));
    final List<Type> resolved = DisputeGameContract.GAME_RESOLVED.findIn(timeout.logs()).orElseThrow();
    assertThat(uint(resolved.get(1))).isEqualTo(CHALLENGER);
    assertThat(uint(resolved.get(2))).as("verdict: timeout").isEqualTo(1);
    assertThat(f.proposedCount()).isEqualTo(BigInteger.ONE);
    assertThat(f.chain.expectRevert(OUTSIDER, f.game, DisputeGameContract.timeout(gameId)).name()).isEqualTo("GameOver");
  }

  @Test
  void gameOnABatchThatAnotherGameRolledBackIsAbandonedAndTheChallengerRefunded() {
    f.fundAliceAndBob();
    final ExecutedBatch first = f.execute(f.transfers(2));
    f.propose(first, fakeRoot(2));
    final ExecutedBatch second = f.execute(f.transfers(2));
    f.propose(second, second.postRoot());
    final long onSecond = startGame(2, fakeRoot(99));
    final long onFirst = startGame(1, first.postRoot());
    assertThat(f.chain.expectRevert(OUTSIDER, f.game, DisputeGameContract.abandon(onSecond)).name())
        .isEqualTo("BatchStillDisputed");

    f.chain.nextBlockAfter(CLOCK_BUDGET + 1);
    f.chain.send(OUTSIDER, f.game, DisputeGameContract.timeout(onFirst)); // the proposer never answered
    assertThat(f.proposedCount()).as("the roots of batches 1 and 2 are withdrawn").isEqualTo(BigInteger.ONE);
    assertThat(f.chain.expectRevert(proposer, f.game, DisputeGameContract.postRoot(onSecond, fakeRoot(1))).name())
        .isEqualTo("BatchGone");
    final Receipt abandoned = f.chain.send(OUTSIDER, f.game, DisputeGameContract.abandon(onSecond));
    assertThat(DisputeGameContract.GAME_ABANDONED.findIn(abandoned.logs())).isPresent();
    assertThat(OptimisticFixture.credits(abandoned))
        .containsExactly(new Credit(f.game, challenger.address(), BOND, PullPaymentsContract.GAME_ABANDONED));
    assertThat(f.claim(challenger, f.game).received()).as("one claim takes both games' credits")
        .isEqualTo(BOND.multiply(BigInteger.TWO));
    assertThat(f.chain.balance(f.game)).isZero();
  }

  @Test
  void movesOutOfTurnOrOutOfPhaseAreRefused() {
    f.fundAliceAndBob();
    final ExecutedBatch honest = f.execute(f.transfers(2));
    f.propose(honest, fakeRoot(2));
    final BatchClaim claim = f.proposed.get(1L);
    assertThat(f.chain.expectRevert(challenger, f.game, BigInteger.ZERO, DisputeGameContract.challenge(1, honest.postRoot(), claim))
        .name()).isEqualTo("WrongBond");
    assertThat(f.chain.expectRevert(challenger, f.game, BOND, DisputeGameContract.challenge(1, fakeRoot(2), claim)).name())
        .isEqualTo("NoDisagreement");
    assertThat(f.chain.expectRevert(challenger, f.game, BOND, DisputeGameContract.challenge(7, honest.postRoot(), claim))
        .toString()).isEqualTo("NoRootProposed(7)");
    final long gameId = startGame(1, honest.postRoot());
    assertThat(f.chain.expectRevert(challenger, f.game, BOND, DisputeGameContract.challenge(1, honest.postRoot(), claim))
        .toString()).isEqualTo("BatchDisputed(1, " + gameId + ")");
    assertThat(f.chain.expectRevert(challenger, f.game, DisputeGameContract.postRoot(99, fakeRoot(1))).name())
        .isEqualTo("UnknownGame");
    assertThat(f.chain.expectRevert(challenger, f.game, DisputeGameContract.postRoot(gameId, fakeRoot(1))).name())
        .isEqualTo("NotYourTurn");
    assertThat(f.chain.expectRevert(OUTSIDER, f.game, oneStepProofCall(gameId, honest, 0)).name())
        .isEqualTo("NotAtOneStep");
    f.chain.send(proposer, f.game, DisputeGameContract.postRoot(gameId, fakeRoot(1)));
    f.chain.send(challenger, f.game, DisputeGameContract.postRoot(gameId, honest.roots().get(1)));
    assertThat(f.chain.expectRevert(proposer, f.game, DisputeGameContract.postRoot(gameId, fakeRoot(1))).name())
        .isEqualTo("BisectionOver");
    final byte[] otherData = new BatchData(RollupFixture.L1_FEE_PER_BYTE, honest.data().items().subList(0, 1)).encode();
    assertThat(f.chain.expectRevert(OUTSIDER, f.game,
            DisputeGameContract.oneStepProof(gameId, otherData, body(honest, 0), honest.outcomes().get(0).witness())).name())
        .as("bytes that are not the batch's data")
        .isEqualTo("DataHashMismatch");
    assertThat(f.chain.expectRevert(OUTSIDER, f.game, DisputeGameContract.oneStepProof(gameId, honest.encoded(),
            body(honest, 1), honest.outcomes().get(0).witness())).name())
        .as("item 1's body sent as item 0's")
        .isEqualTo("ItemMismatch");
    final Witness wrongWitness = honest.outcomes().get(1).witness();
    assertThat(f.chain.expectRevert(OUTSIDER, f.game,
            DisputeGameContract.oneStepProof(gameId, honest.encoded(), body(honest, 0), wrongWitness)).name())
        .as("a witness that does not match the agreed root")
        .isEqualTo("InvalidProof");
  }

  @Test
  void challengeNeedsAnOpenWindowOnAnUnfinalizedBatch() {
    f.fundAliceAndBob();
    f.finalizeAfterWindow(0);
    assertThat(f.chain.expectRevert(challenger, f.game, BOND, DisputeGameContract.challenge(0, fakeRoot(0), f.proposed.get(0L)))
        .name()).isEqualTo("AlreadyFinal");
    f.propose(f.execute(f.transfers(1)), fakeRoot(1));
    f.chain.nextBlockAfter(CHALLENGE_PERIOD + 1);
    assertThat(f.chain.expectRevert(challenger, f.game, BOND, DisputeGameContract.challenge(1, fakeRoot(2), f.proposed.get(1L)))
        .name()).isEqualTo("ChallengeWindowClosed");
  }

  /** An empty claim's root is the previous one, which L1 checked at the proposal: only its data can be wrong. */
  @Test
  void aClaimThatTheBatchIsEmptyHasNothingToBisect() {
    final ExecutedBatch funded = f.fundAliceAndBob();
    final SentBatch junk = f.sendBatch(new byte[5]);
    f.propose(proposer, 1, funded.postRoot(), junk.emptyClaim());
    assertThat(f.chain.expectRevert(challenger, f.game, BOND,
        DisputeGameContract.challenge(1, fakeRoot(1), f.proposed.get(1L))).toString()).isEqualTo("NothingToBisect(1)");
    assertThat(f.chain.view(f.game, DisputeGameContract.GAME_COUNT)).isEqualTo(BigInteger.ZERO);
  }

  /** The game plays over the claim's item count and data hash, so they must be the ones proposed. */
  @Test
  void aChallengeWithAnotherClaimThanTheOneProposedIsRefused() {
    f.fundAliceAndBob();
    final ExecutedBatch honest = f.execute(f.transfers(2));
    f.propose(honest, fakeRoot(2));
    final BatchClaim proposed = f.proposed.get(1L);
    final BatchClaim longer = new BatchClaim(proposed.dataHash(), 64, proposed.depositCount(), proposed.l1Timestamp(),
        proposed.anchorBlock(), proposed.anchorHash());
    assertThat(f.chain.expectRevert(challenger, f.game, BOND, DisputeGameContract.challenge(1, honest.postRoot(), longer))
        .toString()).isEqualTo("NotTheClaim(1)");
    assertThat(f.chain.expectRevert(challenger, f.game, BOND,
        DisputeGameContract.challenge(1, honest.postRoot(), proposed.anchoredAt(Bytes32.ZERO))).toString())
        .as("without L1's anchor hash").isEqualTo("NotTheClaim(1)");

    final long gameId = startGame(1, honest.postRoot());
    assertThat(uint(f.chain.call(f.game, DisputeGameContract.GAME, Abi.uint256(gameId)).get(8))).as("itemCount").isEqualTo(2);
    assertThat(f.chain.call(f.game, DisputeGameContract.GAME, Abi.uint256(gameId)).get(0).getValue()).as("dataHash")
        .isEqualTo(honest.dataHash().toArray());
  }

  // ------------------------------------------------------------------ helpers

  private long startGame(final long batchIndex, final Bytes32 challengerRoot) {
    final Receipt opened = f.challenge(challenger, batchIndex, challengerRoot);
    GasReport.print("challenge (opens a game)", opened.gasUsed());
    return uint(DisputeGameContract.GAME_STARTED.findIn(opened.logs()).orElseThrow().get(0));
  }

  /** Plays bisection to the end: each round the proposer, then the challenger posts its root. */
  private int bisect(final long gameId, final LongFunction<Bytes32> proposerRoots, final LongFunction<Bytes32> challengerRoots,
      final boolean printGas) {
    int rounds = 0;
    while (hi(gameId) - lo(gameId) > 1) {
      final long mid = uint(f.chain.call(f.game, DisputeGameContract.MIDPOINT, Abi.uint256(gameId)).get(0));
      final Receipt p = f.chain.send(proposer, f.game, DisputeGameContract.postRoot(gameId, proposerRoots.apply(mid)));
      final Receipt c = f.chain.send(challenger, f.game, DisputeGameContract.postRoot(gameId, challengerRoots.apply(mid)));
      rounds++;
      if (printGas) {
        GasReport.print("bisection round " + rounds + ", proposer's postRoot", p.gasUsed());
        GasReport.print("bisection round " + rounds + ", challenger's postRoot", c.gasUsed());
      }
    }
    return rounds;
  }

  /**
   * Sixteen transfers between Alice and Bob, except item k: a withdrawal in the sender's turn, or a
   * deposit queued on L1 just now and inserted before the (then fifteen) transfers' item k.
   */
  private List<BatchItem> sixteenItemsWhereItem(final int k, final DisputedItem kind) {
    return switch (kind) {
      case TRANSFER -> f.transfers(16);
      case WITHDRAWAL -> f.transfers(16, i -> i == k);
      case COMPACT_TRANSFER -> {
        final long bobNonce = f.l2.nonce(RollupFixture.BOB.address()); // item k = 5 is Bob's third transfer
        final List<BatchItem> items = new ArrayList<>(f.transfers(16));
        items.set(k, RollupFixture.standardTransfer(RollupFixture.BOB, bobNonce + k / 2, RollupFixture.ALICE.address(),
            BigInteger.valueOf(1000)));
        yield items;
      }
      case PREFIX_TRANSFER -> f.sealed(sixteenItemsWhereItem(k, DisputedItem.COMPACT_TRANSFER));
      case DEPOSIT -> {
        final long queueIndex = f.chain.viewUint(f.bridge, BridgeContract.DEPOSIT_COUNT).longValueExact();
        f.deposit(f.bridge, RollupFixture.ALICE, RollupFixture.BOB.address(), L1TestChain.ETHER);
        final List<BatchItem> items = new ArrayList<>(f.transfers(15));
        items.add(k, BatchItem.deposit(queueIndex));
        yield items;
      }
    };
  }

  private Receipt oneStepProof(final long gameId, final ExecutedBatch batch, final int item) {
    return f.chain.send(OUTSIDER, f.game, oneStepProofCall(gameId, batch, item));
  }

  private static byte[] oneStepProofCall(final long gameId, final ExecutedBatch batch, final int item) {
    return DisputeGameContract.oneStepProof(gameId, batch.encoded(), body(batch, item),
        batch.outcomes().get(item).witness());
  }

  private static byte[] body(final ExecutedBatch batch, final int item) {
    return batch.data().items().get(item).body();
  }

  private static LongFunction<Bytes32> truth(final ExecutedBatch batch) {
    return i -> batch.roots().get((int) i);
  }

  private long lo(final long gameId) {
    return uint(f.chain.call(f.game, DisputeGameContract.GAME, Abi.uint256(gameId)).get(9));
  }

  private long hi(final long gameId) {
    return uint(f.chain.call(f.game, DisputeGameContract.GAME, Abi.uint256(gameId)).get(10));
  }

  static long uint(final Type<?> value) {
    return ((BigInteger) value.getValue()).longValueExact();
  }
}
