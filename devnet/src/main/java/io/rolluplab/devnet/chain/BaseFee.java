package io.rolluplab.devnet.chain;

import java.math.BigInteger;

/**
 * The two gas prices a block sets for everyone: the EIP-1559 base fee (burned) and the EIP-4844
 * blob base fee. Both follow demand: a full block raises the next block's price, an empty one
 * lowers it, so no user has to guess what to bid.
 */
public final class BaseFee {
  /** The devnet's genesis base fee: 1 gwei. */
  public static final BigInteger GENESIS = BigInteger.valueOf(1_000_000_000L);

  /** A block may use up to twice its target gas (EIP-1559). */
  static final long ELASTICITY_MULTIPLIER = 2;
  /** The base fee moves at most 1/8 = 12.5% per block (EIP-1559). */
  static final long BASE_FEE_MAX_CHANGE_DENOMINATOR = 8;
  /** EIP-4844: the blob base fee never drops below 1 wei. */
  static final BigInteger MIN_BLOB_BASE_FEE = BigInteger.ONE;
  /** EIP-4844 (Cancun): how quickly the blob base fee reacts to excess blob gas. */
  static final BigInteger BLOB_BASE_FEE_UPDATE_FRACTION = BigInteger.valueOf(3_338_477);

  private BaseFee() {}

  /**
   * The base fee of the block after a parent that used {@code parentGasUsed} of
   * {@code parentGasLimit}: unchanged at the target (half the limit), otherwise moved towards
   * demand by up to 12.5%, and up by at least 1 wei when above target.
   */
  public static BigInteger next(final long parentGasLimit, final long parentGasUsed, final BigInteger parentBaseFee) {
    final long target = parentGasLimit / ELASTICITY_MULTIPLIER;
    if (parentGasUsed == target) {
      return parentBaseFee;
    }
    final BigInteger distance = BigInteger.valueOf(Math.abs(parentGasUsed - target));
    final BigInteger delta = parentBaseFee.multiply(distance)
        .divide(BigInteger.valueOf(target))
        .divide(BigInteger.valueOf(BASE_FEE_MAX_CHANGE_DENOMINATOR));
    return parentGasUsed > target
        ? parentBaseFee.add(delta.max(BigInteger.ONE))
        : parentBaseFee.subtract(delta);
  }

  /**
   * The EIP-4844 blob base fee for a block's excess blob gas: roughly
   * {@code MIN_BLOB_BASE_FEE * e^(excess / UPDATE_FRACTION)}. The devnet carries no blobs, so its
   * excess stays 0 and this is 1 wei.
   */
  public static BigInteger blobBaseFee(final long excessBlobGas) {
    return fakeExponential(MIN_BLOB_BASE_FEE, BigInteger.valueOf(excessBlobGas), BLOB_BASE_FEE_UPDATE_FRACTION);
  }

  /**
   * {@code factor * e^(numerator / denominator)} in integers, by summing the Taylor series until a
   * term rounds to zero: the exact algorithm of EIP-4844, so every client gets the same wei.
   */
  static BigInteger fakeExponential(final BigInteger factor, final BigInteger numerator, final BigInteger denominator) {
    BigInteger output = BigInteger.ZERO;
    BigInteger term = factor.multiply(denominator);
    for (int i = 1; term.signum() > 0; i++) {
      output = output.add(term);
      term = term.multiply(numerator).divide(denominator.multiply(BigInteger.valueOf(i)));
    }
    return output.divide(denominator);
  }
}
