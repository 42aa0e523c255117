package io.rolluplab.rollup.bridge;

import io.rolluplab.devnet.types.UInt256;
import io.rolluplab.rollup.bridge.BatchRoots.Proposal;
import io.rolluplab.rollup.bridge.WithdrawalEvent.WithdrawalBatchExecuted;
import io.rolluplab.rollup.bridge.WithdrawalEvent.WithdrawalBatched;
import io.rolluplab.rollup.bridge.WithdrawalEvent.WithdrawalFinal;
import io.rolluplab.rollup.bridge.WithdrawalEvent.WithdrawalIncluded;
import io.rolluplab.rollup.bridge.WithdrawalEvent.WithdrawalPaid;
import io.rolluplab.rollup.bridge.WithdrawalEvent.WithdrawalPaymentRefused;
import io.rolluplab.rollup.bridge.WithdrawalEvent.WithdrawalReplayRefused;
import io.rolluplab.rollup.bridge.WithdrawalEvent.WithdrawalRootProposed;
import io.rolluplab.rollup.bridge.WithdrawalEvent.WithdrawalRootProven;
import io.rolluplab.rollup.bridge.WithdrawalEvent.WithdrawalRootRolledBack;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.contracts.ContractError;
import io.rolluplab.rollup.derivation.DerivedWithdrawals;
import io.rolluplab.rollup.event.Amount;
import io.rolluplab.rollup.event.EventSink;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Log;
import io.rolluplab.rollup.l1.L1LogFilter;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1RevertException;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.sequencer.L2Block;
import io.rolluplab.rollup.sequencer.L2Receipt;
import io.rolluplab.rollup.sequencer.SequencerQueries;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.step.StepGate;
import io.rolluplab.rollup.state.CompactProof;
import io.rolluplab.rollup.state.Withdrawal;
import io.rolluplab.rollup.store.WithdrawalTable;
import io.rolluplab.rollup.store.WithdrawalTable.Row;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.web3j.crypto.Credentials;

/**
 * The bridge's withdrawal loop: follows every withdrawal from its L2 block through its batch's
 * challenge window (zk mode: its proof and execution) to its payout on L1, and relays
 * {@code finalizeWithdrawal} for the user (the operator pays the L1 gas; the Bridge pays the
 * user's own L1 address). {@link #tick()} is one turn; the node calls it after the other roles,
 * tests and step mode call it directly.
 */
public final class WithdrawalRelayer {
  /**
   * Gas for a replayed payout (teaching fault). A given limit sends it without an estimate, so L1
   * mines it and refuses it in the open, where the L1 explorer shows it; the Bridge reverts early.
   */
  private static final long REPLAY_GAS_LIMIT = 200_000;

  private final RelayerConfig config;
  private final L1Client l1;
  private final Credentials operator;
  private final SequencerQueries l2;
  private final DerivedWithdrawals batches;
  private final WithdrawalTable withdrawals;
  private final BooleanSupplier replayPaid;
  private final EventSink events;
  private final Map<Bytes32, String> lastRefusal = new HashMap<>();
  private final Set<Bytes32> replayed = new HashSet<>();
  private long nextL2Block;
  private long batchesSearched;
  /** Asked before each transition: step mode holds it there. */
  private StepGate gate = StepGate.OPEN;

  /**
   * @param operator signs the payouts and pays their gas
   * @param l2 the sealed L2 blocks, where withdrawals are first seen
   * @param batches the operator's chain derived from L1 data alone (never the sequencer's word):
   *     which batch carried a withdrawal to L1, and the Merkle proof the Bridge checks
   * @param replayPaid the replayed-withdrawal teaching fault: while true, each paid withdrawal is sent once more
   */
  public WithdrawalRelayer(final RelayerConfig config, final L1Client l1, final Credentials operator,
      final SequencerQueries l2, final DerivedWithdrawals batches, final WithdrawalTable withdrawals,
      final BooleanSupplier replayPaid, final EventSink events) {
    this.config = config;
    this.l1 = l1;
    this.operator = operator;
    this.l2 = l2;
    this.batches = batches;
    this.withdrawals = withdrawals;
    this.replayPaid = replayPaid;
    this.events = events;
    // the last block with a stored withdrawal is read again: a crash may have stopped half-way through it
    this.nextL2Block = Math.max(1, withdrawals.lastL2Block());
  }

