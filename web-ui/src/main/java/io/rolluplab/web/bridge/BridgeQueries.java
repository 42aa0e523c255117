package io.rolluplab.web.bridge;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.bridge.WithdrawalStatus;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.BatchTable;
import io.rolluplab.rollup.store.DepositTable;
import io.rolluplab.rollup.store.WithdrawalTable;
import io.rolluplab.web.Lab;
import io.rolluplab.web.overview.BatchStage;
import io.rolluplab.web.overview.ChallengeWindow;
import io.rolluplab.web.view.Countdown;
import io.rolluplab.web.view.Format;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** The deposits and withdrawals of one rollup with their progress, read from its store. */
public final class BridgeQueries {
  private final Lab lab;
  private final RollupNode rollup;
  /** The L1 chain's clock, which countdowns are measured on. */
  private final long l1Now;

  public BridgeQueries(final Lab lab, final RollupNode rollup) {
    this.lab = lab;
    this.rollup = rollup;
    this.l1Now = lab.devnet().now();
  }

  /**
   * A deposit on its way: L1 transaction, queued in the Bridge, credited in an L2 block, carried to L1
   * in a batch, final once that batch is.
   *
   * @param batchIndex the batch carrying its L2 block, null before
   * @param batchStage that batch's stage ({@code challenge}, {@code final} …), null before
   */
  public record DepositView(long queueIndex, Address l1Sender, Address l2Recipient, BigInteger amountWei,
      String amountEth, Long l1Block, Long l2Block, Long batchIndex, String batchStage, Progress progress) {}

  /**
   * A withdrawal on its way: in an L2 block, its batch on L1, the root claimed (challenge window) or
   * proven, final, paid on L1.
   *
   * @param status the relayer's word ({@code IN_CHALLENGE_WINDOW} …)
   * @param challengeDeadline the L1 time its batch's window ends, null if none runs
   * @param secondsLeft until then on the L1 clock, null if none runs
   * @param countdown the same as the page shows and ticks, null if none runs
   * @param l1Tx the payout on L1, null before
   */
  public record WithdrawalView(Bytes32 hash, Address sender, BigInteger amountWei, String amountEth, long l2Block,
      Bytes32 l2Tx, Long batchIndex, String status, Long challengeDeadline, Long secondsLeft, Countdown countdown,
      Bytes32 l1Tx, Long l1GasUsed, Progress progress) {}

  /** The newest {@code limit} deposits, newest first. */
  public List<DepositView> deposits(final int limit) {
    final BatchLocator batches = new BatchLocator(rollup.store().batches());
    return rollup.store().deposits().latest(limit).stream().map(row -> deposit(row, batches)).toList();
  }

  public Optional<DepositView> deposit(final long queueIndex) {
    return rollup.store().deposits().get(queueIndex)
        .map(row -> deposit(row, new BatchLocator(rollup.store().batches())));
  }

  private DepositView deposit(final DepositTable.Row row, final BatchLocator batches) {
    final Optional<BatchTable.Row> batch = row.l2Block() == null ? Optional.empty() : batches.carrying(row.l2Block());
    final Optional<BatchStage> stage = batch.map(b -> BatchStage.of(b.status(), false));
    final String block = row.l2Block() == null ? "in an L2 block" : "in L2 block " + row.l2Block();
    final String carried = batch.map(b -> "in batch " + b.index() + " on L1").orElse("in a batch on L1");
    final int reached = row.l2Block() == null ? 2
        : stage.isEmpty() || stage.get() == BatchStage.SEQUENCED ? 3
        : stage.get() == BatchStage.FINAL ? 5
        : 4;
    final Optional<Countdown> window = stage.filter(s -> s == BatchStage.CHALLENGE)
        .flatMap(s -> ChallengeWindow.deadline(lab.l1(), rollup, batch.get().index()))
        .map(deadline -> ChallengeWindow.countdown("final after the challenge window: ", deadline, l1Now));
    return new DepositView(row.queueIndex(), row.l1Sender(), row.l2Recipient(), row.amount(),
        Format.eth(row.amount()), row.l1Block(), row.l2Block(), batch.map(BatchTable.Row::index).orElse(null),
        stage.map(BatchStage::cssClass).orElse(null),
        Progress.of(List.of("L1 transaction", "queued in the Bridge", block, carried, finalLabel(batch, stage, window)),
            reached, window.orElse(null)));
  }

  /** The last step's words: final, or what its batch waits for to get there. */
  private String finalLabel(final Optional<BatchTable.Row> batch, final Optional<BatchStage> stage,
      final Optional<Countdown> window) {
    if (batch.isEmpty()) {
      return "final";
    }
    return switch (stage.orElseThrow()) {
      case CHALLENGE -> window.map(Countdown::text).orElse("final after the challenge window");
      case POSTED -> rollup.mode() == RollupMode.ZK ? "final once proven" : "final once its root is proposed";
      case PROVING -> "final once the proof is checked";
      case PROVED -> "final once executed";
      case DISPUTED -> "final once the dispute is won";
      case REJECTED -> "batch " + batch.get().status() + ": waits for the next";
      case SEQUENCED, FINAL -> "final";
    };
  }

  /** The newest {@code limit} withdrawals the relayer has seen, newest first. */
  public List<WithdrawalView> withdrawals(final int limit) {
    return rollup.store().withdrawals().latest(limit).stream().map(this::withdrawal).toList();
  }

  public Optional<WithdrawalView> withdrawal(final Bytes32 hash) {
    return rollup.store().withdrawals().get(hash).map(this::withdrawal);
  }

  private WithdrawalView withdrawal(final WithdrawalTable.Row row) {
    final WithdrawalStatus status = WithdrawalStatus.valueOf(row.status());
    final boolean zk = rollup.mode() == RollupMode.ZK;
    final Long deadline = status == WithdrawalStatus.IN_CHALLENGE_WINDOW ? row.challengeDeadline() : null;
    final Countdown countdown = deadline == null ? null : ChallengeWindow.countdown("", deadline, l1Now);
    final Countdown stepCountdown = deadline == null ? null
        : ChallengeWindow.countdown("challenge window: ", deadline, l1Now);
    final String batch = row.batchIndex() == null ? "its batch on L1" : "batch " + row.batchIndex() + " on L1";
    final String window = stepCountdown == null ? "challenge window" : stepCountdown.text();
    final List<String> labels = zk
        ? List.of("in L2 block " + row.l2Block(), batch, "root proven", "final (executed)", "paid on L1")
        : List.of("in L2 block " + row.l2Block(), batch, "root proposed", window, "final", "paid on L1");
    final int reached = switch (status) {
      case INCLUDED -> 1;
      case WAITING_FOR_ROOT -> 2;
      case IN_CHALLENGE_WINDOW, PROVEN -> 3;
      case FINAL -> labels.size() - 1;
      case PAID -> labels.size();
    };
    return new WithdrawalView(row.hash(), row.sender(), row.amount(), Format.eth(row.amount()), row.l2Block(),
        row.l2Tx(), row.batchIndex(), row.status(), deadline,
        countdown == null ? null : countdown.secondsLeft(), countdown,
        row.l1Tx(), row.l1GasUsed(), Progress.of(labels, reached, stepCountdown));
  }
}
