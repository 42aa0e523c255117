package io.rolluplab.rollup.rpc;

import io.rolluplab.devnet.rpc.BlockTag;
import io.rolluplab.devnet.rpc.Param;
import io.rolluplab.devnet.rpc.RpcException;
import io.rolluplab.rollup.sequencer.L2Block;
import io.rolluplab.rollup.sequencer.SequencerQueries;
import io.rolluplab.rollup.state.Bytes32;
import java.util.Optional;

/**
 * Block tags on the L2. Every sealed block counts as {@code safe} and {@code finalized} for now:
 * once batches reach L1, those tags will mean "posted" and "past the challenge window".
 */
final class L2Blocks {
  private L2Blocks() {}

  /** The block a tag names, empty for a number or hash not sealed (yet). */
  static Optional<L2Block> find(final SequencerQueries sequencer, final BlockTag tag) {
    return switch (tag.kind()) {
      case LATEST, PENDING, SAFE, FINALIZED -> Optional.of(sequencer.head());
      case EARLIEST -> sequencer.block(0);
      case NUMBER -> sequencer.block(tag.number());
      case HASH -> sequencer.block(Bytes32.wrap(tag.hash()));
    };
  }

  /**
   * Whether a state query means the pending state; anything but the head block is refused, since
   * the L2 node keeps only the latest state.
   */
  static boolean pending(final SequencerQueries sequencer, final Param param) throws RpcException {
    final BlockTag tag = param.asBlockTagOrLatest();
    if (tag.kind() == BlockTag.Kind.PENDING) {
      return true;
    }
    if (tag.kind() == BlockTag.Kind.LATEST || tag.kind() == BlockTag.Kind.SAFE
        || tag.kind() == BlockTag.Kind.FINALIZED) {
      return false; // the head, whichever block it is by now: reading it twice raced with the sequencer
    }
    final boolean head = find(sequencer, tag).map(b -> b.number() == sequencer.head().number()).orElse(false);
    if (!head) {
      throw RpcException.server("the L2 node keeps only the state after its head block "
          + sequencer.head().number() + "; ask for \"latest\" or \"pending\"");
    }
    return false;
  }
}
