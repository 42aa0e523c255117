package io.rolluplab.rollup.rpc;

import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.execution.Fee;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.sequencer.L2Block;
import java.util.ArrayList;
import java.util.List;

/**
 * An L2 block as {@code eth_getBlockByNumber} returns it. Fields an L2 block does not have (uncles,
 * difficulty, logs bloom) carry the values a proof-of-stake block has, so clients parse it; the
 * fee vault stands in as the miner, since it collects every fee.
 *
 * @param transactions hashes, or {@link RpcL2Transaction}s when asked for full transactions
 */
public record RpcL2Block(
    String number, String hash, String parentHash, String nonce, String sha3Uncles, String logsBloom,
    String transactionsRoot, String stateRoot, String receiptsRoot, String miner, String difficulty,
    String totalDifficulty, String extraData, String size, String gasLimit, String gasUsed, String timestamp,
    List<Object> transactions, List<String> uncles, String baseFeePerGas, String mixHash) {

  /** A block's gas limit as clients see it; the real limit is {@code maxItemsPerBlock}. */
  static final long GAS_LIMIT = 30_000_000;
  /** keccak(rlp([])): the uncles hash of every block without uncles. */
  private static final String EMPTY_UNCLES = "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347";
  private static final String ZERO_HASH = HexCodec.data(new byte[32]);

  static RpcL2Block of(final L2Block block, final boolean fullTransactions) {
    final List<Object> txs = new ArrayList<>();
    for (int i = 0; i < block.transactions().size(); i++) {
      final L2Block.Included tx = block.transactions().get(i);
      txs.add(fullTransactions ? RpcL2Transaction.sealed(block, i) : tx.receipt().txHash().toHex());
    }
    final long gasUsed = Fee.TRANSFER_GAS.longValueExact() * block.transactions().size();
    final int size = block.items().stream().mapToInt(BatchItem::length).sum();
    return new RpcL2Block(HexCodec.quantity(block.number()), block.hash().toHex(), block.parentHash().toHex(),
        "0x0000000000000000", EMPTY_UNCLES, HexCodec.data(new byte[256]), ZERO_HASH, block.stateRoot().toHex(),
        ZERO_HASH, HexCodec.address(L2StateMachine.FEE_VAULT), "0x0", "0x0", "0x", HexCodec.quantity(size),
        HexCodec.quantity(GAS_LIMIT), HexCodec.quantity(gasUsed), HexCodec.quantity(block.timestamp().getEpochSecond()),
        txs, List.of(), HexCodec.quantity(Fee.L2_BASE_FEE), ZERO_HASH);
  }
}
