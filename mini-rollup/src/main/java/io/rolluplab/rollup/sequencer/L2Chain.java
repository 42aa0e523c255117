package io.rolluplab.rollup.sequencer;

import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.L2State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The sealed L2 blocks from genesis on, the state after the last one, and the indexes queries use. */
final class L2Chain {
  private final L2State state;
  private final List<L2Block> blocks = new ArrayList<>();
  private final Map<Bytes32, L2Block> byHash = new HashMap<>();
  private final Map<Bytes32, Location> txLocation = new HashMap<>();

  /** Where a sealed transaction sits. */
  private record Location(int block, int index) {}

  L2Chain(final L2State state, final Instant genesisTime) {
    this.state = state;
    append(L2Block.genesis(state.root(), genesisTime));
  }

  L2State state() {
    return state;
  }

  L2Block head() {
    return blocks.get(blocks.size() - 1);
  }

  void append(final L2Block block) {
    blocks.add(block);
    byHash.put(block.hash(), block);
    for (int i = 0; i < block.transactions().size(); i++) {
      txLocation.put(block.transactions().get(i).receipt().txHash(), new Location(blocks.size() - 1, i));
    }
  }

  Optional<L2Block> block(final long number) {
    return number < 0 || number >= blocks.size() ? Optional.empty() : Optional.of(blocks.get((int) number));
  }

  Optional<L2Block> block(final Bytes32 hash) {
    return Optional.ofNullable(byHash.get(hash));
  }

  Optional<TransactionLookup> transaction(final Bytes32 hash) {
    final Location at = txLocation.get(hash);
    if (at == null) {
      return Optional.empty();
    }
    final L2Block block = blocks.get(at.block());
    final L2Block.Included included = block.transactions().get(at.index());
    return Optional.of(new TransactionLookup(hash, included.body(), included.tx(), included.receipt().from(), block,
        at.index()));
  }
}
