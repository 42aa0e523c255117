package io.rolluplab.rollup.batcher;

import io.rolluplab.devnet.types.UInt256;
import io.rolluplab.rollup.batcher.BatcherEvent.BatchBuilt;
import io.rolluplab.rollup.batcher.BatcherEvent.BatchDataWithheld;
import io.rolluplab.rollup.batcher.BatcherEvent.BatchFoundOnL1;
import io.rolluplab.rollup.batcher.BatcherEvent.BatchIndexTaken;
import io.rolluplab.rollup.batcher.BatcherEvent.BatchPostFailed;
import io.rolluplab.rollup.batcher.BatcherEvent.BatchPosted;
import io.rolluplab.rollup.batcher.BatcherEvent.BatchWaitsForExecution;
import io.rolluplab.rollup.batcher.BatcherEvent.BatchesRewound;
import io.rolluplab.rollup.batcher.BatcherEvent.DepositOverdue;
import io.rolluplab.rollup.batcher.BatcherEvent.ForcedDepositIncluded;
import io.rolluplab.rollup.batcher.BatcherEvent.InvalidTransactionSmuggled;
import io.rolluplab.rollup.batcher.BatcherEvent.SentBatchCountsAsEmpty;
import io.rolluplab.rollup.batcher.BatcherEvent.WithheldBatchReleased;
import io.rolluplab.rollup.contracts.ContractError;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.event.EventSink;
import io.rolluplab.rollup.fault.Faults;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1LogFilter;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1RevertException;
import io.rolluplab.rollup.l1.L1TimeoutException;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.sequencer.L2Block;
import io.rolluplab.rollup.sequencer.SequencerQueries;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.step.StepGate;
import io.rolluplab.rollup.store.BatchTable;
import io.rolluplab.rollup.store.RollupStore;
import java.math.BigInteger;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The batcher's loop: packs sealed L2 blocks into batches and posts each to L1 exactly once.
 * {@link #tick()} is one turn; the node calls it after the sequencer's, tests call it directly.
 *
 * <p>Exactly once, across failures and {@code kill -9}: a batch is written to the store
 * ("intended") before it is sent. Whenever the batcher finds a batch in that state (a send failed,
 * or the process starts again), it first looks on L1: the receipt of the transaction it sent, if
 * the send timed out (its hash is stored), else the batch at its index ({@link
 * BatchPosting#findOnL1}). Either means it was sent, and it is not sent again.
 *
 * <p>Before sending it asks L1 whether the batch would count ({@link BatchPosting#check}): one that
 * leaves an overdue deposit out would not, so the batcher makes the sequencer include the deposit
 * and builds the batch again.
 *
 * <p>Where others may commit too (the zk rollup, once a deposit is overdue), L1 numbers commits in
 * the order they arrive, so someone else's commit can take the index of a batch recorded here. A
 * batch is sent only while L1 holds no other batch at its index, and must land at its index. If not,
 * the sequencer takes back the unproven batches ({@link BatchPosting#takeBackCall}) and posts its
 * blocks again from the first taken back ({@link BatchIndexTaken}): its blocks are what its users
 * were told. A proven batch cannot be taken back: then the batcher says so and stops.
 */
public final class BatcherDriver {
  private final BatcherConfig config;
  private final L1Client l1;
  private final SequencerQueries l2;
  private final LongConsumer forceDeposit;
  private final RollupStore store;
  private final Faults faults;
  private final EventSink events;
  private final InstantSource clock;
  private final BatchPacker packer;
  private BatcherState state = BatcherState.IDLE;
  /** The index the next batch gets on L1. */
  private long nextIndex;
  /** The first L2 block no batch on L1 holds. */
  private long nextBlock = 1;
  /** The batch under way (POSTING, WITHHOLDING), else null. */
  private Batch current;
  /** The first deposit no batch before {@link #nextBlock} holds, once known; -1 until then. */
  private long nextDeposit = -1;
  /** The last batch sent whose verdict on L1 it has not seen yet, else -1: the next waits for it. */
  private long unconfirmed = -1;
  /** A transaction sent for the current batch whose receipt has not come (a timeout), else null. */
  private Bytes32 sentTx;
  /** Whether L1 refused the current batch's last attempt before it was sent (its estimate reverted). */
  private boolean unsent;
  /** The last batch reported as waiting for L1 to execute batches (zk: TooManyUnexecuted), -1 before any. */
  private long reportedWaiting = -1;
  /** The deposit L1 forced in (FORCING_DEPOSIT), and then the block the next batch must reach. */
  private long forcedDeposit = -1;
  private long mustReach = -1;
  /** Asked before each transition: step mode holds it there. */
  private StepGate gate = StepGate.OPEN;
  /** The index a proven batch of someone else's holds, reported, where the current batch was meant to go; else -1. */
  private long takenForGood = -1;

  /**
   * A batcher that resumes from the store: after the last batch L1 holds, or with the batch it had
   * recorded but maybe not sent.
   *
   * @param forceDeposit makes the sequencer include the deposits up to an index (force inclusion)
   * @throws IllegalStateException if a recorded batch no longer rebuilds to its recorded data hash
   */
  public BatcherDriver(final BatcherConfig config, final L1Client l1, final SequencerQueries l2,
      final LongConsumer forceDeposit, final RollupStore store, final Faults faults, final EventSink events,
      final InstantSource clock) {
    this.config = config;
    this.l1 = l1;
    this.l2 = l2;
    this.forceDeposit = forceDeposit;
    this.store = store;
    this.faults = faults;
    this.events = events;
    this.clock = clock;
    this.packer = new BatchPacker(config);
    store.batches().last().map(this::firstOfReverted).ifPresent(this::resume);
  }

  /**
   * Picks up after the last recorded batch: one L1 would have refused is built anew; one still
   * "intended", or with no gas on record, may or may not be on L1 (POSTING: look on L1 first), even
   * if the proposer, who reads L1, already moved it on; a withheld one stays withheld until the
   * claim about it is withdrawn.
   */
  private void resume(final BatchTable.Row last) {
    final boolean gone = last.status().equals("refused") || last.status().equals("reverted");
    final boolean unsettled = last.status().equals("intended") || last.l1GasUsed() == null;
    final boolean withheld = last.status().equals("withheld");
    if (gone || unsettled || withheld) {
      nextIndex = last.index();
      nextBlock = last.firstBlock();
    } else {
      nextIndex = last.index() + 1;
      nextBlock = last.lastBlock() + 1;
      unconfirmed = last.index();
    }
    if (!gone && (unsettled || withheld)) {
      current = rebuild(last);
      sentTx = withheld ? null : last.l1Tx();
      state = withheld ? BatcherState.WITHHOLDING : BatcherState.POSTING;
    }
  }

  /** The first of the reverted batches {@code last} ends, or {@code last} itself if it was not reverted. */
  private BatchTable.Row firstOfReverted(final BatchTable.Row last) {
    BatchTable.Row first = last;
    while (first.status().equals("reverted") && first.index() > 0) {
      final BatchTable.Row before = store.batches().get(first.index() - 1).orElseThrow();
      if (!before.status().equals("reverted")) {
        break;
      }
      first = before;
    }
    return first;
  }

  /** The recorded batch built again from its blocks (with the smuggled replay, if that is what was recorded). */
  private Batch rebuild(final BatchTable.Row row) {
    final Batch plain = Batch.of(row.index(), blocks(row.firstBlock(), row.lastBlock()).toList());
    final Batch batch = plain.dataHash().equals(row.dataHash()) ? plain
        : plain.withReplayedTransaction().filter(b -> b.dataHash().equals(row.dataHash())).orElse(plain);
    if (!batch.dataHash().equals(row.dataHash())) {
      throw new IllegalStateException("recorded batch " + row.index() + " (L2 blocks " + row.firstBlock() + "–"
          + row.lastBlock() + ") rebuilds to data hash " + batch.dataHash() + ", not the recorded " + row.dataHash()
          + "; the store and the L2 blocks disagree. Start with a new --data-dir");
    }
    return batch;
  }

  /**
   * One turn: observe L2 and L1, decide what the current state calls for, act.
   *
   * @throws L1Exception if L1 cannot be read; the next tick tries again
   */
  public synchronized void tick() throws L1Exception {
    switch (state) {
      case IDLE -> buildAndPost();
      case POSTING -> postAgain();
      case WITHHOLDING -> checkWithheld();
      case FORCING_DEPOSIT -> checkForcedDeposit();
    }
  }

  /** IDLE: if the unbatched blocks make a batch now, record it, then send it. */
  private void buildAndPost() {
    if (!config.posting().ready(nextIndex) || !lastSentCounts()) {
      return; // the zk posting computes the diff from the state before the batch: wait until it is derived
    }
    final Optional<BatchPacker.Packed> packed =
        packer.pack(unbatchedBlocks(), clock.instant(), mustReach);
    if (packed.isEmpty()) {
      return;
    }
    final Batch batch = Batch.of(nextIndex, packed.get().blocks());
    final boolean armed = faults.settings().withholdNextBatch() && config.posting().canWithhold();
    if (!gate.mayProceed((armed ? "Withhold batch " : "Post batch ") + batch.index() + " (L2 blocks "
        + batch.firstBlock() + "–" + batch.lastBlock() + ", " + batch.itemCount() + " items)" + (armed
            ? ": the withhold-data fault is armed, so its data stays off L1 while the operator claims a root for it."
            : " to L1, in the calldata of one transaction."))) {
      return;
    }
    current = batch;
    if (faults.settings().smuggleInvalidTransaction()) {
      final Optional<Batch> smuggled = current.withReplayedTransaction(); // a batch without transactions waits
      if (smuggled.isPresent() && faults.takeSmuggleInvalidTransaction()) {
        current = smuggled.get();
        events.publish(new InvalidTransactionSmuggled(current.index(), current.itemCount() - 1));
      }
    }
    // a rollup that cannot withhold (zk) refuses the fault when it is switched on (Faults)
    final boolean withholding = config.posting().canWithhold() && faults.takeWithholdNextBatch();
    final BatchTable.Row row = current.row(withholding ? "withheld" : "intended");
    store.batches().record(row, clock.instant());
    state = state.build();
    events.publish(new BatchBuilt(current.index(), current.firstBlock(), current.lastBlock(), current.itemCount(),
        row.dataBytes(), row.deflatedBytes(), current.dataHash(), packed.get().reason().name().toLowerCase()));
    if (withholding) {
      state = state.withheld();
      events.publish(new BatchDataWithheld(current.index(), current.dataHash()));
      return;
    }
    send();
  }

  /**
   * POSTING after a failure or a restart: the batch may be on L1 already; send it only if not. A
   * transaction that timed out is waited for (its receipt); one that failed on chain is sent again.
   */
  private void postAgain() throws L1Exception {
    if (!config.posting().ready(current.index())) {
      return;
    }
    if (unsent) {
      send(); // L1 refused the last attempt before it was sent: the batch is not on L1
      return;
    }
    if (sentTx != null) {
      final Optional<L1Receipt> receipt = l1.receipt(sentTx);
      if (receipt.isEmpty()) {
        return; // still pending: sending again could put the batch on L1 twice
      }
      sentTx = null;
      if (receipt.get().success()) {
        if (config.posting().indexOf(receipt.get(), current.index()) != current.index()) {
          takeBack();
          return;
        }
        events.publish(new BatchFoundOnL1(current.index(), receipt.get().transactionHash()));
        sent(receipt.get());
        return;
      }
    }
    final Optional<L1Receipt> onL1 = config.posting().findOnL1(l1, current, config.fromL1Block());
    if (onL1.isEmpty()) {
      send();
      return;
    }
    foundOnL1(onL1.get());
  }

  /** The current batch is on L1 already, posted by the transaction of {@code receipt}: recorded as sent, not sent again. */
  private void foundOnL1(final L1Receipt receipt) {
    events.publish(new BatchFoundOnL1(current.index(), receipt.transactionHash()));
    sent(receipt);
  }

  private void send() {
    unsent = false;
    try {
      if (othersMayCommit() && config.posting().batchCount(l1) > current.index()) {
        // someone else committed at this index: exactly this batch (a forced batch of the same
        // deposits), which stands as this one; or another one, which this one can never be
        final Optional<L1Receipt> same = config.posting().findOnL1(l1, current, config.fromL1Block());
        if (same.isPresent()) {
          foundOnL1(same.get());
        } else {
          takeBack();
        }
        return;
      }
      config.posting().check(l1, current, firstDepositOf(current));
      final L1Receipt receipt = l1.sendAndWait(config.posting().signer(), config.posting().transaction(current));
      if (config.posting().indexOf(receipt, current.index()) != current.index()) {
        takeBack();
        return;
      }
      sent(receipt);
    } catch (L1RevertException e) {
      unsent = e.transactionHash().isEmpty();
      final String error = e.error().map(ContractError::name).orElse("");
      if (error.equals("DepositOverdue")) {
        refused(errorArgument(e));
      } else if (error.equals("TooManyUnexecuted")) {
        waitForExecution(errorArgument(e));
      } else {
        events.publish(new BatchPostFailed(current.index(), e.getMessage()));
      }
    } catch (L1TimeoutException e) {
      sentTx = e.transactionHash();
      store.batches().setL1Tx(current.index(), sentTx, null);
      events.publish(new BatchPostFailed(current.index(), e.getMessage()));
    } catch (L1Exception e) {
      events.publish(new BatchPostFailed(current.index(), e.getMessage()));
    }
  }

  private boolean othersMayCommit() {
    return config.posting().takeBackCall().isPresent();
  }

  /**
   * POSTING, where others may commit: L1's batch at the current index is someone else's, so the
   * current batch can never be it as it is. Takes back the unproven batches and starts again from
   * the first of them, or, if that batch is proven, says once that it cannot and stays put.
   */
  private void takeBack() throws L1Exception {
    final long index = current.index();
    if (takenForGood == index || !gate.mayProceed("Take back the unproven batches on L1 (revertBatches): someone"
        + " else committed batch " + index + " before this operator's batch " + index + " got there.")) {
      return;
    }
    final Bytes32 other = config.posting().holderOf(l1, index, config.fromL1Block()).orElseThrow();
    Bytes32 takenBack = null;
    try {
      takenBack = l1.sendAndWait(config.posting().signer(), L1Transaction.call(config.rollup(),
          config.posting().takeBackCall().orElseThrow())).transactionHash();
    } catch (L1RevertException e) {
      // NothingToRevert: every committed batch is proven, the other one too
    }
    final long count = config.posting().batchCount(l1);
    final boolean otherIsProven = count > index; // nothing took the batches back
    events.publish(new BatchIndexTaken(index, current.firstBlock(), current.lastBlock(), other,
        otherIsProven ? null : takenBack, count));
    if (otherIsProven) {
      takenForGood = index;
      return;
    }
    nextIndex = index + 1; // the current batch is taken back with the others: rewound as if it had been sent
    rewindTo(count);
  }

  /** The batch is on L1: store where, then tell. */
  private void sent(final L1Receipt receipt) {
    final Batch batch = current;
    final boolean movedOn = store.batches().get(batch.index())
        .filter(r -> !r.status().equals("intended") && !r.status().equals("withheld")).isPresent();
    if (movedOn) {
      store.batches().setL1Tx(batch.index(), receipt.transactionHash(), receipt.gasUsed());
    } else {
      store.batches().setSent(batch.index(), receipt.transactionHash(), receipt.gasUsed(), "posted", clock.instant());
    }
    store.l2Blocks().setBatched(batch.firstBlock(), batch.lastBlock(), batch.index());
    mustReach = -1;
    nextDeposit = firstDepositOf(batch) + batch.depositCount();
    unconfirmed = batch.index();
    state = state.posted();
    advancePast(batch);
    events.publish(new BatchPosted(batch.index(), receipt.transactionHash(), receipt.blockNumber(), receipt.gasUsed(),
        config.posting().postedBytes(batch), batch.itemCount(), receipt.gasUsed() / batch.itemCount()));
  }

  /**
   * Whether the next batch may be built: the last one sent counts on L1, or counts as empty and its
   * blocks were taken back to be sent again. A batch is built on the state the sequencer's blocks
   * reached, so it must wait until L1 is known to have executed the blocks before it.
   */
  private boolean lastSentCounts() {
    if (unconfirmed < 0) {
      return true;
    }
    final Optional<BatchPosting.Verdict> verdict = config.posting().verdict(unconfirmed);
    if (verdict.isEmpty()) {
      return false; // not derived yet
    }
    if (!verdict.get().counts()) {
      final long firstBlock = store.batches().get(unconfirmed).orElseThrow().firstBlock();
      nextBlock = firstBlock;
      nextDeposit = -1;
      events.publish(new SentBatchCountsAsEmpty(unconfirmed, verdict.get().whyNot(), firstBlock));
    }
    unconfirmed = -1;
    return true;
  }

  private void advancePast(final Batch batch) {
    nextIndex = batch.index() + 1;
    nextBlock = batch.lastBlock() + 1;
    current = null;
  }

  /** L1 would not count the batch, as it skips overdue deposit {@code depositIndex}: make the sequencer include it. */
  private void refused(final long depositIndex) {
    store.batches().setStatus(current.index(), "refused", clock.instant());
    forceDeposit.accept(depositIndex);
    forcedDeposit = depositIndex;
    current = null;
    state = state.refusedForDeposit();
    events.publish(new DepositOverdue(nextIndex, depositIndex));
  }

  /**
   * L1 takes no more commitments while {@code maxUnexecuted} batches wait for execution (zk): the
   * batch stays recorded and is sent again each turn, until the prover and the executor have made
   * room. Said once per batch, not once per turn: it is the rollup pacing itself, not a failure.
   */
  private void waitForExecution(final long maxUnexecuted) {
    if (reportedWaiting != current.index()) {
      reportedWaiting = current.index();
      events.publish(new BatchWaitsForExecution(current.index(), maxUnexecuted));
    }
  }

  /** The first argument of the contract error {@code e} carries, a number. */
  private static long errorArgument(final L1RevertException e) {
    return ((BigInteger) e.error().orElseThrow().args().get(0).getValue()).longValueExact();
  }

  /** FORCING_DEPOSIT: once a block holds the forced deposit, the next batch must reach that block. */
  private void checkForcedDeposit() {
    for (final L2Block block : unbatchedBlocks()) {
      if (block.deposits().stream().anyMatch(d -> d.index() >= forcedDeposit)) {
        mustReach = block.number();
        state = state.depositIncluded();
        events.publish(new ForcedDepositIncluded(forcedDeposit, block.number()));
        return;
      }
    }
  }

  /**
   * WITHHOLDING: once the claim the operator made about the withheld batch is withdrawn (nobody
   * could show its data, so its proposer lost), the batch is sent for real, with its data.
   */
  private void checkWithheld() throws L1Exception {
    final L1LogFilter rolledBack = new L1LogFilter(config.rollup(),
        List.of(OptimisticRollupContract.ROOT_ROLLED_BACK.topic(), UInt256.valueOf(current.index())),
        config.fromL1Block(), l1.latestBlock().number());
    if (l1.logs(rolledBack).isEmpty() || !gate.mayProceed("Send withheld batch " + current.index() + " to L1 with its"
        + " data: the claim made without it was withdrawn.")) {
      return;
    }
    store.batches().setStatus(current.index(), "intended", clock.instant());
    state = state.released();
    events.publish(new WithheldBatchReleased(current.index()));
    send();
  }

  /**
   * The batch being withheld (teaching fault): the operator's proposer claims a root for it
   * without its data on L1. Empty unless the batcher is WITHHOLDING.
   */
  public synchronized Optional<Batch> withheldBatch() {
    return state == BatcherState.WITHHOLDING ? Optional.of(current) : Optional.empty();
  }

  /**
   * The queue index of {@code batch}'s first deposit, or, if it has none, of the first deposit no
   * earlier batch holds: what L1 reads its deposits from. The latter is kept as batches are sent,
   * and found once by reading back from the batch's first block after a start or a rewind.
   */
  private long firstDepositOf(final Batch batch) {
    if (batch.firstDeposit() >= 0) {
      return batch.firstDeposit();
    }
    if (nextDeposit < 0) {
      nextDeposit = 0;
      for (long n = batch.firstBlock() - 1; n > 0; n--) { // from the newest block back to the last deposit
        final L2Block block = l2.block(n).orElseThrow();
        if (!block.deposits().isEmpty()) {
          nextDeposit = block.deposits().get(block.deposits().size() - 1).index() + 1;
          break;
        }
      }
    }
    return nextDeposit;
  }

  /**
   * The sealed blocks no batch on L1 holds, oldest first, each read when the loop reaches it: the
   * blocks behind a long backlog are read back from the store, so a turn reads only what it uses.
   */
  private Iterable<L2Block> unbatchedBlocks() {
    return blocks(nextBlock, l2.head().number())::iterator;
  }

  /** L2 blocks {@code from} to {@code to}, read one by one as the stream is consumed. */
  private Stream<L2Block> blocks(final long from, final long to) {
    return LongStream.rangeClosed(from, to).mapToObj(n -> l2.block(n).orElseThrow());
  }

  /**
   * Batch {@code batchIndex} as this batcher recorded it (with a smuggled transaction, if that is
   * what it posted), rebuilt from its L2 blocks: what a zk prover needs, since L1 holds only its diff.
   *
   * @throws IllegalStateException if the recorded batch no longer rebuilds to its recorded data hash
   */
  public synchronized Optional<Batch> recorded(final long batchIndex) {
    return store.batches().get(batchIndex).map(this::rebuild);
  }

  /**
   * Starts again from batch {@code batchIndex}, which L1 no longer holds (the zk sequencer reverted
   * it and every batch after it): the blocks it held go into the next batch, marked "reverted" in
   * the store until then.
   */
  public synchronized void rewindTo(final long batchIndex) {
    final BatchTable.Row first = store.batches().get(batchIndex).orElseThrow(() -> new IllegalArgumentException(
        "batch " + batchIndex + " was never recorded: there is nothing to rewind to"));
    for (long i = batchIndex; i < nextIndex; i++) {
      store.batches().setReverted(i, clock.instant());
    }
    nextIndex = batchIndex;
    nextBlock = first.firstBlock();
    nextDeposit = -1;
    current = null;
    sentTx = null;
    takenForGood = -1;
    state = BatcherState.IDLE;
    events.publish(new BatchesRewound(batchIndex, first.firstBlock()));
  }

  /** Has each of its transitions wait at {@code stepGate} first (step mode); the gate is open until then. */
  public synchronized void gateSteps(final StepGate stepGate) {
    this.gate = stepGate;
  }

  public synchronized BatcherState state() {
    return state;
  }

  /** The first L2 block no posted batch holds yet. */
  public synchronized long nextBlock() {
    return nextBlock;
  }
}
