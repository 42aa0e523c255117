package io.rolluplab.rollup.rpc;

import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.rollup.execution.Fee;
import io.rolluplab.rollup.l2tx.L2Transaction;
import io.rolluplab.rollup.sequencer.L2Block;
import io.rolluplab.rollup.sequencer.TransactionLookup;
import java.math.BigInteger;
import java.util.List;

/**
 * A transaction as {@code eth_getTransactionByHash} returns it: block fields null while it is in
 * the mempool; the EIP-1559 fields, access list and y parity null for a legacy transaction.
 */
public record RpcL2Transaction(
    String hash, String type, String chainId, String nonce, String blockHash, String blockNumber,
    String transactionIndex, String from, String to, String value, String gas, String gasPrice,
    String maxFeePerGas, String maxPriorityFeePerGas, String input, List<Object> accessList, String v, String yParity,
    String r, String s) {

  static RpcL2Transaction of(final TransactionLookup found) {
    final L2Transaction tx = found.tx();
    final L2Block block = found.block();
    final boolean legacy = tx.legacy();
    // legacy v per EIP-155: 35 + 2·chainId + yParity
    final BigInteger v = legacy ? tx.chainId().shiftLeft(1).add(BigInteger.valueOf(35)).add(tx.yParity()) : tx.yParity();
    return new RpcL2Transaction(found.hash().toHex(), legacy ? "0x0" : "0x2", HexCodec.quantity(tx.chainId()),
        HexCodec.quantity(tx.nonce()), block == null ? null : block.hash().toHex(),
        block == null ? null : HexCodec.quantity(block.number()),
        block == null ? null : HexCodec.quantity(found.index()), HexCodec.address(found.sender()),
        HexCodec.address(tx.to()), HexCodec.quantity(tx.value()), HexCodec.quantity(tx.gasLimit()),
        HexCodec.quantity(Fee.price(tx)), legacy ? null : HexCodec.quantity(tx.maxFeePerGas()),
        legacy ? null : HexCodec.quantity(tx.maxPriorityFeePerGas()), "0x", legacy ? null : List.of(),
        HexCodec.quantity(v), legacy ? null : HexCodec.quantity(tx.yParity()), HexCodec.quantity(tx.r()),
        HexCodec.quantity(tx.s()));
  }

  static RpcL2Transaction sealed(final L2Block block, final int index) {
    final L2Block.Included included = block.transactions().get(index);
    return of(new TransactionLookup(included.receipt().txHash(), included.body(), included.tx(),
        included.receipt().from(), block, index));
  }
}
