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
import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * Everything every frame of one transaction shares: the state, the block, the transaction's origin
 * and gas price (ORIGIN, GASPRICE, BLOBHASH), the fork's gas schedule and precompiles, the tracer,
 * and a reusable keccak digest for the KECCAK256 instruction.
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
    Tracer tracer,
    KeccakDigest keccak) {

  public Environment(
      final WorldState state,
      final BlockContext block,
      final Address origin,
      final BigInteger gasPrice,
      final List<UInt256> blobHashes,
      final Fork fork,
      final GasSchedule gas,
      final Map<Address, Precompile> precompiles,
      final Tracer tracer) {
    this(state, block, origin, gasPrice, blobHashes, fork, gas, precompiles, tracer, new KeccakDigest(256));
  }
}
