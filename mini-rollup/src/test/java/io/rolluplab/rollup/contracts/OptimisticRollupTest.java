package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.RollupFixture.ALICE;
import static io.rolluplab.rollup.contracts.RollupFixture.BOND;
import static io.rolluplab.rollup.contracts.RollupFixture.FORCE_INCLUSION_DELAY;
import static io.rolluplab.rollup.contracts.RollupFixture.OUTSIDER;
import static io.rolluplab.rollup.contracts.RollupFixture.PROPOSER;
import static io.rolluplab.rollup.contracts.RollupFixture.fakeRoot;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.contracts.RollupFixture.ExecutedBatch;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
  void proposalStoresWhatL1ReadFromTheBatchData() {
    f.fundAliceAndBob();
    final ExecutedBatch batch = f.execute(f.transfers(3));
    final Receipt proposed = f.propose(batch, batch.postRoot());
    final List<Type> accepted = OptimisticRollupContract.BATCH_DATA_ACCEPTED.findIn(proposed.logs()).orElseThrow();
    assertThat(accepted.get(2).getValue()).as("txRoot").isEqualTo(batch.data().txRoot().root().toArray());
    assertThat(DisputeGameTest.uint(accepted.get(3))).as("itemCount").isEqualTo(3);
    final List<Type> stored = f.batch(1);
    assertThat(stored.get(0).getValue()).as("dataHash").isEqualTo(org.web3j.crypto.Hash.sha3(batch.encoded()));
    assertThat(stored.get(2).getValue()).as("postStateRoot").isEqualTo(batch.postRoot().toArray());
    assertThat(OptimisticRollupContract.BATCH_PROPOSED.findIn(proposed.logs())).isPresent();
  }

  @Test
  void malformedBatchesAreRefused() {
    f.deposit(f.bridge, ALICE, ALICE.address(), L1TestChain.ETHER);
    assertThat(proposeRaw(new byte[5], 0)).isEqualTo("TruncatedBatch");
    assertThat(proposeRaw(new BatchData(1, List.of()).encode(), 0)).isEqualTo("EmptyBatch");
    final byte[] cut = new BatchData(1, List.of(BatchItem.deposit(0))).encode();
    assertThat(proposeRaw(Arrays.copyOf(cut, cut.length - 1), 1)).isEqualTo("TruncatedBatch");
    assertThat(proposeRaw(new BatchData(1, List.of(BatchItem.deposit(1))).encode(), 1)).isEqualTo("DepositOutOfOrder");
    assertThat(proposeRaw(new BatchData(1, List.of(BatchItem.deposit(0))).encode(), 0)).isEqualTo("DepositCountMismatch");
    assertThat(proposeRaw(new BatchData(1, List.of(BatchItem.deposit(0), BatchItem.deposit(1))).encode(), 2))
        .isEqualTo("UnknownDeposit");
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup,
            OptimisticRollupContract.proposeBatch(new BatchData(1, List.of(BatchItem.deposit(0))).encode(), Bytes32.ZERO, 1)).name())
        .isEqualTo("NotRegistered");
  }

  @Test
  void overdueDepositMustBeInTheNextBatch() {
    f.fundAliceAndBob();
    f.deposit(f.bridge, ALICE, ALICE.address(), L1TestChain.ETHER);
    final ExecutedBatch withoutIt = f.execute(f.transfers(1));
    f.chain.nextBlockAfter(FORCE_INCLUSION_DELAY + 1);
    assertThat(proposeRaw(withoutIt.encoded(), 0)).isEqualTo("DepositOverdue");
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
    assertThat(f.chain.expectRevert(OUTSIDER, f.rollup, OptimisticRollupContract.BATCH_OF.encode(Abi.uint256(4))).name())
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
    assertThat(OptimisticRollupContract.BATCH_ROLLED_BACK.findIn(timeout.logs())).isPresent();
    assertThat(f.batchCount()).isEqualTo(BigInteger.ONE);
    f.chain.send(PROPOSER, f.rollup, BOND, OptimisticRollupContract.REGISTER_PROPOSER.encode()); // slashed: a new bond
    f.propose(honest, honest.postRoot());
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
  @ValueSource(ints = {1, 16, 64})
  void gasOfProposeBatchPerItem(final int items) {
    f.fundAliceAndBob();
    final ExecutedBatch batch = f.execute(f.transfers(items));
    final Receipt proposed = f.propose(batch, batch.postRoot());
    GasReport.print("proposeBatch, " + items + " transfers (" + batch.encoded().length + " bytes)", proposed.gasUsed());
    GasReport.print("proposeBatch, " + items + " transfers, per item", proposed.gasUsed() / items);
  }

  private String proposeRaw(final byte[] batchData, final long depositsConsumed) {
    return f.chain.expectRevert(PROPOSER, f.rollup,
        OptimisticRollupContract.proposeBatch(batchData, Bytes32.ZERO, depositsConsumed)).name();
  }
}
