package io.rolluplab.rollup.derivation;

import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.derivation.L1Fact.BatchFinalized;
import io.rolluplab.rollup.derivation.L1Fact.BatchesReverted;
import io.rolluplab.rollup.derivation.L1Fact.DepositSeen;
import io.rolluplab.rollup.derivation.L1Fact.DiffCommitted;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.CompactProof;
import io.rolluplab.rollup.state.L2State;
import io.rolluplab.rollup.state.Withdrawal;
import io.rolluplab.rollup.statediff.AccountIndex;
import io.rolluplab.rollup.statediff.DiffExecution;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The zk rollup's L2 computed from L1 alone: every committed state diff written into the state, in
 * batch order (L2-RULES.md §5). It rebuilds every balance, nonce and withdrawal leaf, and so the
 * state root the proofs prove, <b>but not the transaction history</b>: L1 never saw the
 * transactions, only their effect. That is the zk rollup's trade: a fraction of the L1 data, and a
 * node that syncs from L1 can tell who holds what, not who paid whom. (The optimistic rollup's
 * {@link DerivedChain} re-executes every transaction, because a fraud proof needs them.)
 *
 * <p>It also gives the operator the state before any batch not yet final ({@link #execute}): the
 * batcher computes a new batch's diff from there, and the prover executes the batch's transactions
 * from there to check them against the committed diff. A committed batch can still be reverted
 * (a batch no proof exists for), so each one keeps the state it left until it is final.
 *
 * <p>Not thread-safe: the node runs its roles in one thread.
 */
public final class DiffChain implements DerivedWithdrawals {
  private final long l2ChainId;
  /** Deposits L1 queued that no final batch has consumed yet. */
  private final NavigableMap<Long, Deposit> deposits = new TreeMap<>();
  private final AccountIndex index = new AccountIndex();
  /** The state after every final batch. */
  private L2State settled = new L2State();
  /** The state after every committed batch. */
  private L2State head = new L2State();
  private final NavigableMap<Long, Committed> open = new TreeMap<>();
  private final Map<Long, List<ProvenWithdrawal>> withdrawals = new TreeMap<>();
  private long committedCount;
  private long settledCount;

  /**
   * A committed batch that is not final yet: what L1 said, and what applying its diff left.
   *
   * @param indexSize the account table's size after it
   */
  public record Committed(DiffCommitted fact, Bytes32 preRoot, Bytes32 postRoot, L2State after, int indexSize) {}

  /** A withdrawal leaf a batch's diff wrote, with its proof against that batch's post-state root. */
  public record ProvenWithdrawal(Withdrawal withdrawal, long batchIndex, CompactProof proof) {}

  public DiffChain(final long l2ChainId) {
    this.l2ChainId = l2ChainId;
  }

  /**
   * Takes the next fact, in L1 order: deposits are remembered, diffs applied, executed batches
   * settled, reverted ones taken back; the other facts change nothing.
   *
   * @throws IllegalStateException if a batch arrives out of order (a fact was missed) or its diff
   *     cannot be applied (names an unknown account, or empties one: no proof of it can exist)
   */
  public void accept(final L1Fact fact) {
    if (fact instanceof DepositSeen seen) {
      deposits.put(seen.index(), seen.deposit());
    } else if (fact instanceof DiffCommitted committed) {
      apply(committed);
    } else if (fact instanceof BatchFinalized finalized) {
      settleUpTo(finalized.batchIndex());
    } else if (fact instanceof BatchesReverted reverted) {
      revertFrom(reverted.firstBatch());
    }
  }

  /** The batches committed (and applied) so far: batches 0 .. committedCount - 1. */
  public long committedCount() {
    return committedCount;
  }

  /** For the withdrawal relayer: the batches applied so far. */
  @Override
  public long executedCount() {
    return committedCount;
  }

  /** The batches final on L1. */
  public long settledCount() {
    return settledCount;
  }

  /** Committed batch {@code batchIndex}, if it is not final yet. */
  public Optional<Committed> batch(final long batchIndex) {
    return Optional.ofNullable(open.get(batchIndex));
  }

  /** The state after every committed batch. Read it, never write it. */
  public L2State state() {
    return head;
  }

  /**
   * Executes {@code items} from the state before batch {@code batchIndex}, which is the next batch
   * to commit or a committed one not final yet; nothing here changes.
   *
   * @param witnessed whether each outcome carries its witness (the prover's case)
   * @throws IllegalArgumentException if that state is not here: the batch is final, or batches
   *     before it are not derived yet
   */
  public DiffExecution execute(final long batchIndex, final BatchData items, final boolean witnessed) {
    if (batchIndex < settledCount || batchIndex > committedCount) {
      throw new IllegalArgumentException("batch " + batchIndex + ": the state before it is not here (batches "
          + settledCount + " to " + committedCount + " can be executed: the final ones are settled, later ones not"
          + " derived from L1 yet)");
    }
    final Committed previous = open.get(batchIndex - 1);
    final L2State before = batchIndex == committedCount ? head : previous == null ? settled : previous.after();
    final int indexSize = batchIndex == committedCount ? index.size() : previous == null ? settledIndexSize()
        : previous.indexSize();
    return DiffExecution.run(before, index.upTo(indexSize), l2ChainId, this::deposit, items, witnessed);
  }

  @Override
  public Optional<CompactProof> withdrawalProof(final long batchIndex, final Bytes32 withdrawalHash) {
    return withdrawals.getOrDefault(batchIndex, List.of()).stream()
        .filter(w -> w.withdrawal().hash().equals(withdrawalHash))
        .map(ProvenWithdrawal::proof)
        .findFirst();
  }

  private void apply(final DiffCommitted committed) {
    if (committed.batchIndex() != committedCount) {
      throw new IllegalStateException("batch " + committed.batchIndex() + " arrived, but the next batch to apply is "
          + committedCount + ": a fact was missed or given twice; read L1 again from the deployment block");
    }
    final Bytes32 preRoot = head.root();
    final List<Withdrawal> written;
    try {
      written = committed.diff().applyTo(head, index);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the state diff of batch " + committed.batchIndex() + " cannot be applied: "
          + e.getMessage() + "; no proof of it can exist, so the sequencer must revert it", e);
    }
    open.put(committed.batchIndex(), new Committed(committed, preRoot, head.root(), head.copy(), index.size()));
    if (!written.isEmpty()) {
      withdrawals.put(committed.batchIndex(), written.stream()
          .map(w -> new ProvenWithdrawal(w, committed.batchIndex(), head.withdrawalProof(w.hash())))
          .toList());
    }
    committedCount++;
  }

  private void settleUpTo(final long batchIndex) {
    while (settledCount <= batchIndex) {
      final Committed batch = open.remove(settledCount);
      if (batch == null) {
        throw new IllegalStateException("L1 executed batch " + settledCount + ", whose diff was never applied here: "
            + "a fact was missed; read L1 again from the deployment block");
      }
      settled = batch.after();
      deposits.headMap(batch.fact().firstDeposit() + batch.fact().depositCount()).clear();
      settledCount++;
    }
  }

  /** Takes back batches {@code firstBatch} on: the state, the account table and their withdrawals. */
  private void revertFrom(final long firstBatch) {
    final Committed previous = open.get(firstBatch - 1);
    head = (previous == null ? settled : previous.after()).copy();
    index.truncate(previous == null ? settledIndexSize() : previous.indexSize());
    open.tailMap(firstBatch, true).clear();
    withdrawals.keySet().removeIf(batch -> batch >= firstBatch);
    committedCount = firstBatch;
  }

  /** The account table's size after the last final batch: what the first open batch started from. */
  private int settledIndexSize() {
    final Map.Entry<Long, Committed> first = open.firstEntry();
    if (first == null) {
      return index.size();
    }
    return first.getValue().indexSize() - first.getValue().fact().diff().newAccounts().size();
  }

  private Deposit deposit(final long depositIndex) {
    final Deposit deposit = deposits.get(depositIndex);
    if (deposit == null) {
      throw new IllegalArgumentException("deposit #" + depositIndex + " is not among the deposits read from L1");
    }
    return deposit;
  }
}
