package io.rolluplab.rollup.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.contracts.ZkRollupContract;
import io.rolluplab.rollup.derivation.DiffChain;
import io.rolluplab.rollup.derivation.L1Reader;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.l1.ForwardingL1;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.mirror.Comparison;
import io.rolluplab.rollup.prover.Check;
import io.rolluplab.rollup.prover.ProverState;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.statediff.DiffExecution;
import io.rolluplab.rollup.store.ProofTable;
import io.rolluplab.rollup.store.RollupStore;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;

/**
 * The whole zk rollup on the embedded devnet, with the real contracts, one round at a time
 * ({@link RollupNode#tick()}): deposit → transfers → commit → prove → execute → withdrawal paid,
 * and each zk teaching fault with the protocol's answer to it, asserted as the sequence of events.
 */
class ZkLifecycleTest extends RoundByRoundTest {
  private static final BigInteger WITHDRAWN = ETHER.divide(BigInteger.TEN);
  private static final DevAccount UNUSED_CHALLENGER = DevAccounts.all().get(8);
  private static final DevAccount OUTSIDER = DevAccounts.all().get(4);
  private static final RollupNodeConfig CONFIG =
      RollupNodeConfig.defaults().withMode(RollupMode.ZK).withProvingDelay(Duration.ofSeconds(3));

  private final RollupStore store = RollupStore.inMemory();

  ZkLifecycleTest() {
    super(CONFIG);
  }

  @BeforeEach
  void deploy() throws Exception {
    node = RollupNode.deploy(l1, OPERATOR.credentials(), UNUSED_CHALLENGER.credentials(), CONFIG, store, clock);
  }

  @AfterEach
  void stop() throws Exception {
    node.close();
    devnet.close();
  }

  @Test
  void aDepositTransferAndWithdrawalAreCommittedProvenExecutedAndPaidWithoutAWindow() throws Exception {
    deposit(alice.address(), ETHER);
    round();
    node.submit(alice.transfer(0, BOB, BigInteger.TEN));
    node.submit(alice.transfer(1, L2StateMachine.WITHDRAWAL_ADDRESS, WITHDRAWN));
    round();
    final BigInteger aliceOnL1 = l1.balance(alice.address());

    roundAfterMaxAge(); // committed, and the prover starts
    assertThat(node.prover().state()).isEqualTo(ProverState.PROVING);
    assertThat(view(ZkRollupContract.PROVEN_COUNT)).isZero();
    round(); // 1 s of 3
    round(); // 2 s of 3
    round(); // proven, executed, paid

    assertThat(view(ZkRollupContract.EXECUTED_COUNT)).isEqualTo(1);
    assertThat(finalizedRoot(0)).isEqualTo(node.l2().head().stateRoot());
    assertThat(eventsOf("batcher", "prover", "executor")).containsExactly("BatchBuilt", "BatchPosted",
        "ProvingStarted", "ProvingProgress", "ProvingProgress", "ProofGenerated", "ProofVerified", "BatchExecuted");
    assertThat(eventsOf("bridge").stream().filter(t -> t.startsWith("Withdrawal"))).containsExactly(
        "WithdrawalIncluded", "WithdrawalBatched", "WithdrawalRootProven", "WithdrawalBatchExecuted", "WithdrawalPaid");
    assertThat(l1.balance(alice.address()).subtract(aliceOnL1)).isEqualTo(WITHDRAWN);
    assertThat(l1.balance(node.deployment().bridge())).isEqualTo(ETHER.subtract(WITHDRAWN));
    assertThat(node.l2().account(BOB, false).balance()).isEqualTo(BigInteger.TEN);
    assertThat(node.l2().account(alice.address(), false).balance())
        .isLessThan(ETHER.subtract(WITHDRAWN).subtract(BigInteger.TEN));
    final ProofTable.Row proof = store.proofs().forBatch(0).get(0);
    assertThat(proof.status()).isEqualTo("verified");
    assertThat(proof.signer()).isEqualTo(OPERATOR.address());
    assertThat(proof.constraintEstimate()).isGreaterThan(3 * 1_000_000L);
    assertThat(store.batches().timeline(0)).extracting(c -> c.status())
        .containsExactly("intended", "posted", "proving", "proven", "executed");
    final List<Check> checks = Check.unpack(store.proofChecks().get(0).orElseThrow());
    assertThat(checks).allMatch(Check::passed).extracting(Check::name).contains("pre-state root", "signature",
        "sender leaf update", "state diff", "post-state root");
    assertThat(checks.stream().mapToLong(Check::constraints).sum()).isEqualTo(proof.constraintEstimate());
    printGas();
    System.out.printf("CONSTRAINTS zk batch of a deposit, a transfer and a withdrawal: about %,d R1CS%n",
        proof.constraintEstimate());
  }

