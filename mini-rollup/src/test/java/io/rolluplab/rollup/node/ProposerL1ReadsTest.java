package io.rolluplab.rollup.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.l1.ForwardingL1;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.store.RollupStore;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The proposer asks the rollup's getters once per L1 block, not on every tick, but whether a batch
 * can be finalized on every tick: the L1 clock moves between blocks.
 */
class ProposerL1ReadsTest extends RoundByRoundTest {
  private static final RollupNodeConfig CONFIG = RollupNodeConfig.defaults();
  /** The call data of every eth_call the node made, oldest first. */
  private final List<byte[]> calls = new ArrayList<>();

  ProposerL1ReadsTest() {
    super(CONFIG);
  }

  @BeforeEach
  void deployAndProposeARoot() throws Exception {
    final ForwardingL1 counting = new ForwardingL1(l1) {
      @Override
      public byte[] call(final Address to, final byte[] data) throws L1Exception {
        calls.add(data);
        return super.call(to, data);
      }
    };
    node = RollupNode.deploy(counting, OPERATOR.credentials(), DevAccounts.all().get(8).credentials(), CONFIG,
        RollupStore.inMemory(), clock);
    deposit(alice.address(), ETHER);
    round();
    node.submit(alice.transfer(0, BOB, BigInteger.TEN));
    round();
    roundAfterMaxAge(); // batch 0 posted, its root proposed
    assertThat(view(OptimisticRollupContract.PROPOSED_COUNT)).isEqualTo(1);
    round(); // the first round that sees the proposal's block
  }

  @AfterEach
  void stop() throws Exception {
    node.close();
    devnet.close();
  }

  @Test
  void aRoundInTheSameL1BlockAsksNoGetterAgainButStillWhetherTheBatchCanBeFinalized() {
    final long block = devnet.latestBlock().number();
    calls.clear();

    round();

    assertThat(devnet.latestBlock().number()).isEqualTo(block);
    assertThat(count(OptimisticRollupContract.PROPOSED_COUNT)).isZero();
    assertThat(count(OptimisticRollupContract.FINALIZE)).isEqualTo(1);
  }

  @Test
  void aNewL1BlockHasItAskTheGettersAgain() {
    round();
    calls.clear();

    devnet.mine();
    round();

    assertThat(count(OptimisticRollupContract.PROPOSED_COUNT)).isEqualTo(1);
  }

  @Test
  void itFinalizesOnceTheL1ClockPassedTheWindowThoughNoBlockWasMinedSince() throws Exception {
    round();
    final long finalizedBefore = view(OptimisticRollupContract.FINALIZED_COUNT);

    devnet.increaseTime(CONFIG.challengePeriod().toSeconds() + 60 + devnet.latestBlock().number()); // no block
    round();

    assertThat(finalizedBefore).isZero();
    assertThat(view(OptimisticRollupContract.FINALIZED_COUNT)).isEqualTo(1);
  }

  private long count(final ContractFunction function) {
    return calls.stream().filter(function::isCalledBy).count();
  }
}
