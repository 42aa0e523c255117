package io.rolluplab.rollup.execution;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import org.web3j.utils.Numeric;

/** An entry of the L1 Bridge's deposit queue: {@code amount} wei for {@code l2To} on L2. */
public record Deposit(long index, Address l1From, Address l2To, BigInteger amount) {

  /** What the Bridge stores for it: {@code H(abi.encode(index, l1From, l2To, amount))}. */
  public Bytes32 hash() {
    final ByteBuffer encoded = ByteBuffer.allocate(4 * 32)
        .put(Numeric.toBytesPadded(new BigInteger(Long.toUnsignedString(index)), 32))
        .put(UInt256.fromBytes(l1From.toArray()).toBytes())
        .put(UInt256.fromBytes(l2To.toArray()).toBytes())
        .put(Numeric.toBytesPadded(amount, 32));
    return Bytes32.wrap(Keccak.hash(encoded.array()));
  }
}
