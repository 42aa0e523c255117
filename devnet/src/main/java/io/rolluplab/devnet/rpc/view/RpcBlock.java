package io.rolluplab.devnet.rpc.view;

import static io.rolluplab.devnet.rpc.HexCodec.address;
import static io.rolluplab.devnet.rpc.HexCodec.data;
import static io.rolluplab.devnet.rpc.HexCodec.quantity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rolluplab.devnet.chain.Block;
import io.rolluplab.devnet.chain.BlockHeader;
import io.rolluplab.devnet.tx.Transaction;
import io.rolluplab.devnet.tx.TransactionType;
import java.util.ArrayList;
import java.util.List;

/**
 * A block as {@code eth_getBlockByNumber} shows it (the header fields, then the body), or only its
 * header as a {@code newHeads} notification shows it: then the body fields are left out.
 *
 * @param transactions hashes, or {@link RpcTransaction}s for a full block
 */
public record RpcBlock(
    String number,
    String hash,
    String parentHash,
    String sha3Uncles,
    String miner,
    String stateRoot,
    String transactionsRoot,
    String receiptsRoot,
    String logsBloom,
    String difficulty,
    String gasLimit,
    String gasUsed,
    String timestamp,
    String extraData,
    String mixHash,
    String nonce,
    String baseFeePerGas,
    String withdrawalsRoot,
    String blobGasUsed,
    String excessBlobGas,
    String parentBeaconBlockRoot,
    @JsonInclude(JsonInclude.Include.NON_NULL) String totalDifficulty,
    @JsonInclude(JsonInclude.Include.NON_NULL) String size,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Object> transactions,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> uncles,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Object> withdrawals) {

  /** The whole block; {@code fullTransactions} chooses transaction objects over hashes. */
  public static RpcBlock of(final Block block, final boolean fullTransactions) {
    final List<Object> transactions = new ArrayList<>();
    for (int i = 0; i < block.transactions().size(); i++) {
      final Transaction tx = block.transactions().get(i);
      transactions.add(fullTransactions ? RpcTransaction.mined(tx, block, i) : data(tx.hash()));
    }
    return header(block, "0x0", quantity(size(block)), transactions, List.of(), List.of());
  }

  /** The header alone ({@code newHeads}). */
  public static RpcBlock headerOf(final Block block) {
    return header(block, null, null, null, null, null);
  }

  private static RpcBlock header(final Block block, final String totalDifficulty, final String size,
      final List<Object> transactions, final List<String> uncles, final List<Object> withdrawals) {
    final BlockHeader h = block.header();
    return new RpcBlock(
        quantity(h.number()), data(block.hash()), data(h.parentHash()), data(h.ommersHash()), address(h.coinbase()),
        data(h.stateRoot()), data(h.transactionsRoot()), data(h.receiptsRoot()), data(h.logsBloom()),
        quantity(h.difficulty()), quantity(h.gasLimit()), quantity(h.gasUsed()), quantity(h.timestamp()),
        data(h.extraData()), data(h.mixHash()), data(h.nonce()), quantity(h.baseFeePerGas()),
        data(h.withdrawalsRoot()), quantity(h.blobGasUsed()), quantity(h.excessBlobGas()),
        data(h.parentBeaconBlockRoot()), totalDifficulty, size, transactions, uncles, withdrawals);
  }

  /**
   * The length of the block's RLP {@code [header, transactions, ommers, withdrawals]}: a legacy
   * transaction is embedded as its RLP list, a typed one as a byte string (EIP-2718).
   */
  static long size(final Block block) {
    long transactions = 0;
    for (final Transaction tx : block.transactions()) {
      transactions += tx.type() == TransactionType.LEGACY ? tx.raw().length : rlpLength(tx.raw().length);
    }
    final long empty = 1; // ommers and withdrawals: an empty list each, 0xc0
    final long payload = block.header().encode().length + rlpLength(transactions) + empty + empty;
    return rlpLength(payload);
  }

  /**
   * The length of an RLP string or list with {@code payload} bytes, prefix included (strings and
   * lists have prefixes of the same length; the one-byte string without prefix never occurs here).
   */
  private static long rlpLength(final long payload) {
    if (payload < 56) {
      return payload + 1;
    }
    return payload + 1 + (64 - Long.numberOfLeadingZeros(payload) + 7) / 8;
  }
}
