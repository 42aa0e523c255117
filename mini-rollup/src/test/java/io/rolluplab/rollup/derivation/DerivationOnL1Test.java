package io.rolluplab.rollup.derivation;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.derivation.L1Fact.BatchFinalized;
import io.rolluplab.rollup.derivation.L1Fact.BatchPosted;
import io.rolluplab.rollup.derivation.L1Fact.DepositSeen;
import io.rolluplab.rollup.derivation.L1Fact.RootProposed;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
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

/** Derivation against the real contracts: what it reads back is what L1 accepted, and L1 accepts its proofs. */
class DerivationOnL1Test {
  static final DevAccount BATCHER = DevAccounts.all().get(0);
  static final DevAccount PROPOSER = DevAccounts.all().get(1);
  static final DevAccount DEPOSITOR = DevAccounts.all().get(3);
  static final RollupNodeConfig CONFIG = RollupNodeConfig.defaults();
  static final BigInteger ETHER = L2Wallet.ETHER;

  final Devnet devnet = new Devnet(
      DevnetConfig.defaults(), InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000)), (period, task) -> () -> {});
  final L1Client l1 = new EmbeddedL1(devnet);
  final L2Wallet alice = L2Wallet.of(1, CONFIG.l2ChainId());
  final DerivedChain chain = new DerivedChain(CONFIG.l2ChainId());
  final List<L1Fact> facts = new ArrayList<>();
  RollupDeployment contracts;
  L1Reader reader;

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
    contracts = RollupDeployment.deploy(l1, BATCHER.credentials(), CONFIG);
    reader = new L1Reader(l1, contracts, contracts.l1Block());
    send(PROPOSER, contracts.rollup(), OptimisticRollupContract.REGISTER_PROPOSER.encode(), CONFIG.bond());
    send(DEPOSITOR, contracts.bridge(), BridgeContract.deposit(alice.address()), ETHER);
    final BigInteger half = ETHER.divide(BigInteger.TWO);
    final BatchData data = new BatchData(16, List.of(BatchItem.deposit(0),
        new BatchItem(alice.transfer(0, L2StateMachine.WITHDRAWAL_ADDRESS, half))));
    send(BATCHER, contracts.rollup(), OptimisticRollupContract.postBatch(data.encode(), 1), BigInteger.ZERO);
    readL1();
    send(PROPOSER, contracts.rollup(),
        OptimisticRollupContract.proposeRoot(0, chain.batch(0).orElseThrow().postRoot(), chain.batch(0).orElseThrow().dataHash(), 2),
        BigInteger.ZERO);
    devnet.setNextBlockTimestamp(l1.latestBlock().timestamp() + CONFIG.challengePeriod().toSeconds() + 1);
    l1.mine();
    send(PROPOSER, contracts.rollup(), OptimisticRollupContract.finalize(0), BigInteger.ZERO);
    readL1();

    assertThat(facts).extracting(Object::getClass).containsExactly(DepositSeen.class, BatchPosted.class,
        RootProposed.class, BatchFinalized.class);
    assertThat(((BatchPosted) facts.get(1)).data().encode()).isEqualTo(data.encode());
    assertThat(chain.settledCount()).isEqualTo(1);
    final Withdrawal withdrawal = new Withdrawal(alice.address(), alice.address(), half, 0);
    final CompactProof proof = chain.withdrawalProof(0, withdrawal.hash()).orElseThrow();

    send(DEPOSITOR, contracts.bridge(), BridgeContract.finalizeWithdrawal(0, withdrawal, proof), BigInteger.ZERO);

    assertThat(l1.balance(alice.address())).isEqualTo(half);
  }
}
