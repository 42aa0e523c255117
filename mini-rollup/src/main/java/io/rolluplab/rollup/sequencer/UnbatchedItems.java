package io.rolluplab.rollup.sequencer;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts the items (deposits and transactions) in the sealed blocks that no batch on L1 holds yet:
 * how far the batcher lags behind the sequencer, in the unit batches are limited by. Kept as a
 * running sum over those blocks, so a turn reads only the blocks sealed since the last one.
 */
final class UnbatchedItems {
  /** The blocks counted, consecutive and oldest first: each as {block number, items}. */
  private final Deque<long[]> blocks = new ArrayDeque<>();
  private long total;

  /**
   * The items in blocks {@code firstUnbatched} to the chain's head. The batcher only moves forward,
   * except when it posts blocks again (a rewind); then the count starts again from its blocks.
   */
  long from(final long firstUnbatched, final L2Chain chain) {
    if (!blocks.isEmpty() && firstUnbatched < blocks.getFirst()[0]) {
      blocks.clear();
      total = 0;
    }
    while (!blocks.isEmpty() && blocks.getFirst()[0] < firstUnbatched) {
      total -= blocks.removeFirst()[1];
    }
    final long head = chain.head().number();
    for (long n = blocks.isEmpty() ? firstUnbatched : blocks.getLast()[0] + 1; n <= head; n++) {
      final L2Block block = chain.block(n).orElseThrow();
      final long items = block.deposits().size() + block.transactions().size();
      blocks.addLast(new long[] {n, items});
      total += items;
    }
    return total;
  }
}
