package io.rolluplab.rollup.batcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batcher.BatcherEvent.BatchBuilt;
import io.rolluplab.rollup.batcher.BatcherEvent.BatchFoundOnL1;
import io.rolluplab.rollup.batcher.BatcherEvent.BatchPostFailed;
import io.rolluplab.rollup.batcher.BatcherEvent.BatchPosted;
import io.rolluplab.rollup.batcher.BatcherEvent.SentBatchCountsAsEmpty;
import io.rolluplab.rollup.fault.Faults;
import io.rolluplab.rollup.l1.L1SentTransaction;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.sequencer.SequencerFixture;
import io.rolluplab.rollup.store.BatchTable;
import io.rolluplab.rollup.store.RollupStore;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;

/** The batcher against a fake rollup contract: when it posts, and that it never posts a batch twice. */
class BatcherDriverTest {
  private static final Credentials BATCHER = BatcherKey.of(DevAccounts.all().get(9).credentials());
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");
  private static final Duration MAX_AGE = Duration.ofSeconds(10);

  private final SequencerFixture l2 = new SequencerFixture();
  private final FakeRollupL1 l1 = new FakeRollupL1();
  private final RollupStore store = RollupStore.inMemory();
  private final Faults faults = new Faults(l2.events, l2.sequencer::censorDeposits, RollupMode.OPTIMISTIC,
      store.faults());
  private final L2Wallet alice = L2Wallet.of(1, SequencerFixture.CHAIN_ID);
  private final BatcherConfig config =
      BatcherConfig.defaults(FakeRollupL1.ROLLUP, l1.posting(BATCHER), 0)
          .withLimits(BatcherConfig.DEFAULT_MAX_BYTES, 4, MAX_AGE);
  private BatcherDriver batcher = newBatcher();

  @AfterEach
  void close() {
    store.close();
  }

  /** A batcher as after a (re)start on the same store and L2. */
  private BatcherDriver newBatcher() {
    return new BatcherDriver(config, l1, l2.sequencer, l2.sequencer::forceInclude, store, faults, l2.events, l2.clock);
  }

  private void transfer(final long nonce) throws Exception {
    l2.sequencer.submit(alice.transfer(nonce, BOB, BigInteger.ONE));
    l2.sealNextBlock();
  }

  @Test
  void waitsUntilTheOldestUnbatchedBlockIsOlderThanMaxAgeThenPostsAllUnbatchedBlocks() throws Exception {
    l2.fund(BigInteger.ONE, alice);
    transfer(0);
    batcher.tick();
    assertThat(l1.mined).isEmpty();

    l2.clock.advance(MAX_AGE);
    batcher.tick();

    assertThat(l1.mined).containsExactly("batch");
    final BatchBuilt built = l2.events.of(BatchBuilt.class).get(0);
    assertThat(built.reason()).isEqualTo("age");
    assertThat(built.firstBlock()).isEqualTo(1);
    assertThat(built.lastBlock()).isEqualTo(2);
    assertThat(built.items()).isEqualTo(2);
    final BatchPosted posted = l2.events.of(BatchPosted.class).get(0);
    final BatchTable.Row row = store.batches().get(0).orElseThrow();
    assertThat(row.status()).isEqualTo("posted");
    assertThat(row.l1Tx()).isEqualTo(posted.l1Tx());
    assertThat(row.l1GasUsed()).isEqualTo(posted.l1GasUsed());
    assertThat(row.dataHash()).isEqualTo(l1.batches.get(0));
    assertThat(row.txCount()).isEqualTo(1);
    assertThat(posted.l1GasPerItem()).isEqualTo(posted.l1GasUsed() / 2);
    assertThat(store.batches().timeline(0)).extracting(BatchTable.StatusChange::status)
        .containsExactly("intended", "posted");
    assertThat(batcher.nextBlock()).isEqualTo(3);
  }

  @Test
  void postsAFullBatchAtOnceAndLeavesTheRestForTheNext() throws Exception {
    l2.fund(BigInteger.ONE, alice);
    for (int nonce = 0; nonce < 4; nonce++) {
      transfer(nonce);
    }

    batcher.tick();

    final BatchBuilt built = l2.events.of(BatchBuilt.class).get(0);
    assertThat(built.reason()).isEqualTo("full");
    assertThat(built.items()).isEqualTo(4);
    assertThat(built.lastBlock()).isEqualTo(4);
    assertThat(batcher.nextBlock()).isEqualTo(5);
  }