  @Test
  void aProofSentWithAWrongRootIsRefusedAndTheBatchIsProvenAgain() throws Exception {
    node.faults().proveWrongRoot();
    depositAndCommit();
    passProvingDelay();

    assertThat(eventsOf("prover")).containsExactly("ProvingStarted", "ProofGenerated", "ProofRejected",
        "ProvingStarted", "ProofGenerated", "ProofVerified");
    assertThat(sentenceOf("ProofRejected")).contains("InvalidProof");
    assertThat(store.proofs().forBatch(0)).extracting(ProofTable.Row::status).containsExactly("rejected", "verified");
    assertThat(store.proofs().forBatch(0).get(0).l1Tx()).as("refused in the open, on L1").isNotNull();
    assertThat(finalizedRoot(0)).isEqualTo(node.l2().head().stateRoot());
  }

  @Test
  void aProofSignedByAnUnregisteredKeyIsRefused() throws Exception {
    node.faults().proveWithUnregisteredKey();
    depositAndCommit();
    passProvingDelay();

    assertThat(eventsOf("prover")).containsExactly("ProvingStarted", "ProofGenerated", "ProofRejected",
        "ProvingStarted", "ProofGenerated", "ProofVerified");
    final ProofTable.Row refused = store.proofs().forBatch(0).get(0);
    assertThat(refused.status()).isEqualTo("rejected");
    assertThat(refused.signer()).isNotEqualTo(OPERATOR.address());
    assertThat(sentenceOf("ProofRejected")).contains("InvalidProof").contains(refused.signer().toHex());
    assertThat(view(ZkRollupContract.EXECUTED_COUNT)).isEqualTo(1);
  }

  @Test
  void aBatchWithATransactionTheSequencerRefusedCannotBeProvenSoTheOperatorRevertsItAndCommitsItAgainWithoutIt()
      throws Exception {
    node.faults().smuggleInvalidTransaction();
    deposit(alice.address(), ETHER);
    round();
    node.submit(alice.transfer(0, BOB, BigInteger.TEN));
    round();
    roundAfterMaxAge(); // committed with the replay; the prover refuses, the operator reverts

    assertThat(eventsOf("batcher", "prover", "executor")).containsExactly("InvalidTransactionSmuggled", "BatchBuilt",
        "BatchPosted", "ProvingRefused", "BatchesReverted", "BatchesRewound");
    assertThat(sentenceOf("ProvingRefused")).contains("item 2: nonce fails").contains("reverts it on L1");
    assertThat(Check.unpack(store.proofChecks().get(0).orElseThrow())).as("up to and with the failed one")
        .last().satisfies(c -> assertThat(c.describe()).startsWith("item 2: nonce fails"));
    assertThat(sentenceOf("BatchesReverted")).contains("no proof of batch 0 can exist");
    assertThat(view(ZkRollupContract.BATCH_COUNT)).isZero();
    assertThat(view(ZkRollupContract.NEXT_DEPOSIT)).as("the deposit is back in the queue").isZero();
    assertThat(store.batches().get(0).orElseThrow().status()).isEqualTo("reverted");

    round(); // committed again, without the replay
    passProvingDelay();

    assertThat(eventsOf("batcher", "prover", "executor")).endsWith("BatchesReverted", "BatchesRewound", "BatchBuilt",
        "BatchPosted", "ProvingStarted", "ProofGenerated", "ProofVerified", "BatchExecuted");
    assertThat(view(ZkRollupContract.EXECUTED_COUNT)).isEqualTo(1);
    assertThat(finalizedRoot(0)).isEqualTo(node.l2().head().stateRoot());
    assertThat(store.batches().get(0).orElseThrow().itemCount()).as("the deposit and the transfer, no replay")
        .isEqualTo(2);
    assertThat(store.proofs().forBatch(0)).extracting(ProofTable.Row::status).containsExactly("verified");
    // both commits were paid on L1: the comparison counts the reverted one too, and says how much it was
    final List<Long> commits = gasOf("BatchPosted");
    assertThat(commits).hasSize(2);
    final Comparison figures = Comparison.of(node);
    assertThat(figures.finalTransactions()).isEqualTo(1);
    assertThat(figures.revertedL1Gas()).isEqualTo(commits.get(0));
    assertThat(figures.l1GasPerTransaction()).isEqualTo(commits.get(0) + commits.get(1));
  }

