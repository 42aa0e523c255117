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
import io.rolluplab.rollup.batcher.BatcherEvent.WithheldBatchDropped;
import io.rolluplab.rollup.contracts.ContractError;
import io.rolluplab.rollup.contracts.ContractEvent;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.event.EventSink;
import io.rolluplab.rollup.fault.Faults;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Log;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.Credentials;

/**
 * The batcher's loop: packs sealed L2 blocks into batches and posts each to L1 exactly once.
 * {@link #tick()} is one turn; the node calls it after the sequencer's, tests call it directly.
 *
 * <p>Exactly once, across failures and {@code kill -9}: a batch is written to the store
 * ("intended") before it is sent. Whenever the batcher finds a batch in that state (a send failed,
 * or the process starts again), it first looks on L1: the receipt of the transaction it sent, if
 * the send timed out (its hash is stored), else the {@code BatchDataAccepted} log of that index with
 * that data hash. Either means it was sent, and it is not sent again.
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
  private final Credentials operator;
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
  /** The batch under way (POSTING, AWAITING_DROP), else null. */
  private Batch current;
  private boolean withholding;
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
  public BatcherDriver(final BatcherConfig config, final L1Client l1, final Credentials operator,
      final SequencerQueries l2, final LongConsumer forceDeposit, final RollupStore store, final Faults faults,
      final EventSink events, final InstantSource clock) {
    this.config = config;
    this.l1 = l1;
    this.operator = operator;
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
   * Picks up after the last recorded batch: one L1 refused or dropped is built anew; one still
   * "intended", or with no gas on record, may or may not be on L1 (POSTING: look on L1 first), even
   * if the proposer, who reads L1, already moved it on; a withheld one waits to be dropped.
   */
  private void resume(final BatchTable.Row last) {
    final boolean gone = last.status().equals("dropped") || last.status().equals("refused")
        || last.status().equals("reverted");
    final boolean unsettled = last.status().equals("intended") || last.l1GasUsed() == null;
    final boolean withheld = last.status().equals("withheld");
    if (gone || unsettled || withheld) {
      nextIndex = last.index();
      nextBlock = last.firstBlock();
    } else {
      nextIndex = last.index() + 1;
      nextBlock = last.lastBlock() + 1;
    }
    if (!gone && (unsettled || withheld)) {
      current = rebuild(last);
      withholding = withheld;
      sentTx = withheld ? null : last.l1Tx();
      state = withheld ? BatcherState.AWAITING_DROP : BatcherState.POSTING;
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
      case AWAITING_DROP -> checkWithheld();
      case FORCING_DEPOSIT -> checkForcedDeposit();
    }
  }

  /** IDLE: if the unbatched blocks make a batch now, record it, then send it. */
  private void buildAndPost() {
    if (!config.posting().ready(nextIndex)) {
      return; // the zk posting computes the diff from the state before the batch: wait until it is derived
    }
    final Optional<BatchPacker.Packed> packed =
        packer.pack(unbatchedBlocks(), clock.instant(), mustReach);
    if (packed.isEmpty()) {
      return;
    }
    final Batch batch = Batch.of(nextIndex, packed.get().blocks());
    if (!gate.mayProceed("Post batch " + batch.index() + " (L2 blocks " + batch.firstBlock() + "–" + batch.lastBlock()
        + ", " + batch.itemCount() + " items) to L1" + (faults.settings().withholdNextBatch()
            ? ", but only its hash: the withhold-data fault is armed." : ", in the calldata of one transaction."))) {
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
    // a rollup without hash-only posting (zk) refuses the fault when it is switched on (Faults)
    withholding = config.posting().hashOnlyCall(current).isPresent() && faults.takeWithholdNextBatch();
    final BatchTable.Row row = current.row("intended");
    store.batches().record(row, clock.instant());
    state = state.build();
    events.publish(new BatchBuilt(current.index(), current.firstBlock(), current.lastBlock(), current.itemCount(),
        row.dataBytes(), row.deflatedBytes(), current.dataHash(), packed.get().reason().name().toLowerCase()));
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
        if (landedElsewhere(receipt.get())) {
          takeBack();
          return;
        }
        events.publish(new BatchFoundOnL1(current.index(), receipt.get().transactionHash()));
        sent(receipt.get());
        return;
      }
    }
    final Optional<L1Log> onL1 = withholding
        ? findOnL1(OptimisticRollupContract.BATCH_DATA_WITHHELD, current.dataHash())
        : findOnL1(config.posting().acceptedEvent(), config.posting().postedHash(current));
    if (onL1.isEmpty()) {
      send();
      return;
    }
    foundOnL1(onL1.get());
  }

  /** The current batch is on L1 already, in the transaction that emitted {@code log}: recorded as sent, not sent again. */
  private void foundOnL1(final L1Log log) throws L1Exception {
    final L1Receipt receipt = l1.receipt(log.transactionHash()).orElseThrow(() -> new IllegalStateException(
        "L1 has a log of transaction " + log.transactionHash() + " but no receipt for it"));
    events.publish(new BatchFoundOnL1(current.index(), receipt.transactionHash()));
    sent(receipt);
  }

  private void send() {
    unsent = false;
    final byte[] call = withholding ? config.posting().hashOnlyCall(current).orElseThrow()
        : config.posting().call(current);
    try {
      if (othersMayCommit() && batchCount() > current.index()) {
        // someone else committed at this index: exactly this batch (a forced batch of the same
        // deposits), which stands as this one; or another one, which this one can never be
        final Optional<L1Log> same = findOnL1(config.posting().acceptedEvent(), config.posting().postedHash(current));
        if (same.isPresent()) {
          foundOnL1(same.get());
        } else {
          takeBack();
        }
        return;
      }
      final L1Receipt receipt = l1.sendAndWait(operator, L1Transaction.call(config.rollup(), call));
      if (landedElsewhere(receipt)) {
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

  /** Whether {@code receipt}'s batch landed at another index than the current batch's: someone else's came first. */
  private boolean landedElsewhere(final L1Receipt receipt) {
    if (!othersMayCommit()) {
      return false;
    }
    final List<Type> accepted = config.posting().acceptedEvent().findIn(receipt.logs()).orElseThrow(() ->
        new IllegalStateException("L1 transaction " + receipt.transactionHash() + " committed no batch"));
    return ((BigInteger) accepted.get(0).getValue()).longValueExact() != current.index();
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
    final Bytes32 other = logsAtCurrentIndex(config.posting().acceptedEvent()).stream()
        .reduce((first, second) -> second).orElseThrow().transactionHash();
    Bytes32 takenBack = null;
    try {
      takenBack = l1.sendAndWait(operator, L1Transaction.call(config.rollup(), config.posting().takeBackCall()
          .orElseThrow())).transactionHash();
    } catch (L1RevertException e) {
      // NothingToRevert: every committed batch is proven, the other one too
    }
    final long count = batchCount();
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

  /** The batch (or its hash) is on L1: store where, then tell. */
  private void sent(final L1Receipt receipt) {
    final Batch batch = current;
    final boolean movedOn = store.batches().get(batch.index()).filter(r -> !r.status().equals("intended")).isPresent();
    if (movedOn) {
      store.batches().setL1Tx(batch.index(), receipt.transactionHash(), receipt.gasUsed());
    } else {
      store.batches().setSent(batch.index(), receipt.transactionHash(), receipt.gasUsed(),
          withholding ? "withheld" : "posted", clock.instant());
    }
    store.l2Blocks().setBatched(batch.firstBlock(), batch.lastBlock(), batch.index());
    mustReach = -1;
    if (withholding) {
      state = state.withheld();
      events.publish(new BatchDataWithheld(batch.index(), receipt.transactionHash(), batch.dataHash()));
      return;
    }
    state = state.posted();
    advancePast(batch);
    events.publish(new BatchPosted(batch.index(), receipt.transactionHash(), receipt.blockNumber(), receipt.gasUsed(),
        config.posting().postedBytes(batch), batch.itemCount(), receipt.gasUsed() / batch.itemCount()));
  }

  private void advancePast(final Batch batch) {
    nextIndex = batch.index() + 1;
    nextBlock = batch.lastBlock() + 1;
    current = null;
  }

  /** L1 refused the batch for skipping overdue deposit {@code depositIndex}: make the sequencer include it. */
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
   * AWAITING_DROP: the withheld batch either was dropped (L1 has fewer batches again: post its
   * blocks anew, with data) or revealed by someone (then it stands as posted).
   */
  private void checkWithheld() throws L1Exception {
    if (batchCount() <= current.index()) {
      store.batches().setStatus(current.index(), "dropped", clock.instant());
      state = state.dropped();
      events.publish(new WithheldBatchDropped(current.index(), current.firstBlock()));
      current = null;
      return;
    }
    if (findOnL1(OptimisticRollupContract.BATCH_DATA_ACCEPTED, current.dataHash()).isPresent()) {
      store.batches().setStatus(current.index(), "posted", clock.instant());
      state = BatcherState.IDLE;
      advancePast(current);
    }
  }

  /** The log of {@code event} for the current batch's index and {@code hash}, if L1 holds that batch now. */
  private Optional<L1Log> findOnL1(final ContractEvent event, final Bytes32 hash) throws L1Exception {
    return logsAtCurrentIndex(event).stream().reduce((first, second) -> second) // the commit L1 holds now
        .filter(log -> event.decode(log.log()).map(v -> dataHash(v.get(1).getValue()).equals(hash))
            .orElse(false));
  }

  /** The logs of {@code event} for the current batch's index, oldest first; none unless L1 holds a batch there. */
  private List<L1Log> logsAtCurrentIndex(final ContractEvent event) throws L1Exception {
    if (batchCount() <= current.index()) {
      return List.of();
    }
    final L1LogFilter filter = new L1LogFilter(config.rollup(),
        List.of(event.topic(), UInt256.valueOf(current.index())), config.fromL1Block(), l1.latestBlock().number());
    return l1.logs(filter);
  }

  private static Bytes32 dataHash(final Object abiBytes32) {
    return Bytes32.wrap((byte[]) abiBytes32);
  }

  private long batchCount() throws L1Exception {
    final byte[] out = l1.call(config.rollup(), OptimisticRollupContract.BATCH_COUNT.encode());
    return ((BigInteger) OptimisticRollupContract.BATCH_COUNT.decode(out).get(0).getValue()).longValueExact();
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
