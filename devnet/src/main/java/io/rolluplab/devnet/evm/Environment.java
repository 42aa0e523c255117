package io.rolluplab.devnet.evm;

import io.rolluplab.devnet.evm.gas.GasSchedule;
import io.rolluplab.devnet.evm.precompile.Precompile;
import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.state.WorldState;
import io.rolluplab.devnet.tx.BlockContext;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Everything every frame of one transaction shares: the state, the block, the transaction's origin
 * and gas price (ORIGIN, GASPRICE, BLOBHASH), the fork's gas schedule and precompiles, and the
 * tracer.
 */
public record Environment(
    WorldState state,
    BlockContext block,
    Address origin,
    BigInteger gasPrice,
    List<UInt256> blobHashes,
    Fork fork,
    GasSchedule gas,
    Map<Address, Precompile> precompiles,
    Tracer tracer) {}