  @Test
  void aBatchAnOutsiderForcedInIsProvenFromL1WhenItsDepositsMakeItsDiff() throws Exception {
    node.faults().censorDeposits(true);
    deposit(alice.address(), ETHER);
    round(); // the sequencer leaves the deposit out
    passForceInclusionDelay();
    final Bytes32 root = commitAsOutsider(1, 1);

    round(); // the prover finds batch 0, which the operator never recorded
    passProvingDelay();

    assertThat(eventsOf("prover", "executor")).containsExactly("UnrecordedBatchFound", "ProvingStarted",
        "ProofGenerated", "ProofVerified", "BatchExecuted");
    assertThat(sentenceOf("UnrecordedBatchFound")).contains("Batch 0 was committed by someone else")
        .contains("exactly what its 1 deposit makes");
    assertThat(view(ZkRollupContract.EXECUTED_COUNT)).isEqualTo(1);
    assertThat(finalizedRoot(0)).isEqualTo(root);
    assertThat(store.batches().get(0)).as("still no operator record").isEmpty();
  }

  @Test
  void aBatchAnOutsiderCommittedWithChangesBeyondItsDepositsIsReportedWithWhatTheOperatorMustDo() throws Exception {
    node.faults().censorDeposits(true);
    deposit(alice.address(), ETHER);
    round();
    passForceInclusionDelay();
    deposit(BOB, ETHER);
    commitAsOutsider(2, 1); // credits both deposits but consumes one: no witness from L1 makes that diff

    round();
    passProvingDelay();
    round();

    assertThat(eventsOf("prover", "executor")).containsExactly("UnrecordedBatchUnprovable");
    assertThat(sentenceOf("UnrecordedBatchUnprovable")).contains("Cannot prove batch 0: someone else committed it")
        .contains("not what its 1 deposit makes").contains("must get the transactions from the committer")
        .contains("revertBatches");
    assertThat(node.prover().state()).as("it does not revert a batch it cannot commit again").isEqualTo(ProverState.IDLE);
    assertThat(view(ZkRollupContract.PROVEN_COUNT)).isZero();
    assertThat(view(ZkRollupContract.BATCH_COUNT)).isEqualTo(1);
  }

  @Test
  void aBatchIndexAnOutsiderTookWhileTheOperatorsBatchWaitedIsTakenBackAndTheOperatorsBatchCommittedThere()
      throws Exception {
    final CommitsFail l1Down = redeployWithCommitsThatCanFail();
    deposit(alice.address(), ETHER);
    round(); // block 1: the deposit
    node.submit(alice.transfer(0, BOB, BigInteger.TEN));
    round(); // block 2: the transfer
    l1Down.failing = true;
    roundAfterMaxAge(); // batch 0 recorded; its commit does not get through
    passForceInclusionDelay();
    commitAsOutsider(1, 1); // meanwhile someone forces the overdue deposit in, as L1's batch 0
    l1Down.failing = false;

    round(); // the operator's batch 0 can never be L1's batch 0 as it is: it takes the outsider's back
    assertThat(view(ZkRollupContract.BATCH_COUNT)).as("nothing committed under a wrong index").isZero();
    assertThat(node.store().batches().get(0).orElseThrow().l1Tx()).as("no L1 transaction of another batch on record").isNull();
    round(); // and commits its own batch 0 again
    passProvingDelay();

    assertThat(eventsOf("batcher", "prover", "executor")).containsExactly("BatchBuilt", "BatchPostFailed",
        "BatchIndexTaken", "BatchesRewound", "BatchBuilt", "BatchPosted", "ProvingStarted", "ProofGenerated",
        "ProofVerified", "BatchExecuted");
    assertThat(sentenceOf("BatchIndexTaken")).contains("L1's batch 0 was committed by someone else")
        .contains("revertBatches");
    assertThat(view(ZkRollupContract.EXECUTED_COUNT)).isEqualTo(1);
    assertThat(finalizedRoot(0)).isEqualTo(node.l2().head().stateRoot());
    assertThat(node.store().batches().get(0).orElseThrow().status()).isEqualTo("executed");
    assertThat(node.derivedState().account(BOB)).isEqualTo(node.l2().account(BOB, false));
  }

