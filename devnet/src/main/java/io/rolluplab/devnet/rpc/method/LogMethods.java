package io.rolluplab.devnet.rpc.method;

import io.rolluplab.devnet.chain.Block;
import io.rolluplab.devnet.rpc.BlockTag;
import io.rolluplab.devnet.rpc.ChainQueries;
import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.devnet.rpc.LogFilter;
import io.rolluplab.devnet.rpc.Param;
import io.rolluplab.devnet.rpc.Params;
import io.rolluplab.devnet.rpc.RpcException;
import io.rolluplab.devnet.rpc.RpcMethods;
import io.rolluplab.devnet.rpc.view.RpcLog;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code eth_getLogs}: the logs matching a {@link LogFilter} in one block ({@code blockHash}) or a
 * range ({@code fromBlock}..{@code toBlock}, both "latest" when left out).
 */
public final class LogMethods {
  public static final String GET_LOGS = "eth_getLogs";
  /** A wider range is refused: each block's bloom is read, and the answer could be huge. */
  static final long MAX_RANGE = 10_000;

  private final ChainQueries queries;

  public LogMethods(final ChainQueries queries) {
    this.queries = queries;
  }

  public void addTo(final RpcMethods methods) {
    methods.add(GET_LOGS, 1, this::getLogs);
  }

  private Object getLogs(final Params p) throws RpcException {
    final Param filter = p.get(0, "filter");
    if (filter.isMissing()) {
      throw RpcException.invalidParams("invalid params: " + GET_LOGS + " needs a filter object, e.g. "
          + "{\"fromBlock\": \"0x0\", \"address\": \"0x…\"}");
    }
    final LogFilter criteria = LogFilter.parse(filter);
    final List<RpcLog> logs = new ArrayList<>();
    for (final Block block : blocks(filter)) {
      logs.addAll(criteria.matchingLogs(block));
    }
    return logs;
  }

  private List<Block> blocks(final Param filter) throws RpcException {
    final Param blockHash = filter.field("blockHash");
    if (!blockHash.isMissing()) {
      if (!filter.field("fromBlock").isMissing() || !filter.field("toBlock").isMissing()) {
        throw RpcException.invalidParams("invalid params: a filter has either blockHash or fromBlock/toBlock, "
            + "not both");
      }
      final byte[] hash = blockHash.asHash();
      return queries.block(BlockTag.hash(hash)).map(List::of)
          .orElseThrow(() -> RpcException.server("unknown block: no block has hash " + HexCodec.data(hash)));
    }
    final long head = queries.devnet().latestBlock().number();
    final long from = number(filter.field("fromBlock").asBlockTagOrLatest(), head);
    final long to = Math.min(head, number(filter.field("toBlock").asBlockTagOrLatest(), head));
    if (from > to && from <= head) {
      throw RpcException.invalidParams("invalid params: fromBlock " + from + " is after toBlock " + to);
    }
    if (to - from >= MAX_RANGE) {
      throw RpcException.server("the block range " + from + ".." + to + " is longer than " + MAX_RANGE
          + " blocks; ask for a shorter range");
    }
    final List<Block> blocks = new ArrayList<>();
    for (long n = from; n <= to; n++) {
      queries.devnet().block(n).ifPresent(blocks::add);
    }
    return blocks;
  }

  /** A range end as a number; a tag naming a hash is not allowed here. */
  private static long number(final BlockTag tag, final long head) throws RpcException {
    return switch (tag.kind()) {
      case EARLIEST -> 0;
      case NUMBER -> tag.number();
      case HASH -> throw RpcException.invalidParams("invalid params: fromBlock/toBlock take a block number or tag; "
          + "use blockHash for one block by hash");
      default -> head;
    };
  }
}
