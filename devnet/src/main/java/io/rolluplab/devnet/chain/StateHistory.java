package io.rolluplab.devnet.chain;

import io.rolluplab.devnet.state.WorldState;
import java.util.ArrayList;
import java.util.List;

/**
 * The world state after each of the most recent blocks, so that {@code eth_getBalance},
 * {@code eth_call} … at an earlier block and {@code debug_traceTransaction} can look back.
 *
 * <p>Each entry is a {@link WorldState#copy()}, which shares storage maps with the live state until
 * one side writes: keeping a block's state costs about one small object per account. Like a geth
 * node without an archive, only the last {@link #KEPT} blocks are kept. Not thread-safe; the
 * {@link Devnet} guards it.
 */
final class StateHistory {
  /** As many as BLOCKHASH can see, and as geth keeps in memory by default. */
  static final int KEPT = 256;

  /** Newest last; the block number of the first entry is {@code head - size + 1}. */
  private final List<WorldState> states = new ArrayList<>();
  private long head = -1;

  /** Records the state after block {@code number}, which must follow the previous one. */
  void append(final long number, final WorldState postState) {
    if (number != head + 1) {
      throw new IllegalStateException("the state of block " + number + " cannot follow block " + head);
    }
    states.add(postState.copy());
    head = number;
    if (states.size() > KEPT) {
      states.remove(0);
    }
  }

  /**
   * Goes back to block {@code number} ({@code evm_revert}): forgets the later states, and starts
   * over from {@code postState} if that block was too old to be kept.
   */
  void revertTo(final long number, final WorldState postState) {
    while (head > number && !states.isEmpty()) {
      states.remove(states.size() - 1);
      head--;
    }
    if (states.isEmpty()) {
      states.add(postState.copy());
      head = number;
    }
  }

  /**
   * A private copy of the state after block {@code number}, to read or to run calls on.
   *
   * @throws StateUnavailableException if the block is too old or does not exist
   */
  WorldState after(final long number) {
    final long oldest = head - states.size() + 1;
    if (number > head || number < 0) {
      throw new StateUnavailableException("block " + number + " does not exist; the latest block is " + head);
    }
    if (number < oldest) {
      throw new StateUnavailableException("the state of block " + number + " is no longer kept; use a block within "
          + "the last " + KEPT + " (" + oldest + " to " + head + ")");
    }
    return states.get((int) (number - oldest)).copy();
  }
}