  /**
   * One turn: record the withdrawals of newly sealed L2 blocks, find the batches that carried
   * withdrawals to L1, then move every unpaid one on as far as L1 allows, paying those whose batch
   * is final; with the replay fault on, send paid ones again.
   *
   * @throws L1Exception if L1 cannot be read or a payout's fate is unknown; what was stored stays,
   *     and the next tick goes on from there
   */
  public synchronized void tick() throws L1Exception {
    recordNewWithdrawals();
    findCarryingBatches();
    final List<Row> unpaid = withdrawals.allBut(WithdrawalStatus.PAID.name());
    if (!unpaid.isEmpty()) {
      final BatchRoots roots = BatchRoots.read(l1, config.rollup(), config.mode());
      final long now = l1.latestBlock().timestamp();
      for (final Row withdrawal : unpaid) {
        Row row = withdrawal;
        for (Optional<Row> next = step(row, roots, now); next.isPresent(); next = step(row, roots, now)) {
          row = next.get();
        }
      }
    }
    if (replayPaid.getAsBoolean()) {
      replayPaidWithdrawals();
    } else {
      replayed.clear();
    }
  }

  /** Has each of its transitions wait at {@code stepGate} first (step mode); the gate is open until then. */
  public synchronized void gateSteps(final StepGate stepGate) {
    this.gate = stepGate;
  }

  /** Stores each withdrawal of the blocks sealed since the last tick as {@link WithdrawalStatus#INCLUDED}. */
  private void recordNewWithdrawals() {
    final long head = l2.head().number();
    for (; nextL2Block <= head; nextL2Block++) {
      final L2Block block = l2.block(nextL2Block).orElseThrow(() -> new IllegalStateException(
          "the sequencer's head is " + head + " but it has no block " + nextL2Block));
      for (final L2Block.Included sealed : block.transactions()) {
        final L2Receipt receipt = sealed.receipt();
        if (receipt.withdrawal()) {
          record(block.number(), receipt, new Withdrawal(receipt.from(), receipt.from(), receipt.value(),
              sealed.tx().nonce().longValueExact()));
        }
      }
    }
  }

  private void record(final long l2Block, final L2Receipt receipt, final Withdrawal withdrawal) {
    final Bytes32 hash = withdrawal.hash();
    if (withdrawals.get(hash).isPresent()) {
      return;
    }
    events.publish(new WithdrawalIncluded(hash, withdrawal, l2Block, receipt.txHash()));
    withdrawals.insert(new Row(hash, withdrawal.l2Sender(), withdrawal.amount(), withdrawal.l2Nonce(), l2Block,
        receipt.txHash(), null, WithdrawalStatus.INCLUDED.name(), null, null, null));
  }

