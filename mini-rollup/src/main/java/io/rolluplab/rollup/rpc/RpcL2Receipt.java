package io.rolluplab.rollup.rpc;

import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.rollup.execution.Fee;
import io.rolluplab.rollup.sequencer.L2Block;
import io.rolluplab.rollup.sequencer.L2Receipt;
import io.rolluplab.rollup.sequencer.TransactionLookup;
import io.rolluplab.rollup.store.BatchTable;
import java.util.List;

/**
 * A receipt as {@code eth_getTransactionReceipt} returns it, plus what only an L2 has: the fee in
 * its two parts ({@code l2ExecutionFee} for the 21000 gas, {@code l1Fee} for the transaction's
 * bytes in the batch on L1), and where it stands on L1: {@code batchIndex} and {@code l1Status}
 * ("posted": its data is on L1; "proposed": a root covering it is claimed; "final": that root can
 * no longer be disputed; "rolled-back": the claim about its batch was withdrawn, a new one will come;
 * in zk mode "proving", "proven" and "executed", final), both null until a batch on L1 carries it
 * (a batch the batcher withholds is not on L1). {@code status} is always 1: a failing transaction is never sealed.
 */
public record RpcL2Receipt(
    String transactionHash, String transactionIndex, String blockHash, String blockNumber, String from, String to,
    String cumulativeGasUsed, String gasUsed, String effectiveGasPrice, String contractAddress, List<Object> logs,
    String logsBloom, String status, String type, String l2ExecutionFee, String l1Fee, String l1FeePerByte,
    String batchIndex, String l1Status) {

  /** @param batch the batch that carries it to L1, or null */
  static RpcL2Receipt of(final TransactionLookup found, final BatchTable.Row batch) {
    final L2Block block = found.block();
    final L2Receipt receipt = found.receipt();
    final long gas = Fee.TRANSFER_GAS.longValueExact();
    // deposits use no gas: the transactions before this one used 21000 each
    return new RpcL2Receipt(found.hash().toHex(), HexCodec.quantity(found.index()), block.hash().toHex(),
        HexCodec.quantity(block.number()), HexCodec.address(receipt.from()), HexCodec.address(receipt.to()),
        HexCodec.quantity(gas * (found.index() + 1)), HexCodec.quantity(gas),
        HexCodec.quantity(receipt.effectiveGasPrice()), null, List.of(), HexCodec.data(new byte[256]), "0x1",
        found.tx().legacy() ? "0x0" : "0x2", HexCodec.quantity(receipt.fee().execution()),
        HexCodec.quantity(receipt.fee().l1Data()), HexCodec.quantity(block.l1FeePerByte()),
        batch == null ? null : HexCodec.quantity(batch.index()), batch == null ? null : l1Status(batch.status()));
  }

  /** The batch's status as a transaction's sender cares about it; a withdrawn root leaves the data posted. */
  private static String l1Status(final String batchStatus) {
    return batchStatus.equals("rolled-back") ? "posted" : batchStatus;
  }
}
