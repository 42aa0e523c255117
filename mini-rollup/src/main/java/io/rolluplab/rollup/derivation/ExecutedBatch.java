package io.rolluplab.rollup.derivation;

import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.state.Bytes32;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A batch as L1 holds it, executed: its data and the state root after each of its items. These
 * are the roots a dispute game bisects over: {@code roots().get(i)} is S_i, the root after the
 * first {@code i} items, from S_0 (the previous batch's post-state root) to S_n (this batch's).
 *
 * <p>A derivation keeps one for every batch inside the challenge window, a week of batches, so it
 * is kept compact: the data as the bytes L1 holds and the roots as one array of 32-byte words, each
 * decoded when asked for. As objects (an item, a {@link Bytes32} per root) they took about 200
 * bytes per item instead of 130.
 */
public final class ExecutedBatch {
  private final long batchIndex;
  private final byte[] encodedData;
  private final int itemCount;
  private final Bytes32 dataHash;
  private final long firstDeposit;
  private final long depositCount;
  /** S_0 … S_n, 32 bytes each. */
  private final byte[] roots;
  private final Bytes32 l1Tx;
  private final long l1Block;

  /**
   * @param firstDeposit the queue index of its first deposit item
   * @param depositCount how many deposit items it has
   * @param roots S_0 … S_n
   * @param l1Tx the L1 transaction whose input holds the data
   */
  public ExecutedBatch(final long batchIndex, final BatchData data, final Bytes32 dataHash, final long firstDeposit,
      final long depositCount, final List<Bytes32> roots, final Bytes32 l1Tx, final long l1Block) {
    if (roots.size() != data.items().size() + 1) {
      throw new IllegalArgumentException("roots: a batch of " + data.items().size() + " items has "
          + (data.items().size() + 1) + " roots S_0..S_n, got " + roots.size());
    }
    this.batchIndex = batchIndex;
    this.encodedData = data.encode();
    this.itemCount = data.items().size();
    this.dataHash = dataHash;
    this.firstDeposit = firstDeposit;
    this.depositCount = depositCount;
    this.roots = new byte[roots.size() * Bytes32.SIZE];
    for (int i = 0; i < roots.size(); i++) {
      System.arraycopy(roots.get(i).toArray(), 0, this.roots, i * Bytes32.SIZE, Bytes32.SIZE);
    }
    this.l1Tx = l1Tx;
    this.l1Block = l1Block;
  }

  public long batchIndex() {
    return batchIndex;
  }

  /** The batch's items, decoded from the bytes L1 holds. */
  public BatchData data() {
    return BatchData.decode(encodedData);
  }

  /** The bytes L1 hashed into {@link #dataHash}, as the one-step proof sends them again. */
  public byte[] encodedData() {
    return encodedData.clone();
  }

  public Bytes32 dataHash() {
    return dataHash;
  }

  public long firstDeposit() {
    return firstDeposit;
  }

  public long depositCount() {
    return depositCount;
  }

  public Bytes32 l1Tx() {
    return l1Tx;
  }

  public long l1Block() {
    return l1Block;
  }

  public int itemCount() {
    return itemCount;
  }

  /** S_0 … S_n. */
  public List<Bytes32> roots() {
    final List<Bytes32> all = new ArrayList<>(itemCount + 1);
    for (int position = 0; position <= itemCount; position++) {
      all.add(rootAt(position));
    }
    return all;
  }

  /** S_0: the state root before the batch, the previous batch's post-state root. */
  public Bytes32 preRoot() {
    return rootAt(0);
  }

  /** S_n: the state root after the batch, the root an honest proposer claims. */
  public Bytes32 postRoot() {
    return rootAt(itemCount);
  }

  /** S_position: the state root after the first {@code position} items. */
  public Bytes32 root(final long position) {
    if (position < 0 || position > itemCount) {
      throw new IllegalArgumentException("position: batch " + batchIndex + " has roots S_0..S_" + itemCount
          + ", asked for S_" + position);
    }
    return rootAt((int) position);
  }

  private Bytes32 rootAt(final int position) {
    return Bytes32.wrap(Arrays.copyOfRange(roots, position * Bytes32.SIZE, (position + 1) * Bytes32.SIZE));
  }
}
