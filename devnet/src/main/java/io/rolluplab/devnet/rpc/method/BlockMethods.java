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

  private final ChainQueries queries;

  public BlockMethods(final ChainQueries queries) {
    this.queries = queries;
  }

  public void addTo(final RpcMethods methods) {
    methods.add(GET_BLOCK_BY_NUMBER, 2, p -> view(byNumber(p), full(p)))
        .add(GET_BLOCK_BY_HASH, 2, p -> view(byHash(p), full(p)))
        .add(GET_BLOCK_TRANSACTION_COUNT_BY_NUMBER, 1, p -> byNumber(p).map(BlockMethods::count).orElse(null))
        .add(GET_BLOCK_TRANSACTION_COUNT_BY_HASH, 1, p -> byHash(p).map(BlockMethods::count).orElse(null));
  }

  private Optional<Block> byNumber(final Params p) throws RpcException {
    return queries.block(p.get(0, "block").asBlockTag());
  }

  private Optional<Block> byHash(final Params p) throws RpcException {
    return queries.block(BlockTag.hash(p.get(0, "block hash").asHash()));
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
