package io.rolluplab.devnet.rpc;

import io.rolluplab.devnet.chain.Block;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.StateUnavailableException;
import io.rolluplab.devnet.state.WorldState;
import java.util.Optional;

/**
 * What the RPC methods ask of the devnet beyond a plain lookup: which block a {@link BlockTag}
 * means, and the state at that block. The method classes stay thin: they read params, ask here or
 * the {@link Devnet}, and format the answer.
 */
public final class ChainQueries {
  private final Devnet devnet;

  public ChainQueries(final Devnet devnet) {
    this.devnet = devnet;
  }

  public Devnet devnet() {
    return devnet;
  }

  /** The block {@code tag} means, or empty if there is none (a number past the head, an unknown hash). */
  public Optional<Block> block(final BlockTag tag) {
    return switch (tag.kind()) {
      case EARLIEST -> devnet.block(0);
      case NUMBER -> devnet.block(tag.number());
      case HASH -> devnet.blockByHash(tag.hash());
      default -> Optional.of(devnet.latestBlock());
    };
  }

  /**
   * The number of the block whose state {@code tag} asks for.
   *
   * @throws RpcException (-32000) if there is no such block
   */
  public long stateBlockNumber(final BlockTag tag) throws RpcException {
    final Optional<Block> block = block(tag);
    if (block.isEmpty()) {
      final String which = tag.kind() == BlockTag.Kind.HASH ? "with hash " + HexCodec.data(tag.hash()) : tag.number() + "";
      throw RpcException.server("header not found: there is no block " + which + "; the latest block is "
          + devnet.latestBlock().number());
    }
    return block.get().number();
  }

  /**
   * A private copy of the state after the block {@code tag} means.
   *
   * @throws RpcException (-32000) if there is no such block or its state is no longer kept
   */
  public WorldState state(final BlockTag tag) throws RpcException {
    final long number = stateBlockNumber(tag);
    try {
      return devnet.stateAt(number);
    } catch (StateUnavailableException e) {
      throw RpcException.server(e.getMessage());
    }
  }
}
