package io.rolluplab.rollup.mirror;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.event.Amount;
import io.rolluplab.rollup.event.RollupEvent;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;

/**
 * Every step the mirror takes, one record each, with the sentence the event feed shows. Each is
 * in the event log of the instance the mirror acted on (or would have).
 */
public sealed interface MirrorEvent extends RollupEvent {

  @Override
  default String role() {
    return "mirror";
  }

  /** A deposit to the other instance's Bridge was made here too, from the mirror's account. */
  record DepositMirrored(String from, long depositIndex, Address l2To, BigInteger amount, Bytes32 l1Transaction)
      implements MirrorEvent {
    @Override
    public String sentence() {
      return "Mirrored " + from + " deposit #" + depositIndex + ": deposited the same " + Amount.of(amount) + " for "
          + l2To + " to this rollup's Bridge from the mirror account (L1 transaction " + l1Transaction.toShortHex()
          + ").";
    }
  }

  /**
   * After a restart: the deposit the mirror was making when the process died is on L1 already
   * (its L1 transaction was mined), so it is not made again.
   */
  record DepositFoundOnL1(String from, long depositIndex, Bytes32 l1Transaction) implements MirrorEvent {
    @Override
    public String sentence() {
      return "Found the mirror's copy of " + from + " deposit #" + depositIndex + " on L1 already (L1 transaction "
          + l1Transaction.toShortHex() + "): the process had stopped before it noted it, so it is not deposited again.";
    }
  }

  /** A dev account's L2 transaction on the other instance, signed again for this chain id and submitted here. */
  record TransactionMirrored(String from, Bytes32 original, Bytes32 copy, Address sender, long nonce)
      implements MirrorEvent {
    @Override
    public String sentence() {
      return "Mirrored " + from + " transaction " + original.toShortHex() + " from dev account " + sender + " (nonce "
          + nonce + "): signed it again for this chain id and submitted it as " + copy.toShortHex() + ".";
    }
  }

  /** An L2 transaction on the other instance that cannot be copied here, and why. */
  record TransactionNotMirrored(String from, Bytes32 original, Address sender, String reason)
      implements MirrorEvent {
    @Override
    public String sentence() {
      return "Did not mirror " + from + " transaction " + original.toShortHex() + " from " + sender + ": " + reason
          + ".";
    }
  }

  /**
   * A copy the other instance already has, pending or sealed: the mirror made it before a restart
   * and had not saved its place, so it is not sent again.
   */
  record TransactionFoundMirrored(String from, Bytes32 original, Bytes32 copy) implements MirrorEvent {
    @Override
    public String sentence() {
      return "Found the mirror's copy " + copy.toShortHex() + " of " + from + " transaction " + original.toShortHex()
          + " on this rollup already: the process had stopped before it noted it, so it is not submitted again.";
    }
  }

  /**
   * A copy that failed for a reason that may pass (L1 unreachable, a mempool full): it is tried
   * again on every tick, and what came after it on the other instance waits for it.
   */
  record MirrorDelayed(String from, String action, String problem) implements MirrorEvent {
    @Override
    public String sentence() {
      return "Could not mirror " + from + " " + action + " yet (" + problem + "); the mirror tries again on each tick,"
          + " and copies nothing after it from that rollup until then.";
    }
  }

  /** A mirrored action this instance refused or L1 reverted: the two instances' workloads differ from here on. */
  record MirrorFailed(String from, String action, String problem) implements MirrorEvent {
    @Override
    public String sentence() {
      return "Could not mirror " + from + " " + action + " (" + problem + "); the two rollups no longer run the"
          + " same workload, so compare them only up to here.";
    }
  }
}
