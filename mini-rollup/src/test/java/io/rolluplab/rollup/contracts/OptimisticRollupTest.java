package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.RollupFixture.ALICE;
import static io.rolluplab.rollup.contracts.RollupFixture.BOB;
import static io.rolluplab.rollup.contracts.RollupFixture.BOND;
import static io.rolluplab.rollup.contracts.RollupFixture.DEPLOYER;
import static io.rolluplab.rollup.contracts.RollupFixture.FORCE_INCLUSION_DELAY;
import static io.rolluplab.rollup.contracts.RollupFixture.OUTSIDER;
import static io.rolluplab.rollup.contracts.RollupFixture.PROPOSER;
import static io.rolluplab.rollup.contracts.RollupFixture.REVEAL_PERIOD;
import static io.rolluplab.rollup.contracts.RollupFixture.fakeRoot;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.contracts.RollupFixture.ExecutedBatch;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.Hash;

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
  void postedBatchHoldsWhatL1ReadFromTheDataAndItsRootComesInASecondTransaction() {
    f.fundAliceAndBob();
    f.deposit(f.bridge, ALICE, BOB.address(), L1TestChain.ETHER);
    final List<BatchItem> items = new ArrayList<>(f.transfers(3));
    items.add(1, BatchItem.deposit(2));
    final ExecutedBatch batch = f.execute(items);
    final Receipt posted = f.post(batch);
    final List<Type> accepted = OptimisticRollupContract.BATCH_DATA_ACCEPTED.findIn(posted.logs()).orElseThrow();
    assertThat(accepted.get(1).getValue()).as("dataHash").isEqualTo(Hash.sha3(batch.encoded()));
    assertThat(accepted.stream().skip(2).map(v -> v.getValue())).as("itemCount, l1FeePerByte, firstDeposit, depositCount")
        .containsExactly(BigInteger.valueOf(4), BigInteger.valueOf(RollupFixture.L1_FEE_PER_BYTE), BigInteger.TWO,
            BigInteger.ONE);
    assertThat(f.proposal(1)).as("no proposal yet: L1 holds only the batch's commitment")
        .isEqualTo(new OptimisticRollupContract.Proposal(Bytes32.ZERO, Bytes32.ZERO, Address.ZERO, 0, 0, false, 0, 0));
    assertThat(f.proposedCount()).isEqualTo(BigInteger.ONE);
    assertThat(f.chain.expectRevert(PROPOSER, f.rollup,
            OptimisticRollupContract.proposeRoot(1, batch.postRoot(), batch.dataHash(), batch.itemCount() - 1)).toString())
        .as("the commitment holds the item count").startsWith("NotPosted(1, ");

    final Receipt proposed = f.proposeRoot(PROPOSER, 1, batch.postRoot());
    assertThat(f.proposal(1).dataHash()).as("copied from the commitment").isEqualTo(batch.dataHash());
    assertThat(f.proposal(1).itemCount()).isEqualTo(4);
    final List<Type> event = OptimisticRollupContract.BATCH_PROPOSED.findIn(proposed.logs()).orElseThrow();
    assertThat(event.get(1).getValue()).isEqualTo(PROPOSER.address().toHex());
    assertThat(f.proposal(1).postStateRoot()).isEqualTo(batch.postRoot());
    assertThat(f.proposal(1).proposer()).isEqualTo(PROPOSER.address());
    assertThat(f.proposal(1).challengeDeadline()).isEqualTo(f.chain.now() + RollupFixture.CHALLENGE_PERIOD);
    assertThat(f.chain.viewUint(f.rollup, OptimisticRollupContract.PENDING_BATCHES, Abi.address(PROPOSER.address())))
        .isEqualTo(BigInteger.TWO);
  }

  @Test
  void onlyTheBatcherPostsData() {
    f.deposit(f.bridge, ALICE, ALICE.address(), L1TestChain.ETHER);
    final byte[] data = new BatchData(1, List.of(BatchItem.deposit(0))).encode();
    assertThat(f.chain.view(f.rollup, OptimisticRollupContract.BATCHER)).isEqualTo(DEPLOYER.address().toHex());
    assertThat(f.chain.expectRevert(PROPOSER, f.rollup, OptimisticRollupContract.postBatch(data, 1)).toString())
        .isEqualTo("NotBatcher(" + PROPOSER.address().toHex() + ")");
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup,
            OptimisticRollupContract.postBatchCommitment(Bytes32.wrap(Hash.sha3(data)))).name())
        .isEqualTo("NotBatcher");
    assertThat(f.batchCount()).isZero();
  }

  @Test
  void rootsAreProposedInOrderByRegisteredProposersForPostedBatchesOnly() {
    f.fundAliceAndBob();
    f.post(f.execute(f.transfers(1)));
    f.post(f.execute(f.transfers(1)));
    assertThat(f.chain.expectRevert(PROPOSER, f.rollup, f.proposeRootCall(2, fakeRoot(2))).toString())
        .isEqualTo("NotNextToPropose(2, 1)");
    assertThat(f.chain.expectRevert(PROPOSER, f.rollup, f.proposeRootCall(0, fakeRoot(0))).name())
        .isEqualTo("NotNextToPropose");
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup, f.proposeRootCall(1, fakeRoot(1))).name())
        .isEqualTo("NotRegistered");
    f.chain.nextBlockAfter(RollupFixture.CHALLENGE_PERIOD + 1);
    f.chain.send(OUTSIDER, f.rollup, OptimisticRollupContract.finalize(0));
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup, OptimisticRollupContract.finalize(1)).toString())
        .isEqualTo("NoRootProposed(1)");
    f.proposeRoot(PROPOSER, 1, fakeRoot(1));
    f.proposeRoot(PROPOSER, 2, fakeRoot(2));
    assertThat(f.chain.expectRevert(PROPOSER, f.rollup, f.proposeRootCall(3, fakeRoot(3))).toString())
        .as("no batch 3 yet").isEqualTo("UnknownBatch(3)");
    assertThat(f.chain.view(f.rollup, OptimisticRollupContract.PRE_STATE_ROOT, Abi.uint256(2))).isEqualTo(fakeRoot(1).toArray());
  }

  /** A batch's commitment waits in a ring of 32 reused slots until its first proposal copies it out. */
  @Test
  void atMost32PostedBatchesWaitForARootAndProposingOneFreesItsRingSlot() {
    f.fundAliceAndBob();
    final int ring = f.chain.viewUint(f.rollup, OptimisticRollupContract.MAX_UNPROPOSED).intValueExact();
    assertThat(ring).isEqualTo(32);
    for (int i = 0; i < ring; i++) {
      f.post(f.execute(f.transfers(1)));
    }
    final ExecutedBatch next = f.execute(f.transfers(1));
    assertThat(postRaw(next.encoded(), 0)).isEqualTo("TooManyUnproposed");
    f.proposeRoot(PROPOSER, 1, f.posted.get(1L).postRoot());
    f.post(next);
    f.proposeRoot(PROPOSER, 2, f.posted.get(2L).postRoot());
    assertThat(f.proposal(2).dataHash()).as("batch 2's commitment was still there").isEqualTo(f.posted.get(2L).dataHash());
  }

  @Test
  void withheldDataTakesNoRootAndNoLaterBatchUntilAnyoneRevealsTheRightBytes() {
    f.fundAliceAndBob();
    f.deposit(f.bridge, ALICE, BOB.address(), L1TestChain.ETHER);
    final ExecutedBatch hidden = f.execute(List.of(BatchItem.deposit(2), f.transfers(1).get(0)));
    final Bytes32 dataHash = Bytes32.wrap(Hash.sha3(hidden.encoded()));
    final Receipt committed = f.chain.send(DEPLOYER, f.rollup, OptimisticRollupContract.postBatchCommitment(dataHash));
    GasReport.print("postBatchCommitment", committed.gasUsed());
    final List<Type> withheld = OptimisticRollupContract.BATCH_DATA_WITHHELD.findIn(committed.logs()).orElseThrow();
    assertThat(withheld.get(1).getValue()).isEqualTo(dataHash.toArray());
    assertThat(DisputeGameTest.uint(withheld.get(2))).isEqualTo(f.chain.now() + REVEAL_PERIOD);
    assertThat(f.lastBatchDataAvailable()).isFalse();

    assertThat(f.chain.expectRevert(PROPOSER, f.rollup, f.proposeRootCall(1, hidden.postRoot())).toString())
        .isEqualTo("DataUnavailable(1)");
    final ExecutedBatch next = f.execute(f.transfers(1));
    assertThat(f.chain.expectRevert(DEPLOYER, f.rollup, OptimisticRollupContract.postBatch(next.encoded(), 0)).toString())
        .isEqualTo("DataUnavailable(1)");
    assertThat(f.chain.expectRevert(DEPLOYER, f.rollup, OptimisticRollupContract.postBatchCommitment(fakeRoot(9))).toString())
        .isEqualTo("DataUnavailable(1)");
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup, OptimisticRollupContract.dropUnavailableBatch(1)).name())
        .isEqualTo("RevealPeriodOpen");

    final ContractError wrongBytes = f.chain.expectRevert(OUTSIDER, f.rollup,
        OptimisticRollupContract.revealBatchData(1, next.encoded(), 0));
    assertThat(wrongBytes.name()).isEqualTo("DataHashMismatch");
    assertThat(wrongBytes.args().get(1).getValue()).as("the hash L1 holds").isEqualTo(dataHash.toArray());
    assertThat(f.lastBatchDataAvailable()).as("the wrong bytes changed nothing").isFalse();
    assertThat(f.chain.view(f.rollup, OptimisticRollupContract.NEXT_DEPOSIT)).isEqualTo(BigInteger.TWO);

    final Receipt revealed = f.chain.send(OUTSIDER, f.rollup, OptimisticRollupContract.revealBatchData(1, hidden.encoded(), 1));
    f.posted.put(1L, hidden);
    GasReport.print("revealBatchData, 2 items (" + hidden.encoded().length + " bytes)", revealed.gasUsed());
    final List<Type> accepted = OptimisticRollupContract.BATCH_DATA_ACCEPTED.findIn(revealed.logs()).orElseThrow();
    assertThat(DisputeGameTest.uint(accepted.get(0))).isEqualTo(1);
    assertThat(DisputeGameTest.uint(accepted.get(2))).as("itemCount").isEqualTo(2);
    assertThat(f.lastBatchDataAvailable()).isTrue();
    assertThat(f.chain.view(f.rollup, OptimisticRollupContract.NEXT_DEPOSIT)).isEqualTo(BigInteger.valueOf(3));
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup, OptimisticRollupContract.revealBatchData(1, hidden.encoded(), 1)).name())
        .isEqualTo("DataAlreadyAvailable");
    f.chain.nextBlockAfter(REVEAL_PERIOD + 1);
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup, OptimisticRollupContract.dropUnavailableBatch(1)).name())
        .isEqualTo("DataAlreadyAvailable");

    f.proposeRoot(PROPOSER, 1, hidden.postRoot());
    f.post(next);
    f.proposeRoot(PROPOSER, 2, next.postRoot());
    assertThat(f.proposedCount()).isEqualTo(BigInteger.valueOf(3));
  }

  @Test
  void withheldDataNotRevealedInTimeIsDroppedByAnyoneAndTheBatcherPostsTheTransactionsAgain() {
    f.fundAliceAndBob();
    final ExecutedBatch batch = f.execute(f.transfers(2));
    f.chain.send(DEPLOYER, f.rollup, OptimisticRollupContract.postBatchCommitment(Bytes32.wrap(Hash.sha3(batch.encoded()))));
    f.chain.nextBlockAfter(REVEAL_PERIOD + 1);
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup, OptimisticRollupContract.revealBatchData(1, batch.encoded(), 0)).name())
        .isEqualTo("RevealPeriodOver");
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup, OptimisticRollupContract.dropUnavailableBatch(2)).name())
        .isEqualTo("UnknownBatch");

    final Receipt dropped = f.chain.send(OUTSIDER, f.rollup, OptimisticRollupContract.dropUnavailableBatch(1));
    final List<Type> event = OptimisticRollupContract.BATCH_DROPPED.findIn(dropped.logs()).orElseThrow();
    assertThat(DisputeGameTest.uint(event.get(0))).isEqualTo(1);
    assertThat(event.get(1).getValue()).isEqualTo(Hash.sha3(batch.encoded()));
    assertThat(f.batchCount()).isEqualTo(BigInteger.ONE);
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup, OptimisticRollupContract.PROPOSAL_OF.encode(Abi.uint256(1))).name())
        .isEqualTo("UnknownBatch");

    f.propose(batch, batch.postRoot()); // posted again, as batch 1, with its data this time
    assertThat(f.proposal(1).dataHash()).isEqualTo(Bytes32.wrap(Hash.sha3(batch.encoded())));
    assertThat(f.lastBatchDataAvailable()).isTrue();
    assertThat(f.proposedCount()).isEqualTo(BigInteger.TWO);
  }

  /**
   * A lost game withdraws the liar's root and every root after it (built on it), latest first; the
   * data and the deposits it consumed stay. A different proposer then proposes the true roots.
   */
  @Test
  void aProposerWhoseRootALostGameWithdrewGetsItsBondBackOnceTheBatchBeforeIsFinal() {
    f.fundAliceAndBob();
    final ExecutedBatch first = f.execute(f.transfers(2)); // two items: the proposer moves first, and never does
    final ExecutedBatch second = f.execute(f.transfers(1));
    f.propose(first, fakeRoot(1)); // PROPOSER lies about batch 1
    f.chain.send(OUTSIDER, f.rollup, BOND, OptimisticRollupContract.REGISTER_PROPOSER.encode());
    f.post(second);
    f.proposeRoot(OUTSIDER, 2, second.postRoot()); // built on the lie, so withdrawn with it
    final long gameId = DisputeGameTest.uint(DisputeGameContract.GAME_STARTED.findIn(
        f.challenge(RollupFixture.CHALLENGER, 1, first.postRoot()).logs()).orElseThrow().get(0));
    f.chain.nextBlockAfter(RollupFixture.CLOCK_BUDGET + 1);
    f.chain.send(OUTSIDER, f.game, DisputeGameContract.timeout(gameId));

    assertThat(f.chain.viewUint(f.rollup, OptimisticRollupContract.PENDING_BATCHES, Abi.address(OUTSIDER.address())))
        .as("its root for batch 2 is gone; batch 0 is not final yet").isEqualTo(BigInteger.ONE);
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup, OptimisticRollupContract.WITHDRAW_BOND.encode()).toString())
        .isEqualTo("BondLocked(" + OUTSIDER.address().toHex() + ", 1)");
    f.finalizeAfterWindow(0);
    final Receipt withdrawn = f.chain.send(OUTSIDER, f.rollup, OptimisticRollupContract.WITHDRAW_BOND.encode());
    assertThat(OptimisticRollupContract.PROPOSER_BOND_WITHDRAWN.findIn(withdrawn.logs()))
        .as("though batches 1 and 2 have no root").isPresent();
  }

  @Test
  void lostDisputeWithdrawsTheRootsFromThatBatchOnAndAnotherProposerProposesThemAgain() {
    f.fundAliceAndBob();
    final ExecutedBatch first = f.execute(f.transfers(2));
    f.deposit(f.bridge, BOB, ALICE.address(), L1TestChain.ETHER);
    final ExecutedBatch second = f.execute(List.of(BatchItem.deposit(2)));
    final ExecutedBatch third = f.execute(f.transfers(1));
    f.propose(first, fakeRoot(1));
    f.propose(second, fakeRoot(2));
    f.post(third);
    final long gameId = DisputeGameTest.uint(DisputeGameContract.GAME_STARTED.findIn(
        f.challenge(RollupFixture.CHALLENGER, 1, first.postRoot()).logs()).orElseThrow().get(0));
    f.chain.nextBlockAfter(RollupFixture.CLOCK_BUDGET + 1); // the liar never answers

    final Receipt lost = f.chain.send(OUTSIDER, f.game, DisputeGameContract.timeout(gameId));
    final List<Long> withdrawn = lost.logs().stream()
        .flatMap(log -> OptimisticRollupContract.ROOT_ROLLED_BACK.decode(log).stream())
        .map(v -> DisputeGameTest.uint(v.get(0)))
        .toList();
    assertThat(withdrawn).as("latest first").containsExactly(2L, 1L);
    assertThat(f.proposedCount()).isEqualTo(BigInteger.ONE);
    assertThat(f.batchCount()).as("the data stays").isEqualTo(BigInteger.valueOf(4));
    assertThat(f.chain.view(f.rollup, OptimisticRollupContract.NEXT_DEPOSIT)).as("no deposit unconsumed").isEqualTo(BigInteger.valueOf(3));
    assertThat(f.proposal(2).postStateRoot()).isEqualTo(Bytes32.ZERO);
    assertThat(f.proposal(2).proposer()).isEqualTo(Address.ZERO);
    assertThat(f.chain.viewUint(f.rollup, OptimisticRollupContract.BOND_OF, Abi.address(PROPOSER.address()))).isZero();
    assertThat(f.chain.viewUint(f.rollup, OptimisticRollupContract.PENDING_BATCHES, Abi.address(PROPOSER.address())))
        .as("batch 0's root is still pending").isEqualTo(BigInteger.ONE);

    f.chain.send(OUTSIDER, f.rollup, BOND, OptimisticRollupContract.REGISTER_PROPOSER.encode());
    f.proposeRoot(OUTSIDER, 1, first.postRoot());
    f.proposeRoot(OUTSIDER, 2, second.postRoot());
    f.proposeRoot(OUTSIDER, 3, third.postRoot());
    assertThat(f.chain.view(f.rollup, OptimisticRollupContract.PRE_STATE_ROOT, Abi.uint256(3))).isEqualTo(second.postRoot().toArray());
    f.finalizeAfterWindow(0);
    for (long i = 1; i <= 3; i++) {
      f.chain.send(OUTSIDER, f.rollup, OptimisticRollupContract.finalize(i));
    }
    assertThat(f.chain.view(f.rollup, OptimisticRollupContract.FINALIZED_STATE_ROOT, Abi.uint256(3))).isEqualTo(third.postRoot().toArray());
    f.chain.send(OUTSIDER, f.rollup, OptimisticRollupContract.WITHDRAW_BOND.encode());
  }

  @Test
  void malformedBatchesAreRefused() {
    f.deposit(f.bridge, ALICE, ALICE.address(), L1TestChain.ETHER);
    assertThat(postRaw(new byte[5], 0)).isEqualTo("TruncatedBatch");
    assertThat(postRaw(new byte[10], 0)).as("a header that counts no runs").isEqualTo("EmptyBatch");
    final byte[] cut = new BatchData(1, List.of(BatchItem.deposit(0))).encode();
    assertThat(postRaw(Arrays.copyOf(cut, cut.length - 1), 1)).isEqualTo("TruncatedBatch");
    assertThat(postRaw(new BatchData(1, List.of(BatchItem.deposit(1))).encode(), 1)).isEqualTo("DepositOutOfOrder");
    assertThat(postRaw(new BatchData(1, List.of(BatchItem.deposit(0))).encode(), 0)).isEqualTo("DepositCountMismatch");
    assertThat(postRaw(new BatchData(1, List.of(BatchItem.deposit(0), BatchItem.deposit(1))).encode(), 2))
        .isEqualTo("UnknownDeposit");
    assertThat(f.batchCount()).isZero();
  }

  @Test
  void aMalformedBatchIsRefusedWithWhatIsWrong() {
    assertThat(postRawError(new BatchData(1, List.of(BatchItem.deposit(0), BatchItem.deposit(2))).encode(), 2))
        .as("run 1 starts at deposit 2 where deposit 1 is next").isEqualTo("DepositOutOfOrder(1, 1, 2)");
    final byte[] transfer = new BatchData(1, f.standardTransfers(1)).encode();
    assertThat(postRawError(Arrays.copyOf(transfer, transfer.length - 1), 0))
        .as("a signature cut short").isEqualTo("TruncatedBatch()");
    assertThat(postRawError(Arrays.copyOf(transfer, transfer.length + 2), 0))
        .as("two bytes after the last column").isEqualTo("ExtraBytes(2)");
    assertThat(postRawError(changed(transfer, 10, 0), 0)).as("a run of no items").isEqualTo("BadRun(0)");
    assertThat(postRawError(changed(transfer, 11, 0x7F), 0)).as("an unknown shape").isEqualTo("BadRun(0)");
    assertThat(postRawError(changed(transfer, 12, 0xE1), 0)).as("a nonce head above 0xE0").isEqualTo("BadRun(0)");
  }

  private static byte[] changed(final byte[] data, final int at, final int value) {
    final byte[] copy = data.clone();
    copy[at] = (byte) value;
    return copy;
  }

  @Test
  void overdueDepositMustBeInTheNextBatch() {
    f.fundAliceAndBob();
    f.deposit(f.bridge, ALICE, ALICE.address(), L1TestChain.ETHER);
    final ExecutedBatch withoutIt = f.execute(f.transfers(1));
    f.chain.nextBlockAfter(FORCE_INCLUSION_DELAY + 1);
    assertThat(postRaw(withoutIt.encoded(), 0)).isEqualTo("DepositOverdue");
    final ExecutedBatch withIt = f.execute(List.of(BatchItem.deposit(2)));
    f.propose(withIt, withIt.postRoot());
    assertThat(f.chain.view(f.rollup, OptimisticRollupContract.NEXT_DEPOSIT)).isEqualTo(BigInteger.valueOf(3));
  }

  @Test
  void batchesFinalizeInOrderAfterTheirWindowAndNotWhileDisputed() {
    f.fundAliceAndBob();
    f.propose(f.execute(f.transfers(1)), fakeRoot(1));
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup, OptimisticRollupContract.finalize(1)).name()).isEqualTo("NotNextToFinalize");
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup, OptimisticRollupContract.finalize(0)).name()).isEqualTo("ChallengeWindowOpen");
    f.challenge(RollupFixture.CHALLENGER, 1, fakeRoot(7));
    final Receipt finalized = f.finalizeAfterWindow(0);
    assertThat(OptimisticRollupContract.BATCH_FINALIZED.findIn(finalized.logs())).isPresent();
    assertThat(f.chain.view(f.rollup, OptimisticRollupContract.FINALIZED_STATE_ROOT, Abi.uint256(0)))
        .isEqualTo(f.chain.view(f.rollup, OptimisticRollupContract.PRE_STATE_ROOT, Abi.uint256(1)));
    assertThat(f.chain.view(f.rollup, OptimisticRollupContract.FINALIZED_STATE_ROOT, Abi.uint256(1))).isEqualTo(new byte[32]);
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup, OptimisticRollupContract.finalize(1)).name()).isEqualTo("BatchDisputed");
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup, OptimisticRollupContract.finalize(5)).name()).isEqualTo("NotNextToFinalize");
  }

  @Test
  void onlyTheDisputeGameMayOpenUpholdOrRejectABatch() {
    f.fundAliceAndBob();
    for (final byte[] call : List.of(
        OptimisticRollupContract.OPEN_DISPUTE.encode(Abi.uint256(0), Abi.uint64(1)),
        OptimisticRollupContract.UPHOLD_BATCH.encode(Abi.uint256(0)),
        OptimisticRollupContract.REJECT_BATCH.encode(Abi.uint256(0), Abi.address(OUTSIDER.address())))) {
      assertThat(f.chain.expectRevert(OUTSIDER, f.rollup, call).name()).isEqualTo("OnlyDisputeGame");
    }
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup, OptimisticRollupContract.PROPOSAL_OF.encode(Abi.uint256(4))).name())
        .isEqualTo("UnknownBatch");
  }

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
   * stall every later batch and every withdrawal). The batch is rolled back, the rollup moves on,
   * and the refusal reverts only the challenger's own claims, leaving both credits in place.
   */
  @Test
  void challengerThatRefusesEtherStillWinsTheFalseBatchIsRolledBackAndOnlyItsOwnClaimsFail() {
    f.fundAliceAndBob();
    final ExecutedBatch honest = f.execute(f.transfers(2));
    f.propose(honest, fakeRoot(2));
    final EtherRefusingAccount refuser = EtherRefusingAccount.deploy(f.chain, OUTSIDER);
    final Receipt opened = refuser.send(f.game, BOND, DisputeGameContract.challenge(1, honest.postRoot()));
    final long gameId = DisputeGameTest.uint(DisputeGameContract.GAME_STARTED.findIn(opened.logs()).orElseThrow().get(0));
    f.chain.nextBlockAfter(RollupFixture.CLOCK_BUDGET + 1); // the proposer never answers: the challenger wins

    final Receipt timeout = f.chain.send(OUTSIDER, f.game, DisputeGameContract.timeout(gameId));
    assertThat(OptimisticRollupContract.ROOT_ROLLED_BACK.findIn(timeout.logs())).isPresent();
    assertThat(f.proposedCount()).isEqualTo(BigInteger.ONE);
    f.chain.send(PROPOSER, f.rollup, BOND, OptimisticRollupContract.REGISTER_PROPOSER.encode()); // slashed: a new bond
    f.proposeRoot(PROPOSER, 1, honest.postRoot());
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

  @ParameterizedTest
  @ValueSource(ints = {1, 16, 64, 100})
  void gasOfPostBatchPerItem(final int items) {
    f.fundAliceAndBob();
    final ExecutedBatch batch = f.execute(f.transfers(items));
    final Receipt posted = f.post(batch);
    GasReport.print("postBatch, " + items + " transfers (" + batch.encoded().length + " bytes)", posted.gasUsed());
    GasReport.print("postBatch, " + items + " transfers, per item", posted.gasUsed() / items);
    final long calldata = GasReport.calldataGas(OptimisticRollupContract.postBatch(batch.encoded(), 0));
    GasReport.print("postBatch, " + items + " transfers, of it calldata per item", calldata / items);
  }

  @Test
  void gasOfProposeRootAndFinalize() {
    f.fundAliceAndBob();
    final ExecutedBatch batch = f.execute(f.transfers(1));
    f.post(batch);
    GasReport.print("proposeRoot", f.proposeRoot(PROPOSER, 1, batch.postRoot()).gasUsed());
    f.finalizeAfterWindow(0);
    GasReport.print("finalize", f.chain.send(OUTSIDER, f.rollup, OptimisticRollupContract.finalize(1)).gasUsed());
  }

  private String postRawError(final byte[] batchData, final long depositsConsumed) {
    return f.chain.expectRevert(DEPLOYER, f.rollup, OptimisticRollupContract.postBatch(batchData, depositsConsumed)).toString();
  }

  private String postRaw(final byte[] batchData, final long depositsConsumed) {
    return f.chain.expectRevert(DEPLOYER, f.rollup, OptimisticRollupContract.postBatch(batchData, depositsConsumed)).name();
  }
}
