package io.rolluplab.devnet.chain;

import io.rolluplab.devnet.tx.TransactionType;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.devnet.types.LogsHash;
import java.math.BigInteger;
import java.util.List;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

/**
 * What happened to one transaction of a block. Only the first four fields are consensus data (the
 * block's receipts root commits to them); the rest is what {@code eth_getTransactionReceipt} adds
 * for convenience.
 *
 * @param success status 1 (true) or 0 (reverted or halted; the gas is still paid)
 * @param cumulativeGasUsed gas used by this and all earlier transactions of the block
 * @param logsBloom 256-byte bloom filter over the logs' addresses and topics
 * @param gasUsed this transaction's own gas
 * @param contractAddress the created contract, or null when the transaction created none
 */
public record Receipt(
    boolean success,
    long cumulativeGasUsed,
    byte[] logsBloom,
    List<Log> logs,
    TransactionType type,
    byte[] transactionHash,
    long gasUsed,
    BigInteger effectiveGasPrice,
    Address contractAddress) {

  /**
   * The consensus encoding the receipts root commits to: {@code RLP([status, cumulativeGasUsed,
   * logsBloom, logs])}, prefixed with the type byte for typed transactions (EIP-2718).
   */
  public byte[] encode() {
    final byte[] rlp = RlpEncoder.encode(new RlpList(
        RlpString.create(success ? 1 : 0),
        RlpString.create(cumulativeGasUsed),
        RlpString.create(logsBloom),
        new RlpList(logs.stream().<RlpType>map(LogsHash::rlp).toList())));
    if (type == TransactionType.LEGACY) {
      return rlp;
    }
    final byte[] typed = new byte[rlp.length + 1];
    typed[0] = (byte) type.typeByte;
    System.arraycopy(rlp, 0, typed, 1, rlp.length);
    return typed;
  }
}
