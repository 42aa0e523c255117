package io.rolluplab.devnet.conformance;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.tx.BlockContext;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import io.rolluplab.devnet.chain.BaseFee;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The {@code env} of a state test: the block its one transaction runs in. {@code currentDifficulty}
 * is not kept, since after the Merge the opcode that read it returns {@code currentRandom}.
 */
public record FixtureEnv(
    Address coinbase,
    long number,
    long timestamp,
    long gasLimit,
    BigInteger baseFee,
    UInt256 random,
    BigInteger excessBlobGas) {

  /** The state tests were filled for mainnet rules, so CHAINID is 1. */
  public static final long CHAIN_ID = 1;

  public BlockContext toBlockContext() {
    return new BlockContext(
        CHAIN_ID,
        coinbase,
        number,
        timestamp,
        gasLimit,
        baseFee,
        random,
        BaseFee.blobBaseFee(excessBlobGas.longValueExact()),
        n -> n >= 0 && n < number ? blockHash(n) : null);
  }

  /**
   * The hash of block {@code n} in a state test. There is no chain, so the fillers made one up:
   * geth's test harness answers BLOCKHASH(n) with {@code keccak256} of the decimal digits of
   * {@code n} as text, and the expected roots were computed with that.
   */
  public static byte[] blockHash(final long n) {
    return Keccak.hash(Long.toString(n).getBytes(StandardCharsets.US_ASCII));
  }
}
