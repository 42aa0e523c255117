package io.rolluplab.devnet.rpc.view;

import static io.rolluplab.devnet.rpc.HexCodec.address;
import static io.rolluplab.devnet.rpc.HexCodec.data;
import static io.rolluplab.devnet.rpc.HexCodec.quantity;

import io.rolluplab.devnet.chain.Block;
import io.rolluplab.devnet.chain.IncludedTransaction;
import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.devnet.tx.Transaction;
import java.util.ArrayList;
import java.util.List;

/** {@code eth_getTransactionReceipt}: the consensus receipt plus where and by whom. */
public record RpcReceipt(
    String transactionHash,
    String transactionIndex,
    String blockHash,
    String blockNumber,
    String from,
    String to,
    String cumulativeGasUsed,
    String gasUsed,
    String effectiveGasPrice,
    String contractAddress,
    List<RpcLog> logs,
    String logsBloom,
    String type,
    String status) {

  public static RpcReceipt of(final IncludedTransaction included) {
    final Transaction tx = included.transaction();
    final Receipt receipt = included.receipt();
    final Block block = included.block();
    final List<RpcLog> logs = new ArrayList<>();
    int logIndex = RpcLog.firstLogIndex(block, included.index());
    for (final var log : receipt.logs()) {
      logs.add(RpcLog.of(log, block, included.index(), logIndex++));
    }
    return new RpcReceipt(
        data(tx.hash()),
        quantity(included.index()),
        data(block.hash()),
        quantity(block.number()),
        address(tx.sender()),
        address(tx.to()),
        quantity(receipt.cumulativeGasUsed()),
        quantity(receipt.gasUsed()),
        quantity(receipt.effectiveGasPrice()),
        address(receipt.contractAddress()),
        logs,
        data(receipt.logsBloom()),
        quantity(tx.type().typeByte),
        receipt.success() ? "0x1" : "0x0");
  }
}
