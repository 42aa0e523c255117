package io.rolluplab.devnet.rpc;

import io.rolluplab.devnet.tx.CallRequest;
import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;

/**
 * The transaction object of {@code eth_call}, {@code eth_estimateGas} and {@code eth_sendTransaction}:
 * every field optional, null when absent. {@code input} is the current name of the data field;
 * {@code data} is accepted too, as older tools send it.
 */
public record TransactionRequest(
    Address from,
    Address to,
    Long gas,
    BigInteger gasPrice,
    BigInteger maxFeePerGas,
    BigInteger maxPriorityFeePerGas,
    BigInteger value,
    byte[] input,
    Long nonce) {

  /**
   * Reads the object.
   *
   * @throws RpcException (-32602) naming the bad field
   */
  public static TransactionRequest parse(final Param tx) throws RpcException {
    if (tx.isMissing()) {
      throw RpcException.invalidParams("invalid params: the transaction object is required, e.g. "
          + "{\"to\": \"0x…\", \"input\": \"0x…\"}");
    }
    final Param input = tx.field("input").isMissing() ? tx.field("data") : tx.field("input");
    return new TransactionRequest(
        tx.field("from").isMissing() ? null : tx.field("from").asAddress(),
        tx.field("to").isMissing() ? null : tx.field("to").asAddress(),
        tx.field("gas").isMissing() ? null : tx.field("gas").asLong(),
        tx.field("gasPrice").isMissing() ? null : tx.field("gasPrice").asQuantity(),
        tx.field("maxFeePerGas").isMissing() ? null : tx.field("maxFeePerGas").asQuantity(),
        tx.field("maxPriorityFeePerGas").isMissing() ? null : tx.field("maxPriorityFeePerGas").asQuantity(),
        tx.field("value").isMissing() ? null : tx.field("value").asQuantity(),
        input.isMissing() ? null : input.asData(),
        tx.field("nonce").isMissing() ? null : tx.field("nonce").asLong());
  }

  /**
   * As a call to run unsigned. An EIP-1559 fee cap stands in for the gas price: the sender must
   * then afford gas at that price, as the transaction would.
   */
  public CallRequest toCall() {
    return toCall(gas);
  }

  /** The same call with another gas limit (the gas estimator tries several). */
  public CallRequest toCall(final Long gasLimit) {
    return new CallRequest(from, to, value, input, gasLimit, gasPrice != null ? gasPrice : maxFeePerGas);
  }
}
