package io.rolluplab.rollup.sequencer;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.l2tx.L2Transaction;
import io.rolluplab.rollup.state.Bytes32;

/**
 * A transaction found by hash: sealed (in {@code block} at {@code index}) or still in the mempool
 * ({@code block} null).
 */
public record TransactionLookup(Bytes32 hash, byte[] body, L2Transaction tx, Address sender, L2Block block, int index) {

  public boolean isPending() {
    return block == null;
  }

  /** The receipt; only a sealed transaction has one. */
  public L2Receipt receipt() {
    if (isPending()) {
      throw new IllegalStateException("a pending transaction has no receipt yet");
    }
    return block.transactions().get(index).receipt();
  }
}
