package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.L1TestChain.ETHER;
import static io.rolluplab.rollup.contracts.RollupFixture.ALICE;
import static io.rolluplab.rollup.contracts.RollupFixture.BATCHER;
import static io.rolluplab.rollup.contracts.RollupFixture.BOB;
import static io.rolluplab.rollup.contracts.RollupFixture.BOND;
import static io.rolluplab.rollup.contracts.RollupFixture.CHALLENGER;
import static io.rolluplab.rollup.contracts.RollupFixture.CHALLENGE_PERIOD;
import static io.rolluplab.rollup.contracts.RollupFixture.FORCE_INCLUSION_DELAY;
import static io.rolluplab.rollup.contracts.RollupFixture.L1_FEE_PER_BYTE;
import static io.rolluplab.rollup.contracts.RollupFixture.OUTSIDER;
import static io.rolluplab.rollup.contracts.RollupFixture.PROPOSER;
import static io.rolluplab.rollup.contracts.RollupFixture.REVEAL_PERIOD;
import static io.rolluplab.rollup.contracts.RollupFixture.fakeRoot;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.tx.TransactionResult;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.contracts.OptimisticFixture.Credit;
import io.rolluplab.rollup.contracts.OptimisticFixture.SentBatch;
import io.rolluplab.rollup.contracts.RollupFixture.ExecutedBatch;
import io.rolluplab.rollup.l1.L1InclusionProof;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.web3j.abi.datatypes.Type;

class OptimisticRollupTest {
  private final OptimisticFixture f = new OptimisticFixture();

