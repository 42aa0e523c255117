package io.rolluplab.devnet.conformance;

import java.math.BigInteger;

/**
 * The blob base fee of EIP-4844, which a block derives from its excess blob gas; BLOBBASEFEE
 * (EIP-7516) returns it. The fixtures give only the excess, so the runner computes the fee.
 */
final class BlobBaseFee {
  static final BigInteger MIN_BLOB_BASE_FEE = BigInteger.ONE;
  static final BigInteger BLOB_BASE_FEE_UPDATE_FRACTION = BigInteger.valueOf(3_338_477);

  private BlobBaseFee() {}

  static BigInteger fromExcessBlobGas(final BigInteger excessBlobGas) {
    return fakeExponential(MIN_BLOB_BASE_FEE, excessBlobGas, BLOB_BASE_FEE_UPDATE_FRACTION);
  }

  /**
   * {@code factor · e^(numerator / denominator)} in integers, by summing the Taylor series until
   * its terms reach zero. EIP-4844 defines the fee this way so that every client rounds alike.
   */
  static BigInteger fakeExponential(
      final BigInteger factor, final BigInteger numerator, final BigInteger denominator) {
    BigInteger output = BigInteger.ZERO;
    BigInteger term = factor.multiply(denominator);
    for (int i = 1; term.signum() > 0; i++) {
      output = output.add(term);
      term = term.multiply(numerator).divide(denominator.multiply(BigInteger.valueOf(i)));
    }
    return output.divide(denominator);
  }
}
