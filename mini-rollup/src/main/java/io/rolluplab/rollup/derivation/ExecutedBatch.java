package io.rolluplab.rollup.derivation;

import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.state.Bytes32;
import java.util.List;

/**
 * A batch as L1 holds it, executed: its data and the state root after each of its items. These
 * are the roots a dispute game bisects over: {@code roots.get(i)} is S_i, the root after the first
 * {@code i} items, from S_0 (the previous batch's post-state root) to S_n (this batch's).
 *
 * @param firstDeposit the queue index of its first deposit item
 * @param depositCount how many deposit items it has
 * @param l1Tx the L1 transaction whose input holds the data
 */
public record ExecutedBatch(long batchIndex, BatchData data, Bytes32 dataHash, long firstDeposit, long depositCount,
    List<Bytes32> roots, Bytes32 l1Tx, long l1Block) {

  public ExecutedBatch {
    roots = List.copyOf(roots);
    if (roots.size() != data.items().size() + 1) {
      throw new IllegalArgumentException("roots: a batch of " + data.items().size() + " items has "
          + (data.items().size() + 1) + " roots S_0..S_n, got " + roots.size());
    }
  }

  public int itemCount() {
    return data.items().size();
  }

  /** S_0: the state root before the batch, the previous batch's post-state root. */
  public Bytes32 preRoot() {
    return roots.get(0);
  }

  /** S_n: the state root after the batch, the root an honest proposer claims. */
  public Bytes32 postRoot() {
    return roots.get(roots.size() - 1);
  }

  /** S_position: the state root after the first {@code position} items. */
  public Bytes32 root(final long position) {
    if (position < 0 || position > itemCount()) {
      throw new IllegalArgumentException("position: batch " + batchIndex + " has roots S_0..S_" + itemCount()
          + ", asked for S_" + position);
    }
    return roots.get((int) position);
  }

  /** The bytes L1 hashed into {@link #dataHash}, as the one-step proof sends them again. */
  public byte[] encodedData() {
    return data.encode();
  }
}