  @Test
  void proposerRegistersWithExactlyTheBondOnceAndWithdrawsItWhenNothingIsPending() {
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup, BigInteger.ONE, OptimisticRollupContract.REGISTER_PROPOSER.encode()).name())
        .isEqualTo("WrongBond");
    assertThat(f.chain.expectRevert(PROPOSER, f.rollup, BOND, OptimisticRollupContract.REGISTER_PROPOSER.encode()).name())
        .isEqualTo("AlreadyRegistered");
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup, OptimisticRollupContract.WITHDRAW_BOND.encode()).name())
        .isEqualTo("NotRegistered");
    f.fundAliceAndBob();
    assertThat(f.chain.expectRevert(PROPOSER, f.rollup, OptimisticRollupContract.WITHDRAW_BOND.encode()).name())
        .isEqualTo("BondLocked");
    f.finalizeAfterWindow(0);
    final Receipt withdrawn = f.chain.send(PROPOSER, f.rollup, OptimisticRollupContract.WITHDRAW_BOND.encode());
    assertThat(OptimisticRollupContract.PROPOSER_BOND_WITHDRAWN.findIn(withdrawn.logs())).isPresent();
    assertThat(f.chain.balance(f.rollup)).isZero();
  }

  @Test
  void aBatchIsThePlainTransactionOfTheBatcherToAnInboxWithoutCodeThatL1DoesNotRun() {
    assertThat(f.address(f.rollup, OptimisticRollupContract.BATCHER)).isEqualTo(BATCHER.address());
    assertThat(f.chain.viewUint(f.rollup, OptimisticRollupContract.FIRST_BATCHER_NONCE))
        .as("the batcher's nonce when the rollup was deployed").isEqualTo(BigInteger.ONE);
    assertThat(f.address(f.rollup, OptimisticRollupContract.BATCH_INBOX)).isEqualTo(f.inbox);
    assertThat(f.inbox.toHex()).as("0xff, zeros, the L2 chain id 901").isEqualTo("0xff00000000000000000000000000000000000385");

    f.fundAliceAndBob();
    final SentBatch batch = f.sent.get(0);
    assertThat(batch.receipt().logs()).isEmpty();
    assertThat(batch.receipt().gasUsed()).as("the intrinsic gas only").isEqualTo(21_000 + GasReport.calldataGas(batch.data()));
    assertThat(f.chain.devnet.code(f.inbox)).isEmpty();
  }

  @Test
  void aProposalKeepsTheHashOfTheClaimWithTheAnchorHashL1FilledIn() {
    f.fundAliceAndBob();
    f.deposit(f.bridge, ALICE, BOB.address(), ETHER);
    final List<BatchItem> items = new ArrayList<>(f.transfers(3));
    items.add(1, BatchItem.deposit(2));
    final ExecutedBatch batch = f.execute(items);
    final SentBatch batchTx = f.sendBatch(batch.encoded());
    assertThat(f.proposal(1)).as("L1 knows nothing of a batch before a claim about it")
        .isEqualTo(new OptimisticRollupContract.Proposal(Bytes32.ZERO, Bytes32.ZERO, Address.ZERO, 0, 0, false, 0, 0));

    final BatchClaim claim = OptimisticFixture.claimOf(batchTx, batch);
    final Receipt proposed = f.propose(PROPOSER, 1, batch.postRoot(), claim.anchoredAt(fakeRoot(42)));

    final BatchClaim anchored = claim.anchoredAt(blockHash(batchTx.l1Block()));
    final List<Type> event = OptimisticRollupContract.BATCH_PROPOSED.findIn(proposed.logs()).orElseThrow();
    assertThat(BatchClaim.decode(event, 5)).as("the anchor hash sent is replaced by L1's").isEqualTo(anchored);
    assertThat(anchored.itemCount()).isEqualTo(4);
    assertThat(anchored.depositCount()).isEqualTo(1);
    final long deadline = f.chain.now() + CHALLENGE_PERIOD;
    assertThat(event.subList(0, 5)).extracting(Type::getValue).containsExactly(BigInteger.ONE, PROPOSER.address().toHex(),
        batch.postRoot().toArray(), BigInteger.valueOf(deadline), BigInteger.TWO);
    assertThat(f.proposal(1)).isEqualTo(new OptimisticRollupContract.Proposal(OptimisticFixture.hashOf(anchored),
        batch.postRoot(), PROPOSER.address(), deadline, 2, false, 0, 0));
    assertThat(f.nextDeposit()).isEqualTo(BigInteger.valueOf(3));
    assertThat(f.chain.viewUint(f.rollup, OptimisticRollupContract.PENDING_BATCHES, Abi.address(PROPOSER.address())))
        .isEqualTo(BigInteger.TWO);
  }

  @Test
  void rootsAreProposedInOrderByRegisteredProposers() {
    f.fundAliceAndBob();
    final BatchClaim first = transferBatch().claim();
    final BatchClaim second = transferBatch().claim();
    assertThat(revert(PROPOSER, OptimisticRollupContract.proposeRoot(2, fakeRoot(2), second))).isEqualTo("NotNextToPropose(2, 1)");
    assertThat(revert(PROPOSER, OptimisticRollupContract.proposeRoot(0, fakeRoot(0), first))).isEqualTo("NotNextToPropose(0, 1)");
    assertThat(revert(OUTSIDER, OptimisticRollupContract.proposeRoot(1, fakeRoot(1), first)))
        .isEqualTo("NotRegistered(" + OUTSIDER.address().toHex() + ")");
    f.finalizeAfterWindow(0);
    assertThat(revert(OUTSIDER, OptimisticRollupContract.finalize(1))).isEqualTo("NoRootProposed(1)");

    f.propose(PROPOSER, 1, fakeRoot(1), first);
    f.propose(PROPOSER, 2, fakeRoot(2), second);
    assertThat(f.chain.view(f.rollup, OptimisticRollupContract.PRE_STATE_ROOT, Abi.uint256(2))).isEqualTo(fakeRoot(1).toArray());
  }

  /** {@code blockhash} knows the last 256 blocks only, and a data challenge's proof starts from the anchor's hash. */
  @Test
  void theAnchorIsOneOfTheLast256BlocksBeforeTheProposal() {
    f.fundAliceAndBob();
    final Sent one = transferBatch();
    assertThat(f.chain.viewUint(f.rollup, OptimisticRollupContract.BLOCKHASH_WINDOW)).isEqualTo(BigInteger.valueOf(256));
    final long proposalBlock = latestBlock() + 1;
    assertThat(revert(PROPOSER, proposeAnchoredAt(one, proposalBlock))).as("the proposal's own block has no hash yet")
        .isEqualTo("AnchorOutOfReach(" + proposalBlock + ", " + proposalBlock + ")");
    while (latestBlock() < one.tx().l1Block() + 256) {
      f.chain.devnet.mine();
    }
    assertThat(revert(PROPOSER, proposeAnchoredAt(one, one.tx().l1Block())))
        .isEqualTo("AnchorOutOfReach(" + one.tx().l1Block() + ", " + (one.tx().l1Block() + 257) + ")");

    final long oldest = latestBlock() + 1 - 256;
    f.chain.send(PROPOSER, f.rollup, proposeAnchoredAt(one, oldest));
    assertThat(f.proposal(1).claimHash())
        .isEqualTo(OptimisticFixture.hashOf(anchoredAt(one.claim(), oldest).anchoredAt(blockHash(oldest))));
  }

  @Test
  void aClaimCannotDateItsBatchAtOrAfterTheProposal() {
    f.fundAliceAndBob();
    final BatchClaim claim = transferBatch().claim();
    final long proposalTime = f.chain.now() + 1;
    final BatchClaim fromTheFuture = new BatchClaim(claim.dataHash(), claim.itemCount(), 0, proposalTime,
        claim.anchorBlock(), Bytes32.ZERO);
    assertThat(revert(PROPOSER, OptimisticRollupContract.proposeRoot(1, fakeRoot(1), fromTheFuture)))
        .isEqualTo("BatchNotYetOnL1(" + proposalTime + ", " + proposalTime + ")");
  }

  @Test
  void anEmptyClaimConsumesNoDepositAndKeepsThePreviousRoot() {
    final ExecutedBatch funded = f.fundAliceAndBob();
    f.deposit(f.bridge, ALICE, BOB.address(), ETHER);
    final SentBatch junk = f.sendBatch(new byte[5]);
    assertThat(revert(PROPOSER, OptimisticRollupContract.proposeRoot(1, fakeRoot(1), junk.emptyClaim())))
        .isEqualTo("EmptyBatchChangesState(1)");
    assertThat(revert(PROPOSER, OptimisticRollupContract.proposeRoot(1, funded.postRoot(), junk.claim(0, 1))))
        .as("it consumes the deposit").isEqualTo("EmptyBatchChangesState(1)");

    f.propose(PROPOSER, 1, funded.postRoot(), junk.emptyClaim());
    assertThat(f.nextDeposit()).as("deposit 2 waits for a valid batch").isEqualTo(BigInteger.TWO);
    assertThat(f.chain.view(f.rollup, OptimisticRollupContract.PRE_STATE_ROOT, Abi.uint256(2))).isEqualTo(funded.postRoot().toArray());
  }

  /** Force inclusion is judged at the batch's L1 time, which the claim states, not at the proposal's. */
  @Test
  void aNonEmptyClaimMustConsumeEveryDepositOverdueAtItsBatchsTime() {
    f.fundAliceAndBob();
    f.deposit(f.bridge, ALICE, ALICE.address(), ETHER);
    final Sent inTime = transferBatch();
    f.chain.nextBlockAfter(FORCE_INCLUSION_DELAY + 1);
    final SentBatch late = f.sendBatch(new BatchData(L1_FEE_PER_BYTE, f.transfers(1)).encode());

    f.propose(PROPOSER, 1, inTime.batch().postRoot(), inTime.claim());
    assertThat(revert(PROPOSER, OptimisticRollupContract.proposeRoot(2, fakeRoot(2), late.claim(1, 0))))
        .isEqualTo("DepositOverdue(2)");
    f.propose(PROPOSER, 2, inTime.batch().postRoot(), late.emptyClaim()); // what it is: a batch that counts as empty
    final ExecutedBatch withIt = f.execute(List.of(BatchItem.deposit(2)));
    f.propose(withIt, withIt.postRoot());
    assertThat(f.nextDeposit()).isEqualTo(BigInteger.valueOf(3));
  }

  @Test
  void aClaimConsumesOnlyDepositsQueuedBeforeItsBatch() {
    f.fundAliceAndBob();
    final SentBatch batchTx = f.sendBatch(new BatchData(L1_FEE_PER_BYTE, List.of(BatchItem.deposit(2))).encode());
    assertThat(revert(PROPOSER, OptimisticRollupContract.proposeRoot(1, fakeRoot(1), batchTx.claim(1, 1))))
        .isEqualTo("UnknownDeposit(2)");
    f.deposit(f.bridge, ALICE, BOB.address(), ETHER);
    final BigInteger queuedAt = f.chain.viewUint(f.bridge, BridgeContract.QUEUED_AT, Abi.uint256(2));
    assertThat(revert(PROPOSER, OptimisticRollupContract.proposeRoot(1, fakeRoot(1), batchTx.claim(1, 1))))
        .isEqualTo("DepositTooNew(2, " + queuedAt + ", " + batchTx.l1Timestamp() + ")");
    assertThat(f.nextDeposit()).isEqualTo(BigInteger.TWO);
  }

  @Test
  void batchesFinalizeInOrderAfterTheirWindowAndNotWhileAGameRuns() {
    f.fundAliceAndBob();
    f.propose(f.execute(f.transfers(1)), fakeRoot(1));
    assertThat(revert(OUTSIDER, OptimisticRollupContract.finalize(1))).isEqualTo("NotNextToFinalize(1, 0)");
    assertThat(revert(OUTSIDER, OptimisticRollupContract.finalize(0))).startsWith("ChallengeWindowOpen(0, ");
    f.challenge(CHALLENGER, 1, fakeRoot(7));
    final Receipt finalized = f.finalizeAfterWindow(0);
    assertThat(OptimisticRollupContract.BATCH_FINALIZED.findIn(finalized.logs())).isPresent();
    assertThat(f.chain.view(f.rollup, OptimisticRollupContract.FINALIZED_STATE_ROOT, Abi.uint256(0)))
        .isEqualTo(f.chain.view(f.rollup, OptimisticRollupContract.PRE_STATE_ROOT, Abi.uint256(1)));
    assertThat(f.chain.view(f.rollup, OptimisticRollupContract.FINALIZED_STATE_ROOT, Abi.uint256(1))).isEqualTo(new byte[32]);
    assertThat(revert(OUTSIDER, OptimisticRollupContract.finalize(1))).isEqualTo("BatchDisputed(1, 1)");
    assertThat(revert(OUTSIDER, OptimisticRollupContract.finalize(5))).isEqualTo("NotNextToFinalize(5, 1)");
  }

  @Test
  void aBatchDoesNotFinalizeWhileItsDataChallengeRuns() {
    f.fundAliceAndBob();
    f.challengeData(CHALLENGER, 0);
    f.chain.nextBlockAfter(CHALLENGE_PERIOD + 1);
    assertThat(revert(OUTSIDER, OptimisticRollupContract.finalize(0))).as("game 0: a data challenge")
        .isEqualTo("BatchDisputed(0, 0)");
  }

  @Test
  void onlyTheDisputeGameMayOpenUpholdOrRejectABatch() {
    f.fundAliceAndBob();
    for (final byte[] call : List.of(
        OptimisticRollupContract.OPEN_DISPUTE.encode(Abi.uint256(0), Abi.uint64(1), f.proposed.get(0L).toAbi()),
        OptimisticRollupContract.UPHOLD_BATCH.encode(Abi.uint256(0)),
        OptimisticRollupContract.REJECT_BATCH.encode(Abi.uint256(0), Abi.address(OUTSIDER.address())))) {
      assertThat(revert(OUTSIDER, call)).isEqualTo("OnlyDisputeGame(" + OUTSIDER.address().toHex() + ")");
    }
  }

  /**
   * A lost game withdraws the liar's claim and every claim after it (built on it), latest first,
   * and puts the deposits they consumed back in the queue. The batches stay on L1, so a different
   * proposer proposes the same claims with the true roots.
   */
  @Test
  void lostDisputeWithdrawsTheClaimsFromThatBatchOnPutsTheirDepositsBackAndAnotherProposerProposesThemAgain() {
    f.fundAliceAndBob();
    final ExecutedBatch first = f.execute(f.transfers(2));
    f.deposit(f.bridge, BOB, ALICE.address(), ETHER);
    final ExecutedBatch second = f.execute(List.of(BatchItem.deposit(2)));
    final ExecutedBatch third = f.execute(f.transfers(1));
    f.propose(first, fakeRoot(1));
    f.propose(second, fakeRoot(2));
    f.sendBatch(third.encoded());
    assertThat(f.nextDeposit()).isEqualTo(BigInteger.valueOf(3));
    final long gameId = DisputeGameTest.uint(DisputeGameContract.GAME_STARTED.findIn(
        f.challenge(CHALLENGER, 1, first.postRoot()).logs()).orElseThrow().get(0));
    f.chain.nextBlockAfter(RollupFixture.CLOCK_BUDGET + 1); // the liar never answers

    final Receipt lost = f.chain.send(OUTSIDER, f.game, DisputeGameContract.timeout(gameId));
    assertThat(rolledBack(lost)).as("latest first").containsExactly(2L, 1L);
    assertThat(f.proposedCount()).isEqualTo(BigInteger.ONE);
    assertThat(f.nextDeposit()).as("deposit 2 is back in the queue").isEqualTo(BigInteger.TWO);
    assertThat(f.chain.viewUint(f.rollup, OptimisticRollupContract.DEPOSITS_SAFE_UNTIL)).as("asked again next time").isZero();
    assertThat(f.proposal(2)).isEqualTo(new OptimisticRollupContract.Proposal(Bytes32.ZERO, Bytes32.ZERO, Address.ZERO, 0, 0,
        false, 0, 0));
    assertThat(f.chain.viewUint(f.rollup, OptimisticRollupContract.BOND_OF, Abi.address(PROPOSER.address()))).isZero();
    assertThat(f.chain.viewUint(f.rollup, OptimisticRollupContract.PENDING_BATCHES, Abi.address(PROPOSER.address())))
        .as("batch 0's root is still pending").isEqualTo(BigInteger.ONE);

    f.chain.send(OUTSIDER, f.rollup, BOND, OptimisticRollupContract.REGISTER_PROPOSER.encode());
    f.propose(OUTSIDER, 1, first.postRoot(), OptimisticFixture.claimOf(f.sent.get(1), first));
    f.propose(OUTSIDER, 2, second.postRoot(), OptimisticFixture.claimOf(f.sent.get(2), second));
    f.propose(OUTSIDER, 3, third.postRoot(), OptimisticFixture.claimOf(f.sent.get(3), third));
    assertThat(f.nextDeposit()).isEqualTo(BigInteger.valueOf(3));
    f.finalizeAfterWindow(0);
    for (long i = 1; i <= 3; i++) {
      f.chain.send(OUTSIDER, f.rollup, OptimisticRollupContract.finalize(i));
    }
    assertThat(f.chain.view(f.rollup, OptimisticRollupContract.FINALIZED_STATE_ROOT, Abi.uint256(3))).isEqualTo(third.postRoot().toArray());
    f.chain.send(OUTSIDER, f.rollup, OptimisticRollupContract.WITHDRAW_BOND.encode());
  }

  @Test
  void aProposerWhoseRootALostGameWithdrewGetsItsBondBackOnceTheBatchBeforeIsFinal() {
    f.fundAliceAndBob();
    final ExecutedBatch first = f.execute(f.transfers(2)); // two items: the proposer moves first, and never does
    final ExecutedBatch second = f.execute(f.transfers(1));
    f.propose(first, fakeRoot(1)); // PROPOSER lies about batch 1
    f.chain.send(OUTSIDER, f.rollup, BOND, OptimisticRollupContract.REGISTER_PROPOSER.encode());
    f.propose(OUTSIDER, 2, second.postRoot(), OptimisticFixture.claimOf(f.sendBatch(second.encoded()), second));
    final long gameId = DisputeGameTest.uint(DisputeGameContract.GAME_STARTED.findIn(
        f.challenge(CHALLENGER, 1, first.postRoot()).logs()).orElseThrow().get(0));
    f.chain.nextBlockAfter(RollupFixture.CLOCK_BUDGET + 1);
    f.chain.send(OUTSIDER, f.game, DisputeGameContract.timeout(gameId));

    assertThat(f.chain.viewUint(f.rollup, OptimisticRollupContract.PENDING_BATCHES, Abi.address(OUTSIDER.address())))
        .as("its root for batch 2 is gone; batch 0 is not final yet").isEqualTo(BigInteger.ONE);
    assertThat(revert(OUTSIDER, OptimisticRollupContract.WITHDRAW_BOND.encode()))
        .isEqualTo("BondLocked(" + OUTSIDER.address().toHex() + ", 1)");
    f.finalizeAfterWindow(0);
    final Receipt withdrawn = f.chain.send(OUTSIDER, f.rollup, OptimisticRollupContract.WITHDRAW_BOND.encode());
    assertThat(OptimisticRollupContract.PROPOSER_BOND_WITHDRAWN.findIn(withdrawn.logs()))
        .as("though batches 1 and 2 have no root").isPresent();
  }

  // ------------------------------------------------------------------ data challenges

  @Test
  void aRightClaimShownInTimeCreditsTheChallengersBondToTheProposerAndTheWindowRunsOn() {
    final Sent one = depositAndTransfer();
    f.propose(PROPOSER, 1, one.batch().postRoot(), one.claim());
    final long windowEnd = f.proposal(1).challengeDeadline();
    assertThat(revert(CHALLENGER, OptimisticRollupContract.challengeData(1), BigInteger.ONE))
        .isEqualTo("WrongBond(1, " + BOND + ")");
    final Receipt challenged = f.challengeData(CHALLENGER, 1);
    final long challengedAt = f.chain.now();
    final long deadline = challengedAt + REVEAL_PERIOD;
    assertThat(OptimisticRollupContract.DATA_CHALLENGED.findIn(challenged.logs()).orElseThrow()).extracting(Type::getValue)
        .containsExactly(BigInteger.ONE, CHALLENGER.address().toHex(), BigInteger.valueOf(deadline));
    assertThat(f.chain.call(f.rollup, OptimisticRollupContract.DATA_CHALLENGE, Abi.uint256(1))).extracting(Type::getValue)
        .containsExactly(CHALLENGER.address().toHex(), BigInteger.valueOf(deadline));
    assertThat(revert(OUTSIDER, OptimisticRollupContract.challengeData(1), BOND)).isEqualTo("BatchDisputed(1, 0)");
    assertThat(f.chain.expectRevert(OUTSIDER, f.game, BOND,
        DisputeGameContract.challenge(1, fakeRoot(1), f.proposed.get(1L))).toString()).isEqualTo("BatchDisputed(1, 0)");
    f.chain.devnet.setNextBlockTimestamp(deadline - 1);
    assertThat(revert(OUTSIDER, OptimisticRollupContract.resolveDataChallenge(1)))
        .isEqualTo("RevealPeriodOpen(1, " + deadline + ")");

    final Receipt shown = f.answer(1); // at the deadline, the last second it may come
    assertThat(f.chain.now()).isEqualTo(deadline);
    final List<Type> read = OptimisticRollupContract.BATCH_DATA_SHOWN.findIn(shown.logs()).orElseThrow();
    assertThat(read.get(1).getValue()).as("claim upheld").isEqualTo(true);
    assertThat(BatchClaim.decode(read, 2)).as("what L1 read").isEqualTo(truth(one.tx(), 2, 1));
    assertThat(read.get(8).getValue()).as("the batch's L1 transaction, by its hash")
        .isEqualTo(one.tx().receipt().transactionHash());
    final long resumedEnd = windowEnd + REVEAL_PERIOD;
    assertThat(OptimisticRollupContract.BATCH_UPHELD.findIn(shown.logs()).orElseThrow()).extracting(Type::getValue)
        .as("game 0: a data challenge; the window gets back the time it took")
        .containsExactly(BigInteger.ONE, BigInteger.ZERO, BigInteger.valueOf(resumedEnd));
    assertThat(f.proposal(1).challengeDeadline()).isEqualTo(resumedEnd);
    assertThat(f.proposal(1).disputed()).isFalse();
    assertThat(OptimisticFixture.credits(shown))
        .containsExactly(new Credit(f.rollup, PROPOSER.address(), BOND, PullPaymentsContract.DATA_CHALLENGE_LOST));
    assertThat(revert(OUTSIDER, f.answerCall(1))).isEqualTo("NoDataChallenge(1)");
    assertThat(f.claim(PROPOSER, f.rollup).received()).as("the challenger's bond").isEqualTo(BOND);
    assertThat(f.chain.balance(f.rollup)).as("the proposer's own bond stays locked").isEqualTo(BOND);
  }

  /** The four things a claim says about its batch, each of which a data challenge checks. */
  enum WrongField {
    DATA_HASH(c -> new BatchClaim(fakeRoot(0), c.itemCount(), c.depositCount(), c.l1Timestamp(), c.anchorBlock(), c.anchorHash())),
    ITEM_COUNT(c -> new BatchClaim(c.dataHash(), c.itemCount() + 1, c.depositCount(), c.l1Timestamp(), c.anchorBlock(), c.anchorHash())),
    DEPOSIT_COUNT(c -> new BatchClaim(c.dataHash(), c.itemCount(), c.depositCount() - 1, c.l1Timestamp(), c.anchorBlock(), c.anchorHash())),
    L1_TIMESTAMP(c -> new BatchClaim(c.dataHash(), c.itemCount(), c.depositCount(), c.l1Timestamp() - 1, c.anchorBlock(), c.anchorHash()));

    private final UnaryOperator<BatchClaim> change;

    WrongField(final UnaryOperator<BatchClaim> change) {
      this.change = change;
    }

    BatchClaim of(final BatchClaim honest) {
      return change.apply(honest);
    }
  }

  @ParameterizedTest(name = "a wrong {0}")
  @EnumSource(WrongField.class)
  void aWrongClaimShownSlashesTheProposerWithdrawsTheClaimAndPutsItsDepositsBack(final WrongField field) {
    final Sent one = depositAndTransfer();
    final BatchClaim wrong = field.of(one.claim());
    f.propose(PROPOSER, 1, one.batch().postRoot(), wrong);
    assertThat(f.nextDeposit()).isEqualTo(BigInteger.valueOf(2 + wrong.depositCount()));
    f.challengeData(CHALLENGER, 1);

    final Receipt shown = f.answer(1);
    final List<Type> read = OptimisticRollupContract.BATCH_DATA_SHOWN.findIn(shown.logs()).orElseThrow();
    assertThat(read.get(1).getValue()).as("claim upheld").isEqualTo(false);
    assertThat(BatchClaim.decode(read, 2)).isEqualTo(truth(one.tx(), 2, 1));
    assertThat(OptimisticRollupContract.PROPOSER_SLASHED.findIn(shown.logs())).isPresent();
    assertThat(rolledBack(shown)).containsExactly(1L);
    assertThat(OptimisticFixture.credits(shown)).as("the slashed bond, and its own back").containsExactly(
        new Credit(f.rollup, CHALLENGER.address(), BOND, PullPaymentsContract.PROPOSER_SLASHED),
        new Credit(f.rollup, CHALLENGER.address(), BOND, PullPaymentsContract.DATA_CHALLENGE_WON));
    assertThat(f.proposedCount()).isEqualTo(BigInteger.ONE);
    assertThat(f.nextDeposit()).isEqualTo(BigInteger.TWO);
    assertThat(f.chain.viewUint(f.rollup, OptimisticRollupContract.BOND_OF, Abi.address(PROPOSER.address()))).isZero();

    f.chain.send(OUTSIDER, f.rollup, BOND, OptimisticRollupContract.REGISTER_PROPOSER.encode());
    f.propose(OUTSIDER, 1, one.batch().postRoot(), one.claim()); // the batch stays: the right claim about it
    assertThat(f.nextDeposit()).isEqualTo(BigInteger.valueOf(3));
  }

  /** Each way a batch is invalid (L2-RULES.md §2.2): it then counts as empty. */
  enum InvalidBatch {
    MALFORMED, NOT_SENT_TO_THE_INBOX, LEAVING_AN_OVERDUE_DEPOSIT_OUT
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(InvalidBatch.class)
  void anInvalidBatchsHonestClaimSaysItIsEmptyAndIsUpheldWhenShown(final InvalidBatch kind) {
    final ExecutedBatch funded = f.fundAliceAndBob();
    final byte[] transfers = new BatchData(L1_FEE_PER_BYTE, f.transfers(2)).encode();
    final SentBatch batchTx = switch (kind) {
      case MALFORMED -> f.sendBatch(Arrays.copyOf(transfers, transfers.length - 1));
      case NOT_SENT_TO_THE_INBOX -> f.sendBatch(transfers, OUTSIDER.address());
      case LEAVING_AN_OVERDUE_DEPOSIT_OUT -> {
        f.deposit(f.bridge, ALICE, BOB.address(), ETHER);
        f.chain.nextBlockAfter(FORCE_INCLUSION_DELAY + 1);
        yield f.sendBatch(transfers);
      }
    };
    f.propose(PROPOSER, 1, funded.postRoot(), batchTx.emptyClaim());
    f.challengeData(CHALLENGER, 1);

    final Receipt shown = f.answer(1);
    final List<Type> read = OptimisticRollupContract.BATCH_DATA_SHOWN.findIn(shown.logs()).orElseThrow();
    assertThat(read.get(1).getValue()).as("claim upheld").isEqualTo(true);
    assertThat(BatchClaim.decode(read, 2)).isEqualTo(truth(batchTx, 0, 0));
    assertThat(OptimisticFixture.credits(shown))
        .containsExactly(new Credit(f.rollup, PROPOSER.address(), BOND, PullPaymentsContract.DATA_CHALLENGE_LOST));
  }

  @Test
  void onlyTheBatchersTransactionWithTheBatchsNonceAnswersAndTheAnswerNamesTheClaimAsProposed() {
    f.fundAliceAndBob();
    final ExecutedBatch batch = f.execute(f.transfers(1));
    final SentBatch batchTx = f.sendBatch(batch.encoded());
    final long outsiderNonce = f.chain.devnet.nonce(OUTSIDER.address());
    final Receipt copy = f.chain.send(OUTSIDER, f.inbox, batch.encoded()); // the same bytes, from someone else
    final SentBatch next = f.sendBatch(new BatchData(L1_FEE_PER_BYTE, f.transfers(1)).encode());
    final long anchor = latestBlock();
    f.propose(PROPOSER, 1, batch.postRoot(), anchoredAt(OptimisticFixture.claimOf(batchTx, batch), anchor));
    f.challengeData(CHALLENGER, 1);
    final BatchClaim claim = f.proposed.get(1L);

    final var copyTx = f.chain.devnet.transaction(copy.transactionHash()).orElseThrow();
    assertThat(revert(OUTSIDER, OptimisticRollupContract.answerDataChallenge(1, claim,
            f.proofOf(copyTx.block().number(), copyTx.index(), anchor))))
        .isEqualTo("NotTheBatch(1, " + OUTSIDER.address().toHex() + ", " + outsiderNonce + ")");
    assertThat(revert(OUTSIDER, OptimisticRollupContract.answerDataChallenge(1, claim, f.proofOf(next, anchor))))
        .as("batch 2's transaction").isEqualTo("NotTheBatch(1, " + BATCHER.address().toHex() + ", " + (f.firstBatcherNonce + 2) + ")");
    final L1InclusionProof proof = f.proofOf(batchTx, anchor);
    assertThat(revert(OUTSIDER, OptimisticRollupContract.answerDataChallenge(1, claim.anchoredAt(Bytes32.ZERO), proof)))
        .as("the claim without L1's anchor hash").isEqualTo("NotTheClaim(1)");
    assertThat(revert(OUTSIDER, OptimisticRollupContract.answerDataChallenge(1, claim, f.proofOf(batchTx, anchor - 1))))
        .as("a proof from another block").isEqualTo("HeaderMismatch(0)");

    assertThat(proof.headers()).as("from the anchor back to the batch's block").hasSize(3);
    final Receipt shown = f.chain.send(OUTSIDER, f.rollup, OptimisticRollupContract.answerDataChallenge(1, claim, proof));
    assertThat(OptimisticRollupContract.BATCH_DATA_SHOWN.findIn(shown.logs()).orElseThrow().get(1).getValue()).isEqualTo(true);
  }

  @Test
  void aClaimAboutABatchTheBatcherNeverSentLosesWhenItsChallengeGoesUnanswered() {
    final ExecutedBatch funded = f.fundAliceAndBob();
    final BatchClaim invented = new BatchClaim(fakeRoot(5), 3, 0, f.chain.now(), latestBlock(), Bytes32.ZERO);
    f.propose(PROPOSER, 1, fakeRoot(1), invented);
    assertThat(revert(OUTSIDER, OptimisticRollupContract.resolveDataChallenge(1))).isEqualTo("NoDataChallenge(1)");
    f.challengeData(CHALLENGER, 1);
    final long deadline = f.chain.now() + REVEAL_PERIOD;
    assertThat(revert(OUTSIDER, OptimisticRollupContract.resolveDataChallenge(1)))
        .isEqualTo("RevealPeriodOpen(1, " + deadline + ")");

    f.chain.devnet.setNextBlockTimestamp(deadline + 1);
    final Receipt resolved = f.chain.send(OUTSIDER, f.rollup, OptimisticRollupContract.resolveDataChallenge(1));
    assertThat(OptimisticRollupContract.DATA_CHALLENGE_UNANSWERED.findIn(resolved.logs())).isPresent();
    assertThat(rolledBack(resolved)).containsExactly(1L);
    assertThat(OptimisticFixture.credits(resolved)).containsExactly(
        new Credit(f.rollup, CHALLENGER.address(), BOND, PullPaymentsContract.PROPOSER_SLASHED),
        new Credit(f.rollup, CHALLENGER.address(), BOND, PullPaymentsContract.DATA_CHALLENGE_WON));
    assertThat(f.chain.view(f.rollup, OptimisticRollupContract.PRE_STATE_ROOT, Abi.uint256(1))).isEqualTo(funded.postRoot().toArray());
    assertThat(revert(OUTSIDER, OptimisticRollupContract.resolveDataChallenge(1))).isEqualTo("NoDataChallenge(1)");
  }

  @Test
  void aRightAnswerAfterTheRevealPeriodIsRefusedAndTheClaimLosesAsUnanswered() {
    final Sent one = depositAndTransfer();
    f.propose(PROPOSER, 1, one.batch().postRoot(), one.claim());
    f.challengeData(CHALLENGER, 1);
    final long deadline = f.chain.now() + REVEAL_PERIOD;
    f.chain.devnet.setNextBlockTimestamp(deadline + 1);

    assertThat(revert(OUTSIDER, f.answerCall(1))).isEqualTo("RevealPeriodOver(1, " + deadline + ")");
    final Receipt resolved = f.chain.send(OUTSIDER, f.rollup, OptimisticRollupContract.resolveDataChallenge(1));
    assertThat(rolledBack(resolved)).containsExactly(1L);
    assertThat(f.nextDeposit()).isEqualTo(BigInteger.TWO);
  }

  @Test
  void aDataChallengeAgainstALaterClaimIsVoidedWhenAnEarlierClaimIsWithdrawnAndItsBondCreditedBack() {
    final Sent one = depositAndTransfer();
    f.propose(PROPOSER, 1, one.batch().postRoot(), WrongField.ITEM_COUNT.of(one.claim()));
    final ExecutedBatch second = f.execute(f.transfers(1));
    f.propose(second, second.postRoot());
    f.challengeData(OUTSIDER, 2);
    f.challengeData(CHALLENGER, 1);

    final Receipt shown = f.answer(1);
    assertThat(rolledBack(shown)).containsExactly(2L, 1L);
    assertThat(OptimisticFixture.credits(shown)).containsExactly(
        new Credit(f.rollup, OUTSIDER.address(), BOND, PullPaymentsContract.DATA_CHALLENGE_VOIDED),
        new Credit(f.rollup, CHALLENGER.address(), BOND, PullPaymentsContract.PROPOSER_SLASHED),
        new Credit(f.rollup, CHALLENGER.address(), BOND, PullPaymentsContract.DATA_CHALLENGE_WON));
    assertThat(f.chain.call(f.rollup, OptimisticRollupContract.DATA_CHALLENGE, Abi.uint256(2))).extracting(Type::getValue)
        .containsExactly(Address.ZERO.toHex(), BigInteger.ZERO);
    assertThat(revert(OUTSIDER, f.answerCall(2))).isEqualTo("NoDataChallenge(2)");
    assertThat(f.claim(OUTSIDER, f.rollup).received()).isEqualTo(BOND);
  }

  @Test
  void aDataChallengeNeedsAClaimInItsWindow() {
    f.fundAliceAndBob();
    assertThat(revert(CHALLENGER, OptimisticRollupContract.challengeData(1), BOND)).isEqualTo("NoRootProposed(1)");
    f.chain.nextBlockAfter(CHALLENGE_PERIOD + 1);
    assertThat(revert(CHALLENGER, OptimisticRollupContract.challengeData(0), BOND)).startsWith("ChallengeWindowClosed(0, ");
    assertThat(revert(OUTSIDER, f.answerCall(0))).isEqualTo("NoDataChallenge(0)");
  }

  // ------------------------------------------------------------------ what L1 reads from a batch

  @Test
  void checkBatchNamesTheRuleAnInvalidBatchBreaks() {
    f.deposit(f.bridge, ALICE, ALICE.address(), ETHER);
    final long queuedAt = f.chain.now();
    final long later = queuedAt + 1;
    final byte[] oneDeposit = new BatchData(1, List.of(BatchItem.deposit(0))).encode();
    assertThat(f.chain.call(f.rollup, OptimisticRollupContract.CHECK_BATCH, Abi.bytes(oneDeposit), Abi.uint64(0),
        Abi.uint256(later))).extracting(Type::getValue).as("items, deposits").containsExactly(BigInteger.ONE, BigInteger.ONE);

    assertThat(check(new byte[5], 0, later)).isEqualTo("TruncatedBatch()");
    assertThat(check(new byte[10], 0, later)).as("a header that counts no runs").isEqualTo("EmptyBatch()");
    assertThat(check(Arrays.copyOf(oneDeposit, oneDeposit.length - 1), 0, later)).isEqualTo("TruncatedBatch()");
    assertThat(check(new BatchData(1, List.of(BatchItem.deposit(0), BatchItem.deposit(2))).encode(), 0, later))
        .as("run 1 starts at deposit 2 where deposit 1 is next").isEqualTo("DepositOutOfOrder(1, 1, 2)");
    assertThat(check(new BatchData(1, List.of(BatchItem.deposit(0), BatchItem.deposit(1))).encode(), 0, later))
        .isEqualTo("UnknownDeposit(1)");
    assertThat(check(oneDeposit, 0, queuedAt)).as("queued in the batch's own block")
        .isEqualTo("DepositTooNew(0, " + queuedAt + ", " + queuedAt + ")");
    final byte[] transfer = new BatchData(1, f.standardTransfers(1)).encode();
    assertThat(check(transfer, 0, queuedAt + FORCE_INCLUSION_DELAY)).as("deposit 0's last second").isEmpty();
    assertThat(check(transfer, 0, queuedAt + FORCE_INCLUSION_DELAY + 1)).isEqualTo("DepositOverdue(0)");
    assertThat(check(Arrays.copyOf(transfer, transfer.length - 1), 0, later)).as("a signature cut short")
        .isEqualTo("TruncatedBatch()");
    assertThat(check(Arrays.copyOf(transfer, transfer.length + 2), 0, later)).as("two bytes after the last column")
        .isEqualTo("ExtraBytes(2)");
    assertThat(check(changed(transfer, 10, 0), 0, later)).as("a run of no items").isEqualTo("BadRun(0)");
    assertThat(check(changed(transfer, 11, 0x7F), 0, later)).as("an unknown shape").isEqualTo("BadRun(0)");
    assertThat(check(changed(transfer, 12, 0xE1), 0, later)).as("a nonce head above 0xE0").isEqualTo("BadRun(0)");
  }

  @Test
  void batchClaimOfCountsAValidBatchAndCountsAnInvalidOneAsEmpty() {
    f.deposit(f.bridge, ALICE, ALICE.address(), ETHER);
    final long at = f.chain.now() + 1;
    final byte[] data = new BatchData(1, List.of(BatchItem.deposit(0), BatchItem.deposit(0))).encode();
    final byte[] valid = new BatchData(1, List.of(BatchItem.deposit(0))).encode();
    assertThat(claimRead(valid, f.inbox, 0, at)).isEqualTo(new BatchClaim(hash(valid), 1, 1, at, 0, Bytes32.ZERO));
    assertThat(claimRead(valid, OUTSIDER.address(), 0, at)).as("sent elsewhere than the inbox")
        .isEqualTo(new BatchClaim(hash(valid), 0, 0, at, 0, Bytes32.ZERO));
    assertThat(claimRead(valid, f.inbox, 1, at)).as("deposit 0 where deposit 1 is next")
        .isEqualTo(new BatchClaim(hash(valid), 0, 0, at, 0, Bytes32.ZERO));
    assertThat(claimRead(data, f.inbox, 0, at)).as("deposit 0 twice").isEqualTo(new BatchClaim(hash(data), 0, 0, at, 0, Bytes32.ZERO));
  }

  // ------------------------------------------------------------------ bonds

  /** Withdrawing a bond sends ETH to the caller itself: a proposer that refuses it locks only its own bond. */
  @Test
  void proposerThatRefusesEtherCannotWithdrawItsBondAndKeepsItLocked() {
    final EtherRefusingAccount refuser = EtherRefusingAccount.deploy(f.chain, OUTSIDER);
    refuser.send(f.rollup, BOND, OptimisticRollupContract.REGISTER_PROPOSER.encode());

    assertThat(refuser.expectRevert(f.rollup, OptimisticRollupContract.WITHDRAW_BOND.encode()).toString())
        .isEqualTo(RollupFixture.paymentFailed(refuser.address(), BOND));
    assertThat(f.chain.viewUint(f.rollup, OptimisticRollupContract.BOND_OF, Abi.address(refuser.address()))).isEqualTo(BOND);
  }

  /**
   * Resolving a game credits the slashed bond instead of sending it, so a winning challenger that
   * refuses ETH cannot keep the false batch disputed (which, batches finalizing in order, would
   * stall every later batch and every withdrawal). The claim is withdrawn, the rollup moves on,
   * and the refusal reverts only the challenger's own claims, leaving both credits in place.
   */
  @Test
  void challengerThatRefusesEtherStillWinsTheFalseClaimIsWithdrawnAndOnlyItsOwnClaimsFail() {
    f.fundAliceAndBob();
    final ExecutedBatch honest = f.execute(f.transfers(2));
    f.propose(honest, fakeRoot(2));
    final EtherRefusingAccount refuser = EtherRefusingAccount.deploy(f.chain, OUTSIDER);
    final Receipt opened = refuser.send(f.game, BOND, DisputeGameContract.challenge(1, honest.postRoot(), f.proposed.get(1L)));
    final long gameId = DisputeGameTest.uint(DisputeGameContract.GAME_STARTED.findIn(opened.logs()).orElseThrow().get(0));
    f.chain.nextBlockAfter(RollupFixture.CLOCK_BUDGET + 1); // the proposer never answers: the challenger wins

    final Receipt timeout = f.chain.send(OUTSIDER, f.game, DisputeGameContract.timeout(gameId));
    assertThat(rolledBack(timeout)).containsExactly(1L);
    f.chain.send(PROPOSER, f.rollup, BOND, OptimisticRollupContract.REGISTER_PROPOSER.encode()); // slashed: a new bond
    f.propose(PROPOSER, 1, honest.postRoot(), OptimisticFixture.claimOf(f.sent.get(1), honest));
    f.finalizeAfterWindow(0);
    f.finalizeAfterWindow(1);
    assertThat(f.chain.viewUint(f.rollup, OptimisticRollupContract.FINALIZED_COUNT)).isEqualTo(BigInteger.TWO);

    for (final Address contract : List.of(f.rollup, f.game)) {
      assertThat(refuser.expectRevert(contract, PullPaymentsContract.CLAIM.encode()).toString())
          .isEqualTo(RollupFixture.paymentFailed(refuser.address(), BOND));
      assertThat(f.claimable(contract, refuser.address())).as("the credit waits for the refuser").isEqualTo(BOND);
    }
  }

  @Test
  void claimWithoutACreditIsRefused() {
    for (final Address contract : List.of(f.rollup, f.game)) {
      assertThat(f.chain.expectRevert(OUTSIDER, contract, PullPaymentsContract.CLAIM.encode()).toString())
          .isEqualTo("NothingToClaim(" + OUTSIDER.address().toHex() + ")");
    }
  }

  // ------------------------------------------------------------------ helpers

  /** A batch the batcher sent, the honest node's execution of it, and its honest claim. */
  /**
   * Reading the shown batch is a call L1 makes to itself, which can run out of gas while the
   * answer goes on with the 1/64 it kept. Whatever the answer's gas, a valid batch is never read as
   * empty: the answer reverts with {@code CheckOutOfGas} instead, or runs out of gas itself.
   */
  @Test
  void anAnswerStarvedOfGasNeverReadsAValidBatchAsEmpty() {
    final Sent one = depositAndTransfer();
    f.propose(PROPOSER, 1, one.batch().postRoot(), one.claim());
    f.challengeData(CHALLENGER, 1);
    final byte[] answer = f.answerCall(1);
    // a call forwards at most 63/64 of what is left: the answer needs more than the gas it uses
    final long used = f.chain.callWithGas(OUTSIDER, f.rollup, answer, 15_000_000).gasUsed();

    final Set<String> outcomes = new TreeSet<>();
    for (long gas = used + 20_000; gas > used - 40_000; gas -= 250) {
      final TransactionResult result = f.chain.callWithGas(OUTSIDER, f.rollup, answer, gas);
      if (result.success()) {
        final List<Type> shown = OptimisticRollupContract.BATCH_DATA_SHOWN.findIn(result.logs()).orElseThrow();
        assertThat(shown.get(1).getValue()).as("upheld with %d gas", gas).isEqualTo(true);
        outcomes.add("upheld");
      } else {
        outcomes.add(ContractError.decode(result.output()).map(ContractError::name).orElse("out of gas"));
      }
    }
    assertThat(outcomes).containsExactly("CheckOutOfGas", "out of gas", "upheld");
  }

  private record Sent(SentBatch tx, ExecutedBatch batch) {
    BatchClaim claim() {
      return OptimisticFixture.claimOf(tx, batch);
    }
  }

  /** After fundAliceAndBob: batch 1, one transfer, sent. */
  private Sent transferBatch() {
    final ExecutedBatch batch = f.execute(f.transfers(1));
    return new Sent(f.sendBatch(batch.encoded()), batch);
  }

  /** Batch 1 (after batch 0 funded Alice and Bob): deposit 2 and a transfer, sent a minute after the deposit. */
  private Sent depositAndTransfer() {
    f.fundAliceAndBob();
    f.deposit(f.bridge, BOB, ALICE.address(), ETHER);
    final ExecutedBatch batch = f.execute(List.of(BatchItem.deposit(2), f.transfers(1).get(0)));
    f.chain.nextBlockAfter(60);
    return new Sent(f.sendBatch(batch.encoded()), batch);
  }

  /** What L1 reads from {@code batchTx} when it holds {@code items} items and {@code deposits} deposits: no anchor. */
  private static BatchClaim truth(final SentBatch batchTx, final long items, final long deposits) {
    return new BatchClaim(batchTx.dataHash(), items, deposits, batchTx.l1Timestamp(), 0, Bytes32.ZERO);
  }

  private static BatchClaim anchoredAt(final BatchClaim claim, final long anchorBlock) {
    return new BatchClaim(claim.dataHash(), claim.itemCount(), claim.depositCount(), claim.l1Timestamp(), anchorBlock,
        Bytes32.ZERO);
  }

  private byte[] proposeAnchoredAt(final Sent sent, final long anchorBlock) {
    return OptimisticRollupContract.proposeRoot(1, sent.batch().postRoot(), anchoredAt(sent.claim(), anchorBlock));
  }

  private Bytes32 blockHash(final long number) {
    return Bytes32.wrap(f.chain.devnet.block(number).orElseThrow().hash());
  }

  private long latestBlock() {
    return f.chain.devnet.latestBlock().number();
  }

  private static List<Long> rolledBack(final Receipt receipt) {
    return receipt.logs().stream()
        .flatMap(log -> OptimisticRollupContract.ROOT_ROLLED_BACK.decode(log).stream())
        .map(v -> DisputeGameTest.uint(v.get(0)))
        .toList();
  }

  private String revert(final DevAccount from, final byte[] call) {
    return revert(from, call, BigInteger.ZERO);
  }

  private String revert(final DevAccount from, final byte[] call, final BigInteger value) {
    return f.chain.expectRevert(from, f.rollup, value, call).toString();
  }

  /** The error {@code checkBatch} reverts with, or "" if the batch is valid. */
  private String check(final byte[] data, final long firstDeposit, final long l1Timestamp) {
    return f.chain.revertOfCall(f.rollup, OptimisticRollupContract.checkBatch(data, firstDeposit, l1Timestamp))
        .map(ContractError::toString).orElse("");
  }

  private BatchClaim claimRead(final byte[] data, final Address to, final long firstDeposit, final long l1Timestamp) {
    return BatchClaim.decode(f.chain.call(f.rollup, OptimisticRollupContract.BATCH_CLAIM_OF, Abi.bytes(data), Abi.address(to),
        Abi.uint64(firstDeposit), Abi.uint256(l1Timestamp)), 0);
  }

  private static Bytes32 hash(final byte[] data) {
    return Bytes32.wrap(Keccak.hash(data));
  }

  private static byte[] changed(final byte[] data, final int at, final int value) {
    final byte[] copy = data.clone();
    copy[at] = (byte) value;
    return copy;
  }
}
