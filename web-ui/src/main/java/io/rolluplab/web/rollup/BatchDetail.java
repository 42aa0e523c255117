package io.rolluplab.web.rollup;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.web.view.Countdown;
import io.rolluplab.web.view.Format;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

/**
 * Everything the batch page shows: the batch, what it carried, its roots, and how it got where it is.
 *
 * @param rollup "optimistic" or "zk"
 * @param preRoot the L2 state root before its first item (after the previous batch)
 * @param dataPreview the first bytes of its data as its L1 transaction carried it, 0x-hex; null if it carried
 *     none (withheld) or was not sent yet
 * @param layout how those bytes divide into header, runs and columns (optimistic; null without data)
 * @param timeline from the first item's sequencing to finality, the steps to come included
 * @param challengeDeadline optimistic, while its root is proposed: the L1 second its window ends, else null
 * @param window the countdown to that end on the L1 clock, null when no window runs
 * @param disputes the dispute games about its root (optimistic)
 * @param proofs how many proofs were sent for it (zk)
 */
public record BatchDetail(String rollup, BatchView batch, Bytes32 preRoot, String dataPreview, List<Part> layout,
    List<Item> items, List<Step> timeline, Long challengeDeadline, Countdown window, List<Long> disputes, int proofs) {

  /**
   * One part of the batch data (L2-RULES.md §2): the header, a run, or a column.
   *
   * @param part its name
   * @param bytes its length
   * @param holds what it holds, in words
   */
  public record Part(String part, int bytes, String holds) {}

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
