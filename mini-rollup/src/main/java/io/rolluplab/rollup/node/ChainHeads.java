package io.rolluplab.rollup.node;

import io.rolluplab.rollup.event.ChainPosition;
import io.rolluplab.rollup.l1.L1Block;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Where both chains stood at the node's last look, to stamp events with. It is read without asking
 * L1 or taking any role's lock: an RPC thread publishing while the loop thread seals a block must
 * not wait on it (each would hold what the other needs), and an event must not cost an L1 call.
 */
final class ChainHeads implements Supplier<ChainPosition> {
  private final AtomicReference<ChainPosition> position = new AtomicReference<>(new ChainPosition(0, 0, 0));

  void sawL1(final L1Block head) {
    position.updateAndGet(p -> new ChainPosition(head.number(), head.timestamp(), p.l2Block()));
  }

  void sawL2(final long blockNumber) {
    position.updateAndGet(p -> new ChainPosition(p.l1Block(), p.l1Time(), blockNumber));
  }

  @Override
  public ChainPosition get() {
    return position.get();
  }
}
