package io.rolluplab.devnet.rpc.view;

import static io.rolluplab.devnet.rpc.HexCodec.quantity;

import io.rolluplab.devnet.chain.Block;
import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.devnet.types.UInt256;
import java.util.List;

/**
 * A log as {@code eth_getLogs}, receipts and {@code logs} subscriptions show it: the event plus
 * where it was emitted. {@code logIndex} counts logs across the whole block.
 */
public record RpcLog(
    String address,
    List<String> topics,
    String data,
    String blockNumber,
    String blockHash,
    String transactionHash,
    String transactionIndex,
    String logIndex,
    boolean removed) {

  // HexCodec is written out: the record's own data() and address() hide static imports
  public static RpcLog of(final Log log, final Block block, final int txIndex, final int logIndex) {
    return new RpcLog(
        HexCodec.address(log.address()),
        log.topics().stream().map(UInt256::toHex).toList(),
        HexCodec.data(log.data()),
        quantity(block.number()),
        HexCodec.data(block.hash()),
        HexCodec.data(block.transactions().get(txIndex).hash()),
        quantity(txIndex),
        quantity(logIndex),
        false);
  }

  /** The block-wide index of the first log of transaction {@code txIndex}. */
  public static int firstLogIndex(final Block block, final int txIndex) {
    int index = 0;
    for (int i = 0; i < txIndex; i++) {
      index += block.receipts().get(i).logs().size();
    }
    return index;
  }
}
