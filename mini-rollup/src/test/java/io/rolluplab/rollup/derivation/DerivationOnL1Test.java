package io.rolluplab.rollup.derivation;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.batcher.BatcherKey;
import io.rolluplab.rollup.contracts.BatchClaim;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.derivation.L1Fact.BatchDataShown;
import io.rolluplab.rollup.derivation.L1Fact.BatchFinalized;
import io.rolluplab.rollup.derivation.L1Fact.BatchSent;
import io.rolluplab.rollup.derivation.L1Fact.DataChallenged;
import io.rolluplab.rollup.derivation.L1Fact.DepositSeen;
import io.rolluplab.rollup.derivation.L1Fact.RootProposed;
import io.rolluplab.rollup.derivation.L1Fact.RootUpheld;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1InclusionProof;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.node.RollupDeployment;
import io.rolluplab.rollup.node.RollupNodeConfig;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.state.CompactProof;
import io.rolluplab.rollup.state.Withdrawal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Derivation against the real contracts: what it reads from the batcher's transactions is what L1
 * reads from them when a data challenge shows them, and L1 accepts its proofs.
 */
class DerivationOnL1Test {
  static final DevAccount OPERATOR = DevAccounts.all().get(0);
  static final DevAccount PROPOSER = DevAccounts.all().get(1);
  static final DevAccount DEPOSITOR = DevAccounts.all().get(3);
  static final RollupNodeConfig CONFIG = RollupNodeConfig.defaults();
  static final BigInteger ETHER = L2Wallet.ETHER;

