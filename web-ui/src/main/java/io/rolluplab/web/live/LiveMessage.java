package io.rolluplab.web.live;

import io.rolluplab.devnet.chain.Block;
import io.rolluplab.rollup.store.StoredEvent;
import java.time.Instant;

/**
 * One thing that happened, as the live feed and {@code GET /api/events} show it: a rollup's event,
 * or a new L1 block ({@code rollup} is then {@code "l1"}).
 *
 * @param rollup {@code optimistic}, {@code zk} or {@code l1}
 * @param seq the event's place in its rollup's log; for an L1 block, its number
 * @param type the event record's name ({@code BatchPosted}), {@code L1BlockMined} for a block
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

  static LiveMessage of(final Block block) {
    final int count = block.transactions().size();
    return new LiveMessage(L1, block.number(), "L1BlockMined", L1, "L1 block " + block.number() + " was mined with "
        + count + (count == 1 ? " transaction." : " transactions."), Instant.ofEpochSecond(block.header().timestamp()),
        block.number(), 0);
  }
}
