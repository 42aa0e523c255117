package io.rolluplab.rollup.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.node.RollupNodeConfig;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.sequencer.SequencerFixture.FakeClock;
import io.rolluplab.rollup.store.RollupStore;
import io.rolluplab.rollup.store.StoredEvent;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the bench learns that the challenger confirmed the last batch. */
class RollupBenchTest {
  private final Devnet devnet = new Devnet(
      DevnetConfig.defaults(), InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000)), (period, task) -> () -> {});

  @AfterEach
  void stop() throws Exception {
    devnet.close();
  }

  /**
   * The ordering that hung a bench run: in one tick the node posts the last batch (its age is up),
   * proposes its root and has the challenger confirm it, so by the time the bench's thread sees the
   * batch on L1 the confirmation is already in the log. The bench used to look only at events after
   * a sequence it read at that moment, and waited for a confirmation that had come before.
   */
  @Test
  void findsTheConfirmationOfABatchPostedAndConfirmedInTheTickBeforeItLooked() throws Exception {
    final RollupNodeConfig config = RollupNodeConfig.defaults();
    final FakeClock clock = new FakeClock();
    final EmbeddedL1 l1 = new EmbeddedL1(devnet);
    try (RollupNode node = RollupNode.deploy(l1, DevAccounts.all().get(9).credentials(),
        DevAccounts.all().get(8).credentials(), config, RollupStore.inMemory(), clock)) {
      l1.sendAndWait(DevAccounts.all().get(1).credentials(), L1Transaction.call(node.deployment().bridge(),
          BridgeContract.deposit(DevAccounts.all().get(1).address())).withValue(L2Wallet.ETHER));
      clock.advance(config.blockInterval());
      node.tick(); // the deposit's block is sealed
      final long beforeTheTick = node.events().lastSeq();

      clock.advance(config.batchMaxAge());
      node.tick();

      assertThat(node.events().since(beforeTheTick)).extracting(StoredEvent::type)
          .containsSubsequence("BatchPosted", "RootProposed", "RootConfirmed");
      assertThat(RollupBench.confirmed(node.events(), 0)).isTrue();
      assertThat(RollupBench.confirmed(node.events(), 1)).as("no batch 1 yet").isFalse();
    }
  }
}