  /**
   * Decides the one transition L1 allows {@code row} now, and takes it: reports it, then stores it
   * (so a crash in between reports it again rather than never).
   *
   * @return the row moved on, or empty when it must wait
   */
  private Optional<Row> step(final Row row, final BatchRoots roots, final long now) throws L1Exception {
    final WithdrawalStatus status = WithdrawalStatus.valueOf(row.status());
    final Long batch = row.batchIndex();
    return switch (status) {
      case INCLUDED, PAID -> Optional.empty(); // batched by findCarryingBatches; paid is the end
      case WAITING_FOR_ROOT -> !roots.hasRoot(batch) ? Optional.empty() : Optional.of(config.mode() == RollupMode.ZK
          ? take(moved(row, status.rootProven(), batch, null, null, null),
              new WithdrawalRootProven(row.hash(), batch, roots.provenRoot(batch)))
          : proposed(row, roots.proposal(batch), now));
      case PROVEN -> roots.isFinal(batch)
          ? Optional.of(take(moved(row, status.batchExecuted(), batch, null, null, null),
              new WithdrawalBatchExecuted(row.hash(), batch)))
          : Optional.empty();
      case IN_CHALLENGE_WINDOW -> {
        if (roots.isFinal(batch)) {
          yield Optional.of(take(moved(row, status.batchFinalized(), batch, row.challengeDeadline(), null, null),
              new WithdrawalFinal(row.hash(), batch)));
        }
        if (!roots.hasRoot(batch)) {
          yield Optional.of(take(moved(row, status.rootRolledBack(), batch, null, null, null),
              new WithdrawalRootRolledBack(row.hash(), batch)));
        }
        final long deadline = roots.proposal(batch).challengeDeadline();
        if (deadline != row.challengeDeadline()) {
          // a dispute the proposer won gave the root a new window: same status, a new countdown
          withdrawals.update(moved(row, status, batch, deadline, null, null));
        }
        yield Optional.empty();
      }
      case FINAL -> pay(row);
    };
  }

  private Row proposed(final Row row, final Proposal proposal, final long now) {
    final long deadline = proposal.challengeDeadline();
    return take(moved(row, WithdrawalStatus.valueOf(row.status()).rootProposed(), row.batchIndex(), deadline, null,
        null), new WithdrawalRootProposed(row.hash(), row.batchIndex(), proposal.proposer(), deadline,
        Math.max(0, deadline - now)));
  }

  /**
   * Finds the batch that carried each {@link WithdrawalStatus#INCLUDED} withdrawal to L1 among the
   * batches executed since the last tick: the one that wrote its leaf. Every withdrawal is recorded
   * before its batch is executed (a batch holds only sealed blocks, and each tick records the
   * blocks up to the head first), so a withdrawal never needs an older batch than those; after a
   * restart every batch is new again.
   */
  private void findCarryingBatches() {
    final long executed = batches.executedCount();
    if (executed == batchesSearched) {
      return;
    }
    for (final Row row : withdrawals.in(WithdrawalStatus.INCLUDED.name())) {
      for (long batch = batchesSearched; batch < executed; batch++) {
        if (batches.withdrawalProof(batch, row.hash()).isPresent()) {
          take(moved(row, WithdrawalStatus.INCLUDED.batchPosted(), batch, null, null, null),
              new WithdrawalBatched(row.hash(), batch));
          break;
        }
      }
    }
    batchesSearched = executed;
  }

  /**
   * Pays a final withdrawal, unless L1 shows it paid already (our own transaction before a restart,
   * or anyone's): the Bridge's {@code WithdrawalFinalized} log is checked before every send.
   */
  private Optional<Row> pay(final Row row) throws L1Exception {
    final Optional<L1Log> paidBefore = paidOnL1(row.hash());
    if (paidBefore.isPresent()) {
      final Bytes32 tx = paidBefore.get().transactionHash();
      final L1Receipt receipt = l1.receipt(tx).orElseThrow(() -> new L1Exception("L1 logged the payout of withdrawal "
          + row.hash() + " in transaction " + tx + " but has no receipt for it; try again when the node has synced"));
      return Optional.of(paid(row, receipt, false));
    }
    if (!derived(row) || !gate.mayProceed("Pay withdrawal " + row.hash().toShortHex() + " (" + Amount.of(row.amount())
        + " to " + row.sender() + ") on L1: finalizeWithdrawal with its Merkle proof against final batch "
        + row.batchIndex() + ".")) {
      return Optional.empty();
    }
    try {
      return Optional.of(paid(row, l1.sendAndWait(operator, payout(row)), true));
    } catch (L1RevertException e) {
      final String reason = e.error().map(ContractError::toString).orElse(e.getMessage());
      if (!reason.equals(lastRefusal.put(row.hash(), reason))) {
        events.publish(new WithdrawalPaymentRefused(row.hash(), row.batchIndex(), reason));
      }
      return Optional.empty();
    }
  }