  @Test
  void anAnswerLostAfterSendingIsFoundOnL1AndTheBatchIsNotSentAgain() throws Exception {
    l2.fund(BigInteger.ONE, alice);
    l2.clock.advance(MAX_AGE);
    l1.loseNextAnswer();

    batcher.tick();
    assertThat(batcher.state()).isEqualTo(BatcherState.POSTING);
    assertThat(l2.events.of(BatchPostFailed.class)).hasSize(1);
    batcher.tick();

    assertThat(l1.mined).containsExactly("batch");
    assertThat(l2.events.of(BatchFoundOnL1.class)).hasSize(1);
    assertThat(store.batches().get(0).orElseThrow().status()).isEqualTo("posted");
    assertThat(batcher.state()).isEqualTo(BatcherState.IDLE);
  }

  @Test
  void aTransactionThatTimedOutIsWaitedForByItsHashAlsoAfterARestart() throws Exception {
    l2.fund(BigInteger.ONE, alice);
    l2.clock.advance(MAX_AGE);
    l1.holdNextTransaction();

    batcher.tick();
    assertThat(store.batches().get(0).orElseThrow().l1Tx()).as("its hash is stored").isNotNull();
    batcher = newBatcher();
    batcher.tick();
    assertThat(batcher.state()).as("still pending: not sent again").isEqualTo(BatcherState.POSTING);
    l1.mineHeld();
    batcher.tick();

    assertThat(l1.mined).containsExactly("batch");
    assertThat(store.batches().get(0).orElseThrow().status()).isEqualTo("posted");
    assertThat(l2.events.of(BatchFoundOnL1.class)).hasSize(1);
  }

  @Test
  void aBatcherKilledBetweenRecordingAndSendingSendsTheRecordedBatchOnceAfterTheRestart() throws Exception {
    l2.fund(BigInteger.ONE, alice);
    l2.clock.advance(MAX_AGE);
    l1.crashBeforeNextSend();
    try {
      batcher.tick();
    } catch (IllegalStateException killed) {
      // the process ends here; only the store and L1 remain
    }
    assertThat(store.batches().get(0).orElseThrow().status()).isEqualTo("intended");
    transfer(0); // the sequencer goes on meanwhile: the recorded batch must not change

    batcher = newBatcher();
    assertThat(batcher.state()).isEqualTo(BatcherState.POSTING);
    batcher.tick();

    assertThat(l1.mined).containsExactly("batch");
    assertThat(l1.batches.get(0)).isEqualTo(store.batches().get(0).orElseThrow().dataHash());
    assertThat(store.batches().get(0).orElseThrow().lastBlock()).isEqualTo(1);
  }

  @Test
  void aBatcherKilledAfterSendingFindsItsBatchOnL1AfterTheRestartAndDoesNotSendItAgain() throws Exception {
    l2.fund(BigInteger.ONE, alice);
    l2.clock.advance(MAX_AGE);
    l1.loseNextAnswer();
    batcher.tick(); // mined, but the store still says "intended", as if killed before it heard back

    batcher = newBatcher();
    batcher.tick();

    assertThat(l1.mined).containsExactly("batch");
    assertThat(store.batches().get(0).orElseThrow().status()).isEqualTo("posted");
    transfer(0);
    l2.clock.advance(MAX_AGE);
    batcher.tick();
    assertThat(l1.mined).containsExactly("batch", "batch");
    assertThat(store.batches().get(1).orElseThrow().firstBlock()).isEqualTo(2);
  }

  @Test
  void sendsEachBatchToTheInboxFromTheBatcherKeyWithTheNonceOfItsIndex() throws Exception {
    l2.fund(BigInteger.ONE, alice);
    l2.clock.advance(MAX_AGE);
    batcher.tick();
    transfer(0);
    l2.clock.advance(MAX_AGE);
    batcher.tick();

    final Address from = Address.fromHex(BATCHER.getAddress());
    assertThat(l1.transactionsFrom(from, 0, l1.latestBlock().number()))
        .extracting(L1SentTransaction::nonce, L1SentTransaction::to)
        .containsExactly(tuple(FakeRollupL1.FIRST_NONCE, FakeRollupL1.INBOX),
            tuple(FakeRollupL1.FIRST_NONCE + 1, FakeRollupL1.INBOX));
    assertThat(l1.transactionsFrom(from, 0, l1.latestBlock().number()).get(1).data())
        .isEqualTo(batcher.recorded(1).orElseThrow().data());
  }

