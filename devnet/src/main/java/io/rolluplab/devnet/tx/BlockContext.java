package io.rolluplab.devnet.tx;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import java.util.function.LongFunction;

/**
 * What a transaction can see of the block it runs in (COINBASE, NUMBER, TIMESTAMP, GASLIMIT,
 * BASEFEE, PREVRANDAO, BLOBBASEFEE, CHAINID, BLOCKHASH).
 *
 * @param blockHashes the hash of an earlier block by number, or null if unknown; BLOCKHASH only
 *     asks for the 256 most recent ones
 */
public record BlockContext(
    long chainId,
    Address coinbase,
    long number,
    long timestamp,
    long gasLimit,
    BigInteger baseFee,
    UInt256 prevRandao,
    BigInteger blobBaseFee,
    LongFunction<byte[]> blockHashes) {

  /** The same block with another base fee (calls that pay no fee run with a base fee of zero). */
  public BlockContext withBaseFee(final BigInteger newBaseFee) {
    return new BlockContext(chainId, coinbase, number, timestamp, gasLimit, newBaseFee, prevRandao, blobBaseFee, blockHashes);
  }
}
