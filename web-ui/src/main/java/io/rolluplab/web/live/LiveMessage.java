package io.rolluplab.web.live;

import io.rolluplab.devnet.chain.Block;
import io.rolluplab.rollup.store.StoredEvent;
import io.rolluplab.web.l1.KnownAddresses;
import java.time.Instant;
import java.util.List;

/**
 * One thing that happened, as the live feed and {@code GET /api/events} show it: a rollup's event,
 * or new L1 blocks ({@code rollup} is then {@code "l1"}; blocks mined within a second are one message).
 *
 * @param rollup {@code optimistic}, {@code zk} or {@code l1}
 * @param seq the event's place in its rollup's log; for L1 blocks, the newest one's number
 * @param type the event record's name ({@code BatchPosted}), {@code L1BlockMined} for new blocks
 * @param role the role that took the step ({@code batcher}); {@code l1} for a block
 * @param sentence what happened, in one sentence for people
 * @param time when, by the wall clock
 * @param l1Block the L1 head then
 * @param l2Block the rollup's L2 head then (0 for an L1 block)
 */
public record LiveMessage(String rollup, long seq, String type, String role, String sentence, Instant time,
    long l1Block, long l2Block) {
  public static final String L1 = "l1";

  static LiveMessage of(final String rollup, final StoredEvent event) {
    return new LiveMessage(rollup, event.seq(), event.type(), event.role(), event.sentence(), event.createdAt(),
        event.l1Block(), event.l2Block());
  }

  /**
   * New L1 blocks as one message: {@code seq} and {@code l1Block} the newest one's number, {@code
   * time} when the feed saw them (the L1 clock may run days ahead after a fast-forward).
   */
  static LiveMessage of(final List<Block> blocks, final KnownAddresses names, final Instant seen) {
    final long newest = blocks.get(blocks.size() - 1).number();
    return new LiveMessage(L1, newest, "L1BlockMined", L1, L1Blocks.describe(blocks, names), seen, newest, 0);
  }
}
