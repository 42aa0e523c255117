package io.rolluplab.rollup.l1;

import io.rolluplab.devnet.types.Log;
import io.rolluplab.rollup.state.Bytes32;

/**
 * A contract event found on L1, with where it was emitted, so an event of the rollup can point
 * back to it. Decode it with the binding's event, e.g. {@code BridgeContract.DEPOSIT_QUEUED.decode(l1Log.log())}.
 *
 * @param logIndex its position among all logs of its block
 */
public record L1Log(Log log, long blockNumber, Bytes32 blockHash, Bytes32 transactionHash, int logIndex) {}
