package io.rolluplab.rollup.sequencer;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.execution.Fee;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;

/**
 * What a sealed transaction did. There is no failure status: the sequencer never seals a
 * transaction that breaks a rule (it would change nothing and still cost L1 bytes).
 *
 * @param fee the L2 execution fee and the L1 data fee, apart, as the UI shows them
 * @param effectiveGasPrice what it paid per gas of the 21000
 * @param withdrawal whether it was a withdrawal to L1 (a transfer to the withdrawal address)
 */
public record L2Receipt(
    Bytes32 txHash, Address from, Address to, BigInteger value, Fee fee, BigInteger effectiveGasPrice,
    boolean withdrawal) {}