  @Test
  void anOutsidersBatchProvenAtTheIndexOfTheOperatorsNextBatchCannotBeTakenBackSoTheBatcherSaysSoAndStops()
      throws Exception {
    node.pause("batcher");
    node.pause("executor"); // the outsider's batch stays proven, not executed: nothing rewinds the batcher
    deposit(alice.address(), ETHER);
    round(); // block 1: the deposit
    node.submit(alice.transfer(0, BOB, BigInteger.TEN));
    round(); // block 2: the transfer
    passForceInclusionDelay();
    commitAsOutsider(1, 1); // the deposit alone, as L1's batch 0
    round(); // the prover finds it, with no record of the operator's: its deposit is all it holds
    passProvingDelay();
    assertThat(view(ZkRollupContract.PROVEN_COUNT)).isEqualTo(1);

    node.resume("batcher");
    round(); // the operator's batch 0 (blocks 1 and 2) finds L1's batch 0 taken, and proven
    round();
    round();

    assertThat(eventsOf("batcher")).containsExactly("BatchBuilt", "BatchIndexTaken");
    assertThat(sentenceOf("BatchIndexTaken")).contains("L1's batch 0 was committed by someone else")
        .contains("proven already and cannot be taken back").contains("the batcher stops here");
    assertThat(view(ZkRollupContract.BATCH_COUNT)).as("nothing taken back, nothing committed after it").isEqualTo(1);
    assertThat(view(ZkRollupContract.PROVEN_COUNT)).isEqualTo(1);
  }

  @Test
  void anOutsidersBatchWithExactlyTheOperatorsNextBatchStandsAsItEvenOnceProven() throws Exception {
    node.pause("batcher");
    node.pause("executor");
    deposit(alice.address(), ETHER);
    round(); // block 1: the deposit, all the operator's next batch will hold
    passForceInclusionDelay();
    commitAsOutsider(1, 1); // the same deposit, as L1's batch 0
    round();
    passProvingDelay();
    assertThat(view(ZkRollupContract.PROVEN_COUNT)).isEqualTo(1);

    node.resume("batcher");
    node.resume("executor");
    roundAfterMaxAge();
    round();

    assertThat(eventsOf("batcher")).containsExactly("BatchBuilt", "BatchFoundOnL1", "BatchPosted");
    assertThat(view(ZkRollupContract.BATCH_COUNT)).as("not taken back, not committed twice").isEqualTo(1);
    assertThat(view(ZkRollupContract.EXECUTED_COUNT)).isEqualTo(1);
    assertThat(store.batches().get(0).orElseThrow().status()).isEqualTo("executed");
    assertThat(finalizedRoot(0)).isEqualTo(node.l2().head().stateRoot());
  }

