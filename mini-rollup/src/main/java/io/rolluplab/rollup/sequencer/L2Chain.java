package io.rolluplab.rollup.sequencer;

import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.L2State;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sealed L2 blocks, the state after the last one, and the indexes queries use.
 *
 * <p>Only the newest {@link #RECENT_BLOCKS} blocks stay in memory: the batcher and the withdrawal
 * relayer read a block soon after it is sealed, and a wallet asks about its transaction soon after
 * sending it. Older blocks are read back from the journal, which holds every block; so memory stays
 * flat however long the chain grows. A journal that reads nothing back ({@link
 * SequencerJournal#NONE}) makes the chain keep every block instead.
 */
final class L2Chain {
  /** How many of the newest blocks stay in memory. */
  static final int RECENT_BLOCKS = 64;

  private final L2State state;
  private final SequencerJournal journal;
  private final int kept;
  /** The newest blocks, oldest first; the last is the head. */
  private final Deque<L2Block> recent = new ArrayDeque<>();
  private final Map<Bytes32, L2Block> byHash = new HashMap<>();
  private final Map<Bytes32, Location> txLocation = new HashMap<>();

  /** Where a sealed transaction sits. */
  private record Location(L2Block block, int index) {}

  L2Chain(final L2State state, final Instant genesisTime, final SequencerJournal journal) {
    this.state = state;
    this.journal = journal;
    this.kept = journal.readsBack() ? RECENT_BLOCKS : Integer.MAX_VALUE;
    append(L2Block.genesis(state.root(), genesisTime));
  }

  L2State state() {
    return state;
  }

  L2Block head() {
    return recent.getLast();
  }

  /** Appends a block; the oldest block in memory is let go if there are more than kept (the journal has it). */
  void append(final L2Block block) {
    recent.addLast(block);
    byHash.put(block.hash(), block);
    for (int i = 0; i < block.transactions().size(); i++) {
      txLocation.put(block.transactions().get(i).receipt().txHash(), new Location(block, i));
    }
    if (recent.size() > kept) {
      final L2Block old = recent.removeFirst();
      byHash.remove(old.hash());
      old.transactions().forEach(t -> txLocation.remove(t.receipt().txHash()));
    }
  }

  Optional<L2Block> block(final long number) {
    final long oldestKept = recent.getFirst().number();
    if (number < 0 || number > head().number()) {
      return Optional.empty();
    }
    if (number >= oldestKept) {
      return recent.stream().skip(number - oldestKept).findFirst();
    }
    return journal.block(number);
  }

  Optional<L2Block> block(final Bytes32 hash) {
    final L2Block kept = byHash.get(hash);
    return kept != null ? Optional.of(kept) : journal.blockNumber(hash).flatMap(this::block);
  }

  Optional<TransactionLookup> transaction(final Bytes32 hash) {
    final Location at = txLocation.get(hash);
    if (at != null) {
      return Optional.of(lookup(hash, at.block(), at.index()));
    }
    return journal.blockOfTransaction(hash).flatMap(this::block).flatMap(block -> {
      for (int i = 0; i < block.transactions().size(); i++) {
        if (block.transactions().get(i).receipt().txHash().equals(hash)) {
          return Optional.of(lookup(hash, block, i));
        }
      }
      return Optional.empty();
    });
  }

  private static TransactionLookup lookup(final Bytes32 hash, final L2Block block, final int index) {
    final L2Block.Included included = block.transactions().get(index);
    return new TransactionLookup(hash, included.body(), included.tx(), included.receipt().from(), block, index);
  }
}
