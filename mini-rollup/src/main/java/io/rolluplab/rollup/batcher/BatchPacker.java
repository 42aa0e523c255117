package io.rolluplab.rollup.batcher;

import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.sequencer.L2Block;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which unbatched blocks go into the next batch and whether it is time to post it; no I/O,
 * so the rules are tested on their own. Blocks are never split: a batch is whole blocks, and a
 * block too big for the limits alone goes alone.
 */
final class BatchPacker {
  /**
   * Why a batch is posted now.
   *
   * <ul>
   *   <li>{@code FULL}: the next block would break a limit (bytes, items, or another L1 fee per byte);
   *   <li>{@code AGE}: its oldest block waited longer than {@code maxAge};
   *   <li>{@code FORCED}: it must reach a block holding a deposit L1 forced in.
   * </ul>
   */
  enum Reason {
    FULL, AGE, FORCED
  }

  record Packed(List<L2Block> blocks, Reason reason) {}

  private final BatcherConfig config;

  BatchPacker(final BatcherConfig config) {
    this.config = config;
  }

  /**
   * The blocks of the next batch, taken from the front of {@code unbatched} (in order; empty blocks
   * are skipped), if it is time to post. {@code unbatched} is read only as far as the batch needs,
   * plus the one block that would not fit: a batcher that lags far behind reads one batch's blocks
   * per turn, not its whole backlog.
   *
   * @param mustReach a block number the batch must include whatever the limits, or -1
   */
  Optional<Packed> pack(final Iterable<L2Block> unbatched, final Instant now, final long mustReach) {
    final List<L2Block> taken = new ArrayList<>();
    int bytes = BatchData.HEADER_BYTES;
    int items = 0;
    boolean full = false;
    for (final L2Block block : unbatched) {
      if (block.items().isEmpty()) {
        continue;
      }
      final int blockBytes = block.items().stream().mapToInt(BatchData::maxBytesOf).sum();
      final boolean fits = bytes + blockBytes <= config.maxBytes() && items + block.items().size() <= config.maxItems()
          && (taken.isEmpty() || block.l1FeePerByte() == taken.get(0).l1FeePerByte());
      final boolean forced = mustReach >= block.number();
      if (!taken.isEmpty() && !fits && !forced) {
        full = true;
        break;
      }
      taken.add(block);
      bytes += blockBytes;
      items += block.items().size();
    }
    if (taken.isEmpty()) {
      return Optional.empty();
    }
    final L2Block last = taken.get(taken.size() - 1);
    if (mustReach >= 0) {
      return last.number() >= mustReach ? Optional.of(new Packed(taken, Reason.FORCED)) : Optional.empty();
    }
    if (full || bytes >= config.maxBytes() || items >= config.maxItems()) {
      return Optional.of(new Packed(taken, Reason.FULL));
    }
    final Duration waited = Duration.between(taken.get(0).timestamp(), now);
    return waited.compareTo(config.maxAge()) >= 0 ? Optional.of(new Packed(taken, Reason.AGE)) : Optional.empty();
  }
}