  @Test
  void aBatchThatWouldLeaveAnOverdueDepositOutIsBuiltAgainWithTheDepositForcedIn() throws Exception {
    l2.fund(BigInteger.ONE, alice);
    faults.censorDeposits(true);
    l2.sequencer.enqueueDeposit(1, SequencerFixture.L1_USER, BOB, BigInteger.TEN);
    transfer(0);
    assertThat(l2.sequencer.waitingDeposits()).as("censored").isEqualTo(1);
    l1.depositOverdue(1);
    l2.clock.advance(MAX_AGE);

    batcher.tick();
    assertThat(batcher.state()).isEqualTo(BatcherState.FORCING_DEPOSIT);
    assertThat(store.batches().get(0).orElseThrow().status()).isEqualTo("refused");
    l2.sealNextBlock();
    batcher.tick();
    batcher.tick();

    assertThat(l2.sequencer.account(BOB, false).balance()).isEqualTo(BigInteger.valueOf(11));
    assertThat(l1.mined).containsExactly("batch");
    assertThat(l2.events.all()).filteredOn(e -> e.role().equals("batcher")).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("BatchBuilt", "DepositOverdue", "ForcedDepositIncluded", "BatchBuilt", "BatchPosted");
    final BatchTable.Row row = store.batches().get(0).orElseThrow();
    assertThat(row.firstBlock()).isEqualTo(1);
    assertThat(row.lastBlock()).isEqualTo(3);
  }

  /**
   * A sent batch that counts as empty on L1 (L1 time jumped past a deposit's deadline between the
   * check and the send) executed none of its blocks there: the batcher sends them again in the next
   * batch, so that L1 executes what the sequencer executed. It builds no batch on top of one whose
   * verdict it has not seen.
   */
  @Test
  void theBlocksOfASentBatchThatCountsAsEmptyGoIntoTheNextBatch() throws Exception {
    l2.fund(BigInteger.ONE, alice);
    l2.clock.advance(MAX_AGE);
    batcher.tick();
    l1.judge(0, Optional.empty());
    transfer(0);
    l2.clock.advance(MAX_AGE);

    batcher.tick();
    assertThat(l1.mined).as("batch 0 is not derived yet: nothing is built on it").containsExactly("batch");
    l1.judge(0, Optional.of(new BatchPosting.Verdict("it leaves out deposit #0, overdue")));
    batcher.tick();

    assertThat(l1.mined).containsExactly("batch", "batch");
    assertThat(l2.events.of(SentBatchCountsAsEmpty.class)).containsExactly(
        new SentBatchCountsAsEmpty(0, "it leaves out deposit #0, overdue", 1));
    assertThat(store.batches().get(0).orElseThrow().lastBlock()).isEqualTo(1);
    final BatchTable.Row again = store.batches().get(1).orElseThrow();
    assertThat(again.firstBlock()).as("batch 0's block, sent again, and the one after it").isEqualTo(1);
    assertThat(again.lastBlock()).isEqualTo(2);
    assertThat(batcher.nextBlock()).isEqualTo(3);
  }

  @Test
  void aWithheldBatchIsSentWithItsDataOnceTheClaimAboutItIsWithdrawnAlsoAfterARestart() throws Exception {
    l2.fund(BigInteger.ONE, alice);
    faults.withholdNextBatch();
    l2.clock.advance(MAX_AGE);

    batcher.tick();
    assertThat(batcher.state()).isEqualTo(BatcherState.WITHHOLDING);
    assertThat(batcher.withheldBatch()).hasValueSatisfying(b -> assertThat(b.index()).isZero());
    assertThat(store.batches().get(0).orElseThrow().status()).isEqualTo("withheld");
    batcher = newBatcher();
    batcher.tick();
    assertThat(batcher.state()).as("still withheld after a restart").isEqualTo(BatcherState.WITHHOLDING);
    assertThat(l1.mined).isEmpty();
    l1.rollBack(0);
    batcher.tick();

    assertThat(l1.mined).containsExactly("batch");
    assertThat(batcher.withheldBatch()).isEmpty();
    assertThat(store.batches().get(0).orElseThrow().status()).isEqualTo("posted");
    assertThat(l2.events.all()).filteredOn(e -> e.role().equals("batcher")).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("BatchBuilt", "BatchDataWithheld", "WithheldBatchReleased", "BatchPosted");
  }
}
