package io.rolluplab.rollup.l1;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.List;

/**
 * What became of an L1 transaction once mined. {@link L1Client#sendAndWait} returns only
 * successful ones (a failed one is an {@link L1RevertException}); {@link L1Client#receipt} shows
 * either.
 *
 * @param gasUsed what the transaction cost in L1 gas: the figure a rollup tries to push down
 * @param effectiveGasPrice wei paid per gas (base fee plus tip)
 * @param contractAddress the created contract, or null when it created none
 */
public record L1Receipt(
    Bytes32 transactionHash,
    boolean success,
    long blockNumber,
    Bytes32 blockHash,
    long gasUsed,
    BigInteger effectiveGasPrice,
    Address contractAddress,
    List<Log> logs) {

  public L1Receipt {
    logs = List.copyOf(logs);
  }
}