  final Devnet devnet = new Devnet(
      DevnetConfig.defaults(), InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000)), (period, task) -> () -> {});
  final L1Client l1 = new EmbeddedL1(devnet);
  final L2Wallet alice = L2Wallet.of(1, CONFIG.l2ChainId());
  final List<L1Fact> facts = new ArrayList<>();
  RollupDeployment contracts;
  L1Reader reader;
  DerivedChain chain;
  long batches;

  void deploy() throws L1Exception {
    contracts = RollupDeployment.deploy(l1, OPERATOR.credentials(), CONFIG);
    reader = new L1Reader(l1, contracts, contracts.l1Block());
    chain = new DerivedChain(CONFIG.l2ChainId(), contracts.batchRules(l1));
    send(PROPOSER, contracts.rollup(), OptimisticRollupContract.REGISTER_PROPOSER.encode(), CONFIG.bond());
  }

  /** The batcher sends its next batch, {@code data}, to {@code to}. */
  void sendBatch(final byte[] data, final Address to) throws L1Exception {
    l1.sendAndWait(BatcherKey.of(OPERATOR.credentials()),
        L1Transaction.call(to, data).withNonce(contracts.inbox().firstBatcherNonce() + batches++));
  }

  /** The proposer claims what the derived chain says batch {@code i} holds, anchored at its own block. */
  BatchClaim propose(final long i) throws L1Exception {
    final ExecutedBatch batch = chain.batch(i).orElseThrow();
    send(PROPOSER, contracts.rollup(), OptimisticRollupContract.proposeRoot(i, batch.postRoot(),
        batch.claim(batch.l1Block())), BigInteger.ZERO);
    readL1();
    return ((RootProposed) facts.get(facts.size() - 1)).claim();
  }

  @AfterEach
  void stop() throws Exception {
    devnet.close();
  }

  void send(final DevAccount from, final Address to, final byte[] data, final BigInteger value) throws L1Exception {
    l1.sendAndWait(from.credentials(), L1Transaction.call(to, data).withValue(value));
  }

  void readL1() throws L1Exception {
    reader.read(fact -> {
      facts.add(fact);
      chain.accept(fact);
    });
  }

  @Test
  void aWithdrawalProvenFromTheDerivedChainIsPaidByTheBridgeOnceItsBatchIsFinal() throws Exception {
    deploy();
    send(DEPOSITOR, contracts.bridge(), BridgeContract.deposit(alice.address()), ETHER);
    final BigInteger half = ETHER.divide(BigInteger.TWO);
    final BatchData data = new BatchData(16, List.of(BatchItem.deposit(0),
        new BatchItem(alice.transfer(0, L2StateMachine.WITHDRAWAL_ADDRESS, half))));
    sendBatch(data.encode(), contracts.inbox().address());
    readL1();
    propose(0);
    devnet.setNextBlockTimestamp(l1.latestBlock().timestamp() + CONFIG.challengePeriod().toSeconds() + 1);
    l1.mine();
    send(PROPOSER, contracts.rollup(), OptimisticRollupContract.finalize(0), BigInteger.ZERO);
    readL1();

    assertThat(facts).extracting(Object::getClass).containsExactly(DepositSeen.class, BatchSent.class,
        RootProposed.class, BatchFinalized.class);
    assertThat(((BatchSent) facts.get(1)).data()).isEqualTo(data.encode());
    assertThat(chain.settledCount()).isEqualTo(1);
    final Withdrawal withdrawal = new Withdrawal(alice.address(), alice.address(), half, 0);
    final CompactProof proof = chain.withdrawalProof(0, withdrawal.hash()).orElseThrow();

    send(DEPOSITOR, contracts.bridge(), BridgeContract.finalizeWithdrawal(0, withdrawal, proof), BigInteger.ZERO);

    assertThat(l1.balance(alice.address())).isEqualTo(half);
  }

  /**
   * The claims the derived chain makes, for a valid batch and for three that count as empty (bytes
   * that do not read, a batch sent elsewhere than the inbox, one that leaves an overdue deposit
   * out), are what L1 reads from the batcher's transactions when a data challenge shows them.
   */
  @Test
  void l1ReadsEachShownBatchAsTheDerivedChainClaimsIt() throws Exception {
    deploy();
    send(DEPOSITOR, contracts.bridge(), BridgeContract.deposit(alice.address()), ETHER);
    sendBatch(new BatchData(16, List.of(BatchItem.deposit(0),
        new BatchItem(alice.transfer(0, DEPOSITOR.address(), ETHER.divide(BigInteger.TEN))))).encode(),
        contracts.inbox().address());
    sendBatch(new byte[] {0, 0, 0, 0, 0, 0, 0, 16, 0, 9}, contracts.inbox().address());
    sendBatch(new BatchData(16, List.of(new BatchItem(alice.transfer(1, DEPOSITOR.address(), ETHER.divide(
        BigInteger.TEN))))).encode(), PROPOSER.address());
    send(DEPOSITOR, contracts.bridge(), BridgeContract.deposit(alice.address()), ETHER);
    devnet.setNextBlockTimestamp(l1.latestBlock().timestamp() + CONFIG.forceInclusionDelay().toSeconds() + 1);
    sendBatch(new BatchData(16, List.of(new BatchItem(alice.transfer(1, DEPOSITOR.address(), ETHER.divide(
        BigInteger.TEN))))).encode(), contracts.inbox().address());
    readL1();

    assertThat(List.of(0L, 1L, 2L, 3L)).extracting(i -> chain.batch(i).orElseThrow().valid())
        .containsExactly(true, false, false, false);
    for (long i = 0; i < 4; i++) {
      final BatchClaim claim = propose(i);
      send(DEPOSITOR, contracts.rollup(), OptimisticRollupContract.challengeData(i), CONFIG.bond());
      final ExecutedBatch batch = chain.batch(i).orElseThrow();
      send(DEPOSITOR, contracts.rollup(), OptimisticRollupContract.answerDataChallenge(i, claim,
          L1InclusionProof.of(l1, claim.anchorBlock(), batch.l1Block(), batch.txIndex())), BigInteger.ZERO);
      readL1();

      assertThat(facts.subList(facts.size() - 3, facts.size())).as("batch %d", i).extracting(Object::getClass)
          .containsExactly(DataChallenged.class, BatchDataShown.class, RootUpheld.class);
      final BatchDataShown shown = (BatchDataShown) facts.get(facts.size() - 2);
      assertThat(shown.truth()).as("what L1 read from batch %d", i).isEqualTo(batch.claim(0));
      assertThat(shown.upheld()).as("batch %d's claim upheld", i).isTrue();
    }
  }
}
