package io.rolluplab.devnet.rpc.view;

import static io.rolluplab.devnet.rpc.HexCodec.address;
import static io.rolluplab.devnet.rpc.HexCodec.data;
import static io.rolluplab.devnet.rpc.HexCodec.quantity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rolluplab.devnet.chain.Block;
import io.rolluplab.devnet.tx.AccessListEntry;
import io.rolluplab.devnet.tx.Transaction;
import io.rolluplab.devnet.tx.TransactionProcessor;
import io.rolluplab.devnet.tx.TransactionType;
import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import java.util.List;
import org.web3j.crypto.Sign;
import org.web3j.crypto.SignedRawTransaction;
import org.web3j.crypto.TransactionDecoder;

/**
 * A transaction as {@code eth_getTransactionByHash} and full blocks show it. The block fields are
 * null while it is pending. Fee fields that a type does not have are left out, as geth does.
 *
 * @param gasPrice for a mined EIP-1559 transaction, the price it actually paid
 */
public record RpcTransaction(
    String hash,
    String type,
    @JsonInclude(JsonInclude.Include.NON_NULL) String chainId,
    String nonce,
    String blockHash,
    String blockNumber,
    String transactionIndex,
    String from,
    String to,
    String value,
    String gas,
    String gasPrice,
    @JsonInclude(JsonInclude.Include.NON_NULL) String maxFeePerGas,
    @JsonInclude(JsonInclude.Include.NON_NULL) String maxPriorityFeePerGas,
    String input,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<AccessListItem> accessList,
    String v,
    String r,
    String s,
    @JsonInclude(JsonInclude.Include.NON_NULL) String yParity) {

  /** One EIP-2930 access list entry. */
  public record AccessListItem(String address, List<String> storageKeys) {}

  /** A mined transaction: {@code block} holds it at {@code index}. */
  public static RpcTransaction mined(final Transaction tx, final Block block, final int index) {
    return of(tx, block, index);
  }

  public static RpcTransaction pending(final Transaction tx) {
    return of(tx, null, -1);
  }

  private static RpcTransaction of(final Transaction tx, final Block block, final int index) {
    final boolean typed = tx.type() != TransactionType.LEGACY;
    final boolean dynamicFee = tx.type() == TransactionType.EIP1559;
    final BigInteger paid = block == null || !dynamicFee
        ? tx.gasPrice()
        : TransactionProcessor.effectiveGasPrice(tx, block.header().baseFeePerGas());
    final Sign.SignatureData signature = signature(tx);
    final BigInteger v = new BigInteger(1, signature.getV());
    // web3j reports a typed transaction's y-parity as 27/28; the spec's v and yParity are 0/1
    final BigInteger yParity = typed && v.compareTo(BigInteger.valueOf(27)) >= 0 ? v.subtract(BigInteger.valueOf(27)) : v;
    return new RpcTransaction(
        data(tx.hash()),
        quantity(tx.type().typeByte),
        tx.chainId() == null ? null : quantity(tx.chainId()),
        quantity(tx.nonce()),
        block == null ? null : data(block.hash()),
        block == null ? null : quantity(block.number()),
        block == null ? null : quantity(index),
        address(tx.sender()),
        address(tx.to()),
        quantity(tx.value()),
        quantity(tx.gasLimit()),
        quantity(paid),
        dynamicFee ? quantity(tx.maxFeePerGas()) : null,
        dynamicFee ? quantity(tx.maxPriorityFeePerGas()) : null,
        data(tx.data()),
        typed ? tx.accessList().stream().map(RpcTransaction::item).toList() : null,
        quantity(typed ? yParity : v),
        quantity(new BigInteger(1, signature.getR())),
        quantity(new BigInteger(1, signature.getS())),
        typed ? quantity(yParity) : null);
  }

  private static AccessListItem item(final AccessListEntry entry) {
    return new AccessListItem(address(entry.address()), entry.storageKeys().stream().map(UInt256::toHex).toList());
  }

  /** The signature is not kept apart from the raw bytes; decoding them again is cheap. */
  private static Sign.SignatureData signature(final Transaction tx) {
    return ((SignedRawTransaction) TransactionDecoder.decode(data(tx.raw()))).getSignatureData();
  }
}