  @Test
  void anOperatorsBatchThatWouldLandBehindAnOutsidersUnderAnotherIndexIsNotRecordedThereButCommittedAgain()
      throws Exception {
    final CommitsFail l1Down = redeployWithCommitsThatCanFail();
    depositAndCommit();
    passProvingDelay(); // batch 0, alice's deposit, executed
    node.faults().censorDeposits(true);
    deposit(BOB, ETHER);
    node.submit(alice.transfer(0, BOB, BigInteger.TEN));
    round(); // the transfer, without bob's deposit
    l1Down.failing = true;
    roundAfterMaxAge(); // batch 1 recorded; its commit does not get through
    passForceInclusionDelay();
    commitAsOutsider(1, 1); // someone forces bob's deposit in, as L1's batch 1
    node.faults().censorDeposits(false);
    l1Down.failing = false;

    round(); // L1 would take the operator's commit (it consumes no deposit), as batch 2: it takes batch 1 back instead
    assertThat(view(ZkRollupContract.BATCH_COUNT)).isEqualTo(1);
    assertThat(node.store().batches().get(1).orElseThrow().status()).isEqualTo("reverted");
    assertThat(node.store().batches().get(1).orElseThrow().l1Tx()).as("no L1 transaction of another batch on record").isNull();
    roundAfterMaxAge(); // batch 1 again, with bob's deposit, which the sequencer no longer leaves out
    passProvingDelay();

    assertThat(eventsOf("batcher", "prover", "executor")).containsSubsequence("BatchPostFailed", "BatchIndexTaken",
        "BatchesRewound", "BatchBuilt", "BatchPosted", "ProvingStarted", "ProofVerified", "BatchExecuted")
        .doesNotContain("ProvingRefused");
    assertThat(view(ZkRollupContract.EXECUTED_COUNT)).isEqualTo(2);
    assertThat(finalizedRoot(1)).isEqualTo(node.l2().head().stateRoot());
    assertThat(node.l2().account(BOB, false).balance()).isEqualTo(ETHER.add(BigInteger.TEN));
    assertThat(node.derivedState().account(BOB)).isEqualTo(node.l2().account(BOB, false));
  }

  @Test
  void aBatchBeyondTheUnexecutedLimitWaitsWithOneEventUntilTheProverAndExecutorMakeRoom() throws Exception {
    node.close();
    final Duration provingDelay = Duration.ofHours(1); // nothing is proven until the clock passes it
    node = RollupNode.deploy(l1, OPERATOR.credentials(), UNUSED_CHALLENGER.credentials(),
        CONFIG.withBatchLimits(1, Duration.ofSeconds(10)).withProvingDelay(provingDelay), RollupStore.inMemory(), clock);
    final long limit = view(ZkRollupContract.MAX_UNEXECUTED);
    deposit(alice.address(), ETHER);
    round(); // batch 0: the deposit
    for (int nonce = 0; nonce < limit; nonce++) {
      node.submit(alice.transfer(nonce, BOB, BigInteger.ONE));
    }

    for (int i = 0; i < limit + 3; i++) {
      round(); // a block of one transfer, and its batch, each round
    }

    assertThat(view(ZkRollupContract.BATCH_COUNT)).isEqualTo(limit);
    assertThat(eventsOf("batcher").stream().filter(t -> !t.equals("BatchBuilt") && !t.equals("BatchPosted")))
        .as("one wait, not one failure per round").containsExactly("BatchWaitsForExecution");
    assertThat(sentenceOf("BatchWaitsForExecution")).startsWith("Batch " + limit + " waits: L1 holds " + limit);

    clock.advance(provingDelay);
    for (int i = 0; i < 3 && view(ZkRollupContract.BATCH_COUNT) == limit; i++) {
      round(); // batch 0 proven and executed, then batch 32 posted
    }

    assertThat(view(ZkRollupContract.BATCH_COUNT)).as("posted once batch 0 was executed").isEqualTo(limit + 1);
    assertThat(view(ZkRollupContract.EXECUTED_COUNT)).isPositive();
    assertThat(eventsOf("batcher")).doesNotContain("BatchPostFailed");
  }