  private Row paid(final Row row, final L1Receipt receipt, final boolean relayed) {
    lastRefusal.remove(row.hash());
    return take(moved(row, WithdrawalStatus.valueOf(row.status()).paid(), row.batchIndex(), row.challengeDeadline(),
        receipt.transactionHash(), receipt.gasUsed()), new WithdrawalPaid(row.hash(), row.sender(), row.amount(),
        receipt.transactionHash(), receipt.gasUsed(), relayed));
  }

  /** The replayed-withdrawal teaching fault: each paid withdrawal sent once more while the fault is on. */
  private void replayPaidWithdrawals() throws L1Exception {
    for (final Row row : withdrawals.in(WithdrawalStatus.PAID.name())) {
      if (!derived(row) || replayed.contains(row.hash())) {
        continue;
      }
      if (!gate.mayProceed("Send the payout of withdrawal " + row.hash().toShortHex() + " again (replay-withdrawal"
          + " fault): the Bridge should refuse it.")) {
        return;
      }
      replayed.add(row.hash());
      try {
        l1.sendAndWait(operator, payout(row).withGasLimit(REPLAY_GAS_LIMIT));
      } catch (L1RevertException e) {
        events.publish(new WithdrawalReplayRefused(row.hash(), e.transactionHash().orElse(null),
            e.error().map(ContractError::toString).orElse(e.getMessage())));
        continue;
      }
      throw new IllegalStateException("L1 paid withdrawal " + row.hash() + " a second time: the Bridge's replay "
          + "protection (withdrawalFinalized) is broken; see Bridge.finalizeWithdrawal");
    }
  }

  /**
   * Whether the derived chain has executed the withdrawal's batch, so it has the proof. After a
   * restart it reads L1 again from the deployment, a range at a time, and may not be there yet.
   */
  private boolean derived(final Row row) {
    return row.batchIndex() < batches.executedCount();
  }

  /** {@code finalizeWithdrawal} against the withdrawal's own batch, with the proof from the derived state. */
  private L1Transaction payout(final Row row) {
    final long batch = row.batchIndex();
    final CompactProof proof = batches.withdrawalProof(batch, row.hash()).orElseThrow(() -> new IllegalStateException(
        "batch " + batch + " held withdrawal " + row.hash() + " when it was batched but its executed state no longer "
            + "does: the derived chain was rebuilt differently from L1"));
    final Withdrawal withdrawal = new Withdrawal(row.sender(), row.sender(), row.amount(), row.nonce());
    return L1Transaction.call(config.bridge(), BridgeContract.finalizeWithdrawal(batch, withdrawal, proof));
  }

  private Optional<L1Log> paidOnL1(final Bytes32 hash) throws L1Exception {
    final List<L1Log> logs = l1.logs(new L1LogFilter(config.bridge(),
        List.of(BridgeContract.WITHDRAWAL_FINALIZED_EVENT.topic(), UInt256.fromBytes(hash.toArray())),
        config.firstBlock(), l1.latestBlock().number()));
    return logs.stream().findFirst();
  }

  private static Row moved(final Row row, final WithdrawalStatus status, final Long batch, final Long deadline,
      final Bytes32 l1Tx, final Long gasUsed) {
    return new Row(row.hash(), row.sender(), row.amount(), row.nonce(), row.l2Block(), row.l2Tx(), batch,
        status.name(), deadline, l1Tx, gasUsed);
  }

  private Row take(final Row moved, final WithdrawalEvent event) {
    events.publish(event);
    withdrawals.update(moved);
    return moved;
  }
}
