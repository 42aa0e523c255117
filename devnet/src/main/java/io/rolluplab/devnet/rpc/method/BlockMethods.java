package io.rolluplab.devnet.rpc.method;

import io.rolluplab.devnet.chain.Block;
import io.rolluplab.devnet.rpc.BlockTag;
import io.rolluplab.devnet.rpc.ChainQueries;
import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.devnet.rpc.Params;
import io.rolluplab.devnet.rpc.RpcException;
import io.rolluplab.devnet.rpc.RpcMethods;
import io.rolluplab.devnet.rpc.view.RpcBlock;
import java.util.Optional;

/** Blocks by number or hash; an unknown block is {@code null}, not an error, as the spec says. */
public final class BlockMethods {
  public static final String GET_BLOCK_BY_NUMBER = "eth_getBlockByNumber";
  public static final String GET_BLOCK_BY_HASH = "eth_getBlockByHash";
  public static final String GET_BLOCK_TRANSACTION_COUNT_BY_NUMBER = "eth_getBlockTransactionCountByNumber";
  public static final String GET_BLOCK_TRANSACTION_COUNT_BY_HASH = "eth_getBlockTransactionCountByHash";
  /** geth's: the header's RLP, whose keccak256 is the block hash. */
  public static final String GET_RAW_HEADER = "debug_getRawHeader";
  /** geth's: the whole block's RLP, transactions as signed ({@link Block#encode}). */
  public static final String GET_RAW_BLOCK = "debug_getRawBlock";

  private final ChainQueries queries;

  public BlockMethods(final ChainQueries queries) {
    this.queries = queries;
  }

  public void addTo(final RpcMethods methods) {
    methods.add(GET_BLOCK_BY_NUMBER, 2, p -> view(byNumber(p), full(p)))
        .add(GET_BLOCK_BY_HASH, 2, p -> view(byHash(p), full(p)))
        .add(GET_BLOCK_TRANSACTION_COUNT_BY_NUMBER, 1, p -> byNumber(p).map(BlockMethods::count).orElse(null))
        .add(GET_BLOCK_TRANSACTION_COUNT_BY_HASH, 1, p -> byHash(p).map(BlockMethods::count).orElse(null))
        .add(GET_RAW_HEADER, 1, p -> HexCodec.data(known(p).header().encode()))
        .add(GET_RAW_BLOCK, 1, p -> HexCodec.data(known(p).encode()));
  }

  private Optional<Block> byNumber(final Params p) throws RpcException {
    return queries.block(p.get(0, "block").asBlockTag());
  }

  private Optional<Block> byHash(final Params p) throws RpcException {
    return queries.block(BlockTag.hash(p.get(0, "block hash").asHash()));
  }

  /** The block the first param names; geth answers an unknown one with an error, not null. */
  private Block known(final Params p) throws RpcException {
    return byNumber(p).orElseThrow(() -> RpcException.server("block not found: the devnet has blocks 0 to "
        + queries.devnet().latestBlock().number()));
  }

  /** The second param: true for transaction objects, false for hashes only; false when left out. */
  private static boolean full(final Params p) throws RpcException {
    return p.get(1, "full transactions").asBoolean();
  }

  private static RpcBlock view(final Optional<Block> block, final boolean fullTransactions) {
    return block.map(b -> RpcBlock.of(b, fullTransactions)).orElse(null);
  }

  private static String count(final Block block) {
    return HexCodec.quantity(block.transactions().size());
  }
}
