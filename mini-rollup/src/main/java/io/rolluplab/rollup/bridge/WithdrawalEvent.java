package io.rolluplab.rollup.bridge;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.event.Amount;
import io.rolluplab.rollup.event.RollupEvent;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.Withdrawal;
import java.math.BigInteger;
import java.time.Duration;

/**
 * Every step of a withdrawal from L2 to L1, one record each, with the sentence the event feed
 * shows. One record per {@link WithdrawalStatus} transition, plus what the relayer tried that L1
 * refused.
 */
public sealed interface WithdrawalEvent extends RollupEvent {

  @Override
  default String role() {
    return "bridge";
  }

  /** The withdrawal's id: its leaf in the L2 state, and its key in {@code Bridge.withdrawalFinalized}. */
  Bytes32 hash();

  /** A transfer to the withdrawal address was sealed in an L2 block: {@link WithdrawalStatus#INCLUDED}. */
  record WithdrawalIncluded(Bytes32 hash, Withdrawal withdrawal, long l2Block, Bytes32 l2Transaction)
      implements WithdrawalEvent {
    @Override
    public String sentence() {
      return "Saw withdrawal " + short32(hash) + " in L2 block " + l2Block + ": " + Amount.of(withdrawal.amount())
          + " from " + withdrawal.l2Sender() + " to the same address on L1. It waits for a batch to carry it to L1.";
    }
  }

  /** The batch whose state first holds the withdrawal is on L1: {@link WithdrawalStatus#WAITING_FOR_ROOT}. */
  record WithdrawalBatched(Bytes32 hash, long batchIndex) implements WithdrawalEvent {
    @Override
    public String sentence() {
      return "Withdrawal " + short32(hash) + " is in batch " + batchIndex + ", whose data is now on L1. "
          + "It waits for a proposer to claim that batch's state root.";
    }
  }

  /**
   * A root was proposed for its batch: {@link WithdrawalStatus#IN_CHALLENGE_WINDOW} until the deadline.
   *
   * @param challengeDeadline L1 time, seconds since 1970
   * @param secondsLeft from the L1 head's time to the deadline: the countdown's start
   */
  record WithdrawalRootProposed(Bytes32 hash, long batchIndex, Address proposer, long challengeDeadline,
      long secondsLeft) implements WithdrawalEvent {
    @Override
    public String sentence() {
      return "Proposer " + proposer + " claimed the state root of batch " + batchIndex + ", which holds withdrawal "
          + short32(hash) + ". Anyone can challenge it until L1 time " + challengeDeadline + " ("
          + describe(Duration.ofSeconds(secondsLeft)) + " from now); then it is final and the withdrawal can be paid.";
    }
  }

  /** The root of its batch was rolled back after a lost dispute: back to {@link WithdrawalStatus#WAITING_FOR_ROOT}. */
  record WithdrawalRootRolledBack(Bytes32 hash, long batchIndex) implements WithdrawalEvent {
    @Override
    public String sentence() {
      return "The state root of batch " + batchIndex + " was rolled back after its proposer lost a dispute. "
          + "Withdrawal " + short32(hash) + " is safe (its data stays on L1) and waits for an honest proposer to "
          + "propose the root again; its challenge window starts over.";
    }
  }

  /** Zk mode: L1 verified a proof of its batch's root: {@link WithdrawalStatus#PROVEN}. */
  record WithdrawalRootProven(Bytes32 hash, long batchIndex, Bytes32 root) implements WithdrawalEvent {
    @Override
    public String sentence() {
      return "L1 verified a proof of the state root of batch " + batchIndex + ", which holds withdrawal "
          + short32(hash) + ". No challenge window: it is final as soon as the batch is executed.";
    }
  }

  /** Zk mode: its proven batch was executed: {@link WithdrawalStatus#FINAL}; the relayer pays next. */
  record WithdrawalBatchExecuted(Bytes32 hash, long batchIndex) implements WithdrawalEvent {
    @Override
    public String sentence() {
      return "Batch " + batchIndex + " is executed on L1, so its proven root is final. Withdrawal " + short32(hash)
          + " can now be paid, minutes after it was made instead of a week.";
    }
  }

  /** Its batch is final on L1: {@link WithdrawalStatus#FINAL}; the relayer pays next. */
  record WithdrawalFinal(Bytes32 hash, long batchIndex) implements WithdrawalEvent {
    @Override
    public String sentence() {
      return "Batch " + batchIndex + " is final: nobody proved its root wrong in time. Withdrawal " + short32(hash)
          + " can now be paid on L1.";
    }
  }

  /**
   * The Bridge paid the withdrawal: {@link WithdrawalStatus#PAID}.
   *
   * @param relayed true when this relayer's transaction paid it now; false when L1 already showed it
   *     paid (sent before a restart, or by someone else: anyone may call {@code finalizeWithdrawal})
   */
  record WithdrawalPaid(Bytes32 hash, Address recipient, BigInteger amount, Bytes32 l1Transaction, long gasUsed,
      boolean relayed) implements WithdrawalEvent {
    @Override
    public String sentence() {
      return relayed
          ? "Paid withdrawal " + short32(hash) + ": " + recipient + " received " + Amount.of(amount) + " on L1 in "
              + "transaction " + short32(l1Transaction) + ". The operator relayed it and paid its " + gasUsed
              + " gas, so the user needed no L1 ETH."
          : "Found withdrawal " + short32(hash) + " already paid on L1 in transaction " + short32(l1Transaction)
              + ": " + recipient + " has its " + Amount.of(amount) + ". The Bridge pays each withdrawal once.";
    }
  }

  /** L1 refused to pay a final withdrawal; it stays {@link WithdrawalStatus#FINAL} and the next tick tries again. */
  record WithdrawalPaymentRefused(Bytes32 hash, long batchIndex, String reason) implements WithdrawalEvent {
    @Override
    public String sentence() {
      return "L1 refused to pay withdrawal " + short32(hash) + " against batch " + batchIndex + ": " + reason
          + ". It is still unpaid; the relayer tries again on its next turn.";
    }
  }

  /**
   * The replayed-withdrawal teaching fault: the relayer sent a paid withdrawal again, and the Bridge
   * refused it.
   *
   * @param l1Transaction the mined, reverted transaction (its gas was paid for nothing)
   * @param error the Bridge's error, {@code WithdrawalAlreadyFinalized(…)}
   */
  record WithdrawalReplayRefused(Bytes32 hash, Bytes32 l1Transaction, String error) implements WithdrawalEvent {
    @Override
    public String sentence() {
      return "Fault: sent paid withdrawal " + short32(hash) + " to the Bridge again, in L1 transaction "
          + short32(l1Transaction) + ". L1 refused it with " + error + ": the Bridge remembers every withdrawal it "
          + "paid, so nobody is paid twice; the replay only burned its gas.";
    }
  }

  /** "6 days 23 h 59 min" for a countdown, down to seconds when it is short. */
  private static String describe(final Duration d) {
    if (d.isNegative() || d.isZero()) {
      return "no time left";
    }
    if (d.toMinutes() < 1) {
      return d.toSeconds() + " s";
    }
    return (d.toDays() > 0 ? d.toDays() + " days " : "") + d.toHoursPart() + " h " + d.toMinutesPart() + " min";
  }

  /** {@code 0x1234…abcd}: enough to recognize a hash in a sentence. */
  private static String short32(final Bytes32 hash) {
    final String hex = hash.toHex();
    return hex.substring(0, 6) + "…" + hex.substring(hex.length() - 4);
  }
}
