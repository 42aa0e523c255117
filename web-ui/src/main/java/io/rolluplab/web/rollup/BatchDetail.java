package io.rolluplab.web.rollup;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.web.view.BatchParts;
import io.rolluplab.web.view.Countdown;
import io.rolluplab.web.view.Format;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

/**
 * Everything the batch page shows: the batch, where it is on L1 and whether it counts, the claim
 * about it, what it carried, its roots, and how it got where it is.
 *
 * @param rollup "optimistic" or "zk"
 * @param preRoot the L2 state root before its first item (after the previous batch)
 * @param sent optimistic: the batcher's transaction that is the batch; null for zk, or before it was sent
 * @param validity optimistic: whether it counts, as the operator's node derived it from L1; null for zk, and
 *     while the node has not read it (yet) or no longer keeps it (it is final)
 * @param claim optimistic: the claim standing on L1 about what it holds and its root; null if none stands
 * @param dataPreview the first bytes of its data as its L1 transaction carried it, 0x-hex; null if it was not
 *     sent (yet, or withheld)
 * @param layout how those bytes divide into header, runs and columns (optimistic; null without data, or if
 *     they do not read as a batch)
 * @param timeline from the first item's sequencing to finality, the steps to come included
 * @param challengeDeadline optimistic, while its root is proposed: the L1 second its window ends, else null
 * @param window the countdown to that end on the L1 clock, null when no window runs
 * @param disputes the dispute games about its root (optimistic)
 * @param proofs how many proofs were sent for it (zk)
 */
public record BatchDetail(String rollup, BatchView batch, Bytes32 preRoot, Sent sent, Validity validity, Claim claim,
    String dataPreview, List<BatchParts.Part> layout, List<Item> items, List<Step> timeline, Long challengeDeadline,
    Countdown window, List<Long> disputes, int proofs) {

  /**
   * Where an optimistic batch is on L1 (L2-RULES.md §2.2): batch i is the batcher's plain
   * transaction with nonce {@code firstBatcherNonce + i}, its call data the batch.
   *
   * @param to where the batcher sent it: the batch inbox, an address without code, unless it broke the rules
   * @param toInbox whether {@code to} is the inbox; a batch sent anywhere else counts as empty
   * @param txIndex its place in its L1 block, where a proof of it starts in the block's transactions trie
   */
  public record Sent(Address to, boolean toInbox, Address batcher, long nonce, long l1Block, int txIndex) {}

  /**
   * Whether an optimistic batch counts (L2-RULES.md §2.2): one that breaks the rules is not refused
   * on L1 (L1 never looks at it) but counts as empty, its items not executed.
   *
   * @param invalidReason why it counts as empty; null if it is valid
   * @param itemCount the items it holds by the rules: 0 if it counts as empty
   */
  public record Validity(boolean valid, String invalidReason, long itemCount) {
    /** {@code counts: its 4 items are executed}, or {@code counts as empty: <why>}. */
    public String sentence() {
      return valid ? "counts: its " + itemCount + (itemCount == 1 ? " item is" : " items are") + " executed"
          : "counts as empty: " + invalidReason;
    }
  }

  /**
   * The claim a proposer made on L1 about what an optimistic batch holds, and its root
   * ({@code BatchProposed}), while it stands.
   *
   * @param proposer who made it, with its bond at stake
   * @param postRoot the L2 state root it claims after the batch
   * @param dataHash the keccak-256 it claims the batch's call data has
   * @param itemCount the items it claims the batch holds: 0 claims it counts as empty
   * @param l1Timestamp the timestamp it claims the batch's L1 block has
   * @param anchorBlock the L1 block whose hash a data challenge's proof starts from
   * @param matchesL1 whether it says about the data what the batch on L1 holds, as the operator's node reads
   *     L1: false also when no transaction of the batcher holds the batch; null while the node does not keep
   *     the batch (not read yet, or final)
   */
  public record Claim(Address proposer, Bytes32 postRoot, Bytes32 dataHash, long itemCount, long depositCount,
      long l1Timestamp, long anchorBlock, Boolean matchesL1) {
    public String l1Time() {
      return Format.time(Instant.ofEpochSecond(l1Timestamp));
    }
  }

  /**
   * One batch item.
   *
   * @param kind "deposit", "transfer" or "withdrawal"
   * @param txHash the L2 transaction, null for a deposit
   * @param depositIndex the L1 queue index of a deposit, else null
   */
  public record Item(int position, long l2Block, String kind, Address from, Address to, BigInteger value,
      Bytes32 txHash, Long depositIndex) {
    public String ether() {
      return Format.eth(value);
    }
  }

  /**
   * One step of the timeline.
   *
   * @param status the batch status it names ("sequenced" for its first L2 block)
   * @param label what it means, in words
   * @param at when it was reached, null for a step still to come
   * @param state "done", "now" (where the batch is) or "next"
   * @param afterMillis how long after the step before it, null for the first or one to come
   */
  public record Step(String status, String label, Instant at, String state, Long afterMillis) {
    public String time() {
      return Format.time(at);
    }

    /** Its status colour in the stylesheet. */
    public String colour() {
      return BatchView.colour(status);
    }

    /** "+1.25 s" after the step before. */
    public String after() {
      return afterMillis == null ? "" : "+" + afterMillis / 1000.0 + " s";
    }
  }

  /** When the challenge window ends, on the L1 clock. */
  public String deadlineTime() {
    return challengeDeadline == null ? "" : Format.time(Instant.ofEpochSecond(challengeDeadline));
  }
}
