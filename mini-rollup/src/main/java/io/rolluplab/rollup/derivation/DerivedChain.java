package io.rolluplab.rollup.derivation;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.derivation.L1Fact.BatchFinalized;
import io.rolluplab.rollup.derivation.L1Fact.BatchSent;
import io.rolluplab.rollup.derivation.L1Fact.DepositSeen;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.execution.DepositSource;
import io.rolluplab.rollup.execution.ItemOutcome;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.CompactProof;
import io.rolluplab.rollup.state.L2State;
import io.rolluplab.rollup.state.Withdrawal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The L2 chain computed from L1 alone: every batch executed exactly as L1 holds it, in batch
 * order, with the deposits L1 queued (L2-RULES.md §3). It never sees the sequencer: what it
 * computes is what anyone who reads L1 computes, so a proposer can claim its roots and a
 * challenger can check someone else's claims against them.
 *
 * <p><b>What it keeps.</b> For each batch that is not final yet, the data (as bytes: {@link
 * ExecutedBatch}) and its pre- and post-state roots, because a dispute can still ask for the roots
 * S_0..S_n after each item. It computes those only when asked: executing a batch, it asks the state
 * root once, at the end, so the paths its items changed are hashed once, sharing their upper levels,
 * instead of after every item; the first inner root a dispute asks for executes the batch again,
 * from the state before it. Once L1 finalizes a batch no dispute can, so its data is dropped and
 * the batch is applied to a second state, the <i>settled</i> state after the last final batch;
 * {@link #replay} starts from it. So memory grows with the batches inside the challenge window
 * (about 100 bytes per item), not with the chain. (The price: each batch is executed twice, once
 * when posted and once when final; the second time with the signers the first recovered, since a
 * signature's verdict cannot change and recovering it costs more than the rest of the item.) The
 * proofs of withdrawals are kept for good: they are small, and a withdrawal can be paid long after
 * its batch is final.
 *
 * <p>Batch i is the batcher's transaction with nonce {@code firstBatcherNonce + i}; what it holds is
 * decided by {@link BatchRules}, and one that breaks them counts as empty (no items, the root
 * unchanged), as L1 judges it in a data challenge. A batch the batcher has not sent cannot be
 * executed: the chain waits there.
 *
 * <p>A batch is executed whole or not at all: if an item throws (a bug), the state is put back as
 * it was before the batch, so the same batch can be given again.
 *
 * <p>Not thread-safe: the node runs its roles in one thread, and each role that shares a derived
 * chain reads it between two {@link #accept} calls.
 */
public final class DerivedChain implements DerivedWithdrawals {
  private final long l2ChainId;
  private final BatchRules rules;
  /** Deposits L1 queued that no final batch has consumed yet. */
  private final NavigableMap<Long, Deposit> deposits = new TreeMap<>();
  /** When each of those was queued (L1 seconds). */
  private final NavigableMap<Long, Long> queuedAt = new TreeMap<>();
  /** The first deposit no executed batch consumed. */
  private long nextDeposit;
  private final DepositSource depositSource = this::deposit;
  /** The state after every executed batch. */
  private L2StateMachine head;
  /** The state after every final batch: where a replay starts. */
  private final L2StateMachine settled;
  /** Executed batches that are not final, by index. */
  private final NavigableMap<Long, ExecutedBatch> open = new TreeMap<>();
  /** The withdrawals each batch wrote, with their proofs against its post-state root. */
  private final Map<Long, List<ProvenWithdrawal>> withdrawals = new TreeMap<>();
  private long executedCount;
  private long settledCount;

  /** A withdrawal leaf written by batch {@code batchIndex}, and its proof against that batch's post-state root. */
  public record ProvenWithdrawal(Withdrawal withdrawal, long batchIndex, CompactProof proof) {}

  /** A chain of L2 {@code l2ChainId} whose batches count by {@code rules}. */
  public DerivedChain(final long l2ChainId, final BatchRules rules) {
    this.l2ChainId = l2ChainId;
    this.rules = rules;
    this.head = new L2StateMachine(new L2State(), l2ChainId, depositSource);
    this.settled = new L2StateMachine(new L2State(), l2ChainId, depositSource);
  }

  /**
   * Takes the next fact, in L1 order: deposits are remembered, sent batches executed, finalized
   * batches settled; the other facts are claims about the chain, not the chain, and change nothing.
   * The same batch given again changes nothing.
   *
   * @throws IllegalStateException if a batch arrives out of order: a fact was missed
   */
  public void accept(final L1Fact fact) {
    if (fact instanceof DepositSeen seen) {
      deposits.put(seen.index(), seen.deposit());
      queuedAt.put(seen.index(), seen.queuedAt());
    } else if (fact instanceof BatchSent sent) {
      execute(sent);
    } else if (fact instanceof BatchFinalized finalized) {
      settleUpTo(finalized.batchIndex());
    }
    // roots, data challenges, disputes: L1 said something about the chain, but the chain itself is
    // only the batcher's batches
  }

  /** The number of batches executed so far: batches 0 .. executedCount - 1. */
  @Override
  public long executedCount() {
    return executedCount;
  }

  /** The number of batches final on L1 (and no longer kept item by item). */
  public long settledCount() {
    return settledCount;
  }

  /** Batch {@code batchIndex} with its roots (the inner ones computed when asked for), if it is executed and not final yet. */
  public Optional<ExecutedBatch> batch(final long batchIndex) {
    return Optional.ofNullable(open.get(batchIndex));
  }

  /** The state after every executed batch. Read it, never write it: it is the chain. */
  public L2State state() {
    return head.state();
  }

  /**
   * Item {@code item} of batch {@code batchIndex} executed again from S_item: its outcome, and the
   * {@link io.rolluplab.rollup.execution.Witness} a one-step proof of it sends to L1. It starts
   * from the settled state and executes every batch and item before it on a copy.
   *
   * @throws IllegalArgumentException if the batch is final or not executed, or has no such item
   */
  public ItemOutcome replay(final long batchIndex, final int item) {
    final ExecutedBatch batch = openBatch(batchIndex);
    if (item < 0 || item >= batch.itemCount()) {
      throw new IllegalArgumentException("item: batch " + batchIndex + " has items 0.." + (batch.itemCount() - 1)
          + ", asked for " + item);
    }
    final L2StateMachine scratch = stateBefore(batchIndex);
    reexecute(scratch, batch, item);
    final BatchData data = batch.data();
    return checked(batch, item, scratch.apply(data.items().get(item), data.l1FeePerByte()));
  }

  private ExecutedBatch openBatch(final long batchIndex) {
    final ExecutedBatch batch = open.get(batchIndex);
    if (batch == null) {
      throw new IllegalArgumentException("batch " + batchIndex + " is " + (batchIndex < settledCount
          ? "final: no dispute can ask for its items any more" : "not executed yet (its data is not on L1)"));
    }
    return batch;
  }

  /** A copy of the state after every batch before {@code batchIndex}, from the settled state on. */
  private L2StateMachine stateBefore(final long batchIndex) {
    final L2StateMachine scratch = new L2StateMachine(settled.state().copy(), l2ChainId, depositSource);
    for (final ExecutedBatch before : open.headMap(batchIndex, false).values()) {
      reexecute(scratch, before, before.itemCount());
    }
    return scratch;
  }

  /** The outcome of a replayed item, checked against the batch's roots S_item and S_item+1. */
  private static ItemOutcome checked(final ExecutedBatch batch, final int item, final ItemOutcome outcome) {
    if (!outcome.preRoot().equals(batch.root(item)) || !outcome.postRoot().equals(batch.root(item + 1))) {
      throw new IllegalStateException("replaying item " + item + " of batch " + batch.batchIndex() + " gave roots "
          + outcome.preRoot() + " → " + outcome.postRoot() + ", not " + batch.root(item) + " → "
          + batch.root(item + 1) + " as when it was first executed: execution is not deterministic, a bug");
    }
    return outcome;
  }

  /**
   * The proof of withdrawal {@code withdrawalHash} against the post-state root of batch
   * {@code batchIndex}, if that batch wrote it: what {@code Bridge.finalizeWithdrawal} checks once
   * the batch is final.
   */
  @Override
  public Optional<CompactProof> withdrawalProof(final long batchIndex, final Bytes32 withdrawalHash) {
    return withdrawals(batchIndex).stream()
        .filter(w -> w.withdrawal().hash().equals(withdrawalHash))
        .map(ProvenWithdrawal::proof)
        .findFirst();
  }

  /** The withdrawals batch {@code batchIndex} wrote, in item order, each with its proof. */
  public List<ProvenWithdrawal> withdrawals(final long batchIndex) {
    return withdrawals.getOrDefault(batchIndex, List.of());
  }

  private void execute(final BatchSent sent) {
    final long batchIndex = sent.batchIndex();
    final ExecutedBatch executed = open.get(batchIndex);
    if (executed != null && executed.dataHash().equals(sent.dataHash())) {
      return; // given again: an L1Reader hands a fact again when its handler threw after taking it
    }
    if (batchIndex != executedCount) {
      throw new IllegalStateException("batch " + batchIndex + " arrived, but the next batch to execute is "
          + executedCount + ": a fact was missed or given twice; read L1 again from the deployment block");
    }
    final BatchRules.Verdict verdict = rules.judge(sent, nextDeposit,
        index -> queuedAt.containsKey(index) ? OptionalLong.of(queuedAt.get(index)) : OptionalLong.empty());
    final BatchData data = verdict.valid() ? verdict.data() : new BatchData(0, List.of());
    final Bytes32 preRoot = head.state().root();
    final List<Withdrawal> written = new ArrayList<>();
    final List<Address> signers = new ArrayList<>();
    try {
      for (final BatchItem item : data.items()) {
        final ItemOutcome outcome = head.applyWithoutWitness(item, data.l1FeePerByte());
        signers.add(outcome.sender());
        if (outcome.withdrawal() != null) {
          written.add(outcome.withdrawal());
        }
      }
    } catch (RuntimeException e) {
      head = stateBefore(batchIndex); // the items before the one that threw are applied: undo them
      throw e;
    }
    open.put(batchIndex, new ExecutedBatch(sent, verdict, preRoot, head.state().root(), () -> roots(batchIndex),
        signers));
    if (!written.isEmpty()) {
      withdrawals.put(batchIndex, written.stream()
          .map(w -> new ProvenWithdrawal(w, batchIndex, head.state().withdrawalProof(w.hash())))
          .toList());
    }
    nextDeposit += verdict.depositCount();
    executedCount++;
  }

  /** S_0..S_n of open batch {@code batchIndex}: its items executed again from the state before it, a root after each. */
  private List<Bytes32> roots(final long batchIndex) {
    final ExecutedBatch batch = openBatch(batchIndex);
    final L2StateMachine scratch = stateBefore(batchIndex);
    final BatchData data = batch.data();
    final List<Bytes32> roots = new ArrayList<>(List.of(scratch.state().root()));
    for (int item = 0; item < batch.itemCount(); item++) {
      scratch.reapplyWithoutWitness(data.items().get(item), data.l1FeePerByte(), batch.signer(item));
      roots.add(scratch.state().root());
    }
    return roots;
  }

  /** Applies the final batches up to {@code batchIndex} to the settled state and forgets their items. */
  private void settleUpTo(final long batchIndex) {
    while (settledCount <= batchIndex) {
      final ExecutedBatch batch = open.remove(settledCount);
      if (batch == null) {
        throw new IllegalStateException("L1 finalized batch " + settledCount + ", which was never executed here: "
            + "a fact was missed; read L1 again from the deployment block");
      }
      reexecute(settled, batch, batch.itemCount());
      deposits.headMap(batch.firstDeposit() + batch.depositCount()).clear();
      queuedAt.headMap(batch.firstDeposit() + batch.depositCount()).clear();
      settledCount++;
    }
  }

  /** Applies the first {@code count} items of an executed batch again, with the signers its first execution recovered. */
  private static void reexecute(final L2StateMachine machine, final ExecutedBatch batch, final int count) {
    final BatchData data = batch.data();
    for (int item = 0; item < count; item++) {
      machine.reapplyWithoutWitness(data.items().get(item), data.l1FeePerByte(), batch.signer(item));
    }
  }

  private Deposit deposit(final long index) {
    final Deposit deposit = deposits.get(index);
    if (deposit == null) {
      throw new IllegalArgumentException("deposit #" + index + " is not among the deposits the batch consumes");
    }
    return deposit;
  }
}
