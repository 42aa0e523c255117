package io.rolluplab.rollup.sequencer;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.event.Amount;
import io.rolluplab.rollup.event.RollupEvent;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.state.Bytes32;
import java.time.Duration;

/** Every step the sequencer takes, one record each, with the sentence the event feed shows. */
public sealed interface SequencerEvent extends RollupEvent {

  @Override
  default String role() {
    return "sequencer";
  }

  /** A transaction passed the rules against the pending state and entered the mempool. */
  record TransactionAccepted(Bytes32 hash, Address sender, long nonce, boolean heldForNonceGap)
      implements SequencerEvent {
    @Override
    public String sentence() {
      return "Accepted transaction " + short32(hash) + " from " + sender + " with nonce " + nonce
          + (heldForNonceGap ? "; it waits until the nonces before it arrive." : " into the mempool.");
    }
  }

  /** A transaction refused at submission, or dropped at sealing because it no longer passed the rules. */
  record TransactionRejected(Bytes32 hash, RejectReason reason, String message) implements SequencerEvent {
    @Override
    public String sentence() {
      return "Rejected transaction " + short32(hash) + " (" + reason + "): " + message + ".";
    }
  }

  /** A held-back transaction whose nonce gap did not fill in time. */
  record TransactionEvicted(Bytes32 hash, Address sender, long nonce, Duration waited) implements SequencerEvent {
    @Override
    public String sentence() {
      return "Evicted transaction " + short32(hash) + " from " + sender + ": nonce " + nonce + " waited "
          + waited.toSeconds() + " s for the nonces before it, which never came.";
    }
  }

  /** An L1 deposit entered the queue; the next block includes it before any transaction. */
  record DepositQueued(Deposit deposit) implements SequencerEvent {
    @Override
    public String sentence() {
      return "Queued L1 deposit #" + deposit.index() + ": " + Amount.of(deposit.amount()) + " from " + deposit.l1From()
          + " to " + deposit.l2To() + " on L2.";
    }
  }

  /** A deposit executed in a block: its amount is now on L2. */
  record DepositIncluded(long blockNumber, Deposit deposit) implements SequencerEvent {
    @Override
    public String sentence() {
      return "Included deposit #" + deposit.index() + " in L2 block " + blockNumber + ": credited "
          + Amount.of(deposit.amount()) + " to " + deposit.l2To() + ".";
    }
  }

  /** A block is sealed: a soft confirmation for its transactions, long before L1 sees them. */
  record BlockSealed(long number, Bytes32 hash, int deposits, int transactions, Bytes32 stateRoot)
      implements SequencerEvent {
    @Override
    public String sentence() {
      return "Sealed L2 block " + number + " with " + deposits + (deposits == 1 ? " deposit and " : " deposits and ")
          + transactions + (transactions == 1 ? " transaction" : " transactions") + "; state root " + short32(stateRoot)
          + ".";
    }
  }

  record SequencerPaused() implements SequencerEvent {
    @Override
    public String sentence() {
      return "Paused the sequencer: transactions wait in the mempool until it resumes.";
    }
  }

  record SequencerResumed() implements SequencerEvent {
    @Override
    public String sentence() {
      return "Resumed the sequencer: blocks are sealed again.";
    }
  }

  record SequencerStopped() implements SequencerEvent {
    @Override
    public String sentence() {
      return "Stopped the sequencer: it takes no more transactions and seals no more blocks.";
    }
  }

  /**
   * The batcher lags {@code unbatchedItems} items behind, at least {@code limit}: blocks take only
   * deposits until it has caught up half of them. Without this, a batcher slower than its users
   * (the zk rollup's, which executes every batch again) would let sealed blocks and the mempool
   * grow until the process runs out of memory; the OP Stack's batcher throttles its sequencer the
   * same way.
   */
  record SequencerThrottled(long unbatchedItems, int limit) implements SequencerEvent {
    @Override
    public String sentence() {
      return "Throttled the sequencer: " + unbatchedItems + " items in sealed blocks are not on L1 yet (limit "
          + limit + "). Blocks take only deposits until the batcher has posted half of them; transactions wait in"
          + " the mempool.";
    }
  }

  /** The batcher caught up: blocks take transactions again. */
  record SequencerThrottleLifted(long unbatchedItems) implements SequencerEvent {
    @Override
    public String sentence() {
      return "Lifted the sequencer's throttle: the batcher is down to " + unbatchedItems
          + " unposted items, so blocks take transactions again.";
    }
  }

  /**
   * The mempool refused a transaction for being full: the first refusal of an episode. The others
   * are counted, not published one by one, so a wallet retrying every millisecond cannot fill the
   * event log.
   */
  record MempoolFull(int capacity) implements SequencerEvent {
    @Override
    public String sentence() {
      return "The mempool is full (" + capacity + " transactions): new ones are refused (\"txpool is full\")"
          + " until sealed blocks make room.";
    }
  }

  /** Sealing made room in a full mempool (a quarter of it): the episode {@link MempoolFull} began is over. */
  record MempoolHasRoom(int pooled, int capacity, long refused) implements SequencerEvent {
    @Override
    public String sentence() {
      return "The mempool has room again (" + pooled + " of " + capacity + " transactions); " + refused
          + (refused == 1 ? " submission was" : " submissions were") + " refused while it was full.";
    }
  }

  /** {@code 0x1234…abcd}: enough to recognize a hash in a sentence. */
  private static String short32(final Bytes32 hash) {
    return hash.toShortHex();
  }
}