  @Test
  void dataCannotBeWithheldFromAZkRollupItPostsItsDiffWithEveryCommitment() {
    assertThatThrownBy(() -> node.faults().withholdNextBatch()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no batch to keep off L1").hasMessageContaining("validium");
    assertThat(node.faults().settings().withholdNextBatch()).isFalse();
    assertThat(eventsOf("fault")).isEmpty();
  }

  @Test
  void aNodeThatReadsOnlyL1RebuildsEveryBalanceAndTheRootFromTheDiffsButNoTransaction() throws Exception {
    deposit(alice.address(), ETHER);
    round();
    node.submit(alice.transfer(0, BOB, BigInteger.TEN));
    node.submit(alice.transfer(1, L2StateMachine.WITHDRAWAL_ADDRESS, WITHDRAWN));
    round();
    roundAfterMaxAge();
    passProvingDelay();
    deposit(BOB, ETHER);
    round();
    node.submit(alice.transfer(2, BOB, BigInteger.TWO));
    round();
    roundAfterMaxAge();
    passProvingDelay();

    final DiffChain synced = new DiffChain(CONFIG.l2ChainId());
    new L1Reader(l1, node.deployment(), node.deployment().l1Block()).read(synced::accept);

    assertThat(synced.committedCount()).isEqualTo(2);
    assertThat(synced.state().root()).isEqualTo(node.l2().head().stateRoot()).isEqualTo(finalizedRoot(1));
    for (final Address account : List.of(alice.address(), BOB, L2StateMachine.FEE_VAULT)) {
      assertThat(synced.state().account(account)).as("%s", account).isEqualTo(node.l2().account(account, false));
    }
  }

  // ------------------------------------------------------------------ helpers

  /** Replaces the node with one on a new deployment, whose commits do not get through while its L1 is failing. */
  private CommitsFail redeployWithCommitsThatCanFail() throws Exception {
    node.close();
    final CommitsFail l1Down = new CommitsFail(l1);
    node = RollupNode.deploy(l1Down, OPERATOR.credentials(), UNUSED_CHALLENGER.credentials(), CONFIG,
        RollupStore.inMemory(), clock);
    return l1Down;
  }

  /** The node's L1, on which the operator's commits do not get through while {@link #failing}. */
  private static final class CommitsFail extends ForwardingL1 {
    private boolean failing;

    private CommitsFail(final L1Client l1) {
      super(l1);
    }

    @Override
    public L1Receipt sendAndWait(final Credentials from, final L1Transaction tx) throws L1Exception {
      if (failing && ZkRollupContract.COMMIT_BATCH.isCalledBy(tx.data())) {
        throw new L1Exception("the L1 node did not answer (the test cut it off)");
      }
      return super.sendAndWait(from, tx);
    }
  }

  /** Makes the deposits queued so far overdue: from now on anyone may commit a batch that consumes them. */
  private void passForceInclusionDelay() {
    // a day and an hour: the fixed test clock stamps each block a second after the one before
    devnet.increaseTime(CONFIG.forceInclusionDelay().plusHours(1).toSeconds());
    devnet.mine(); // the estimate runs on the latest block: its time must be past the deadline
  }

  /**
   * An outsider commits the next batch itself, as L1 lets anyone once a deposit is overdue: the diff
   * that crediting the next {@code credited} queued deposits makes, consuming {@code consumed} of them.
   *
   * @return the post-state root of that diff
   */
  private Bytes32 commitAsOutsider(final int credited, final int consumed) throws Exception {
    final DiffChain chain = new DiffChain(CONFIG.l2ChainId());
    new L1Reader(l1, node.deployment(), node.deployment().l1Block()).read(chain::accept);
    final long first = view(ZkRollupContract.NEXT_DEPOSIT);
    final DiffExecution credit = chain.execute(chain.committedCount(),
        new BatchData(0, LongStream.range(first, first + credited).mapToObj(BatchItem::deposit).toList()), false);
    l1.sendAndWait(OUTSIDER.credentials(), L1Transaction.call(node.deployment().rollup(),
        ZkRollupContract.commitBatch(credit.diff().encode(), consumed)));
    return credit.postRoot();
  }

  private void depositAndCommit() throws Exception {
    deposit(alice.address(), ETHER);
    round();
    roundAfterMaxAge();
  }

  /** Rounds until a proof started now is ready, then until a second attempt's proof is ready too. */
  private void passProvingDelay() {
    for (int i = 0; i < 3; i++) {
      clock.advance(CONFIG.provingDelay());
      node.tick();
    }
  }

  private String sentenceOf(final String type) {
    return node.events().since(0).stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow().sentence();
  }

  /** L1 gas of the three phases of the batch, as the events report them. */
  private void printGas() {
    for (final String type : List.of("BatchPosted", "ProofVerified", "BatchExecuted")) {
      System.out.printf("GAS %-55s %,10d%n", "zk " + type + " (a deposit, a transfer, a withdrawal):",
          gasOf(type).get(0));
    }
  }

  /** The L1 gas each event of {@code type} reports, oldest first. */
  private List<Long> gasOf(final String type) {
    return node.events().since(0).stream().filter(e -> e.type().equals(type)).map(e -> {
      final Matcher gas = Pattern.compile("\"l1GasUsed\":(\\d+)").matcher(e.payloadJson());
      assertThat(gas.find()).as("%s reports its gas", type).isTrue();
      return Long.parseLong(gas.group(1));
    }).toList();
  }
}
