package io.rolluplab.devnet.tx;

import io.rolluplab.devnet.evm.MessageResult;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.Log;
import java.math.BigInteger;
import java.util.List;

/**
 * The outcome of a transaction that was valid and so entered the block: it ran, and either
 * succeeded or failed (reverted or halted) — a failed transaction still pays for its gas.
 *
 * @param gasUsed gas charged to the sender after the refund
 * @param output the returned data, or the revert data of a reverted transaction
 * @param createdAddress the new contract of a successful creation, else null
 * @param error null on success, else why it failed ("execution reverted", "out of gas" …)
 * @param effectiveGasPrice what the sender paid per gas: base fee plus the priority fee it got
 */
public record TransactionResult(
    boolean success,
    long gasUsed,
    List<Log> logs,
    byte[] output,
    Address createdAddress,
    String error,
    BigInteger effectiveGasPrice) {

  /** True when the code ran REVERT: then {@code output} is the revert data. */
  public boolean reverted() {
    return MessageResult.REVERTED.equals(error);
  }
}
