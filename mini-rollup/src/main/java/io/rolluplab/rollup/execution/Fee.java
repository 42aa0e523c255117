package io.rolluplab.rollup.execution;

import io.rolluplab.rollup.l2tx.L2Transaction;
import java.math.BigInteger;

/**
 * What a transaction pays, in the two parts the UI shows side by side: L2 execution is cheap, and
 * the share of the L1 calldata the batch pays for is usually the larger part. That is why rollups
 * are cheap: the L1 cost is per byte, shared by every transaction in the batch.
 *
 * @param execution {@code TRANSFER_GAS · price}, {@code price = min(maxFeePerGas, L2_BASE_FEE +
 *     maxPriorityFeePerGas)} (legacy: its gas price)
 * @param l1Data {@code l1FeePerByte · len(body)}
 */
public record Fee(BigInteger execution, BigInteger l1Data) {
  public static final Fee NONE = new Fee(BigInteger.ZERO, BigInteger.ZERO);
  /** The L2 base fee per gas, a constant of the rules: 1 gwei. */
  public static final BigInteger L2_BASE_FEE = BigInteger.TEN.pow(9);
  /** The gas every transfer pays, whatever its gas limit says. */
  public static final BigInteger TRANSFER_GAS = BigInteger.valueOf(21_000);

  /** The fee of {@code tx}, whose fee cap covers the base fee (rule 6 passed). */
  public static Fee of(final L2Transaction tx, final int bodyLength, final long l1FeePerByte) {
    final BigInteger perByte = new BigInteger(Long.toUnsignedString(l1FeePerByte));
    return new Fee(TRANSFER_GAS.multiply(price(tx)), perByte.multiply(BigInteger.valueOf(bodyLength)));
  }

  /** The price per gas {@code tx} pays: {@code min(maxFeePerGas, L2_BASE_FEE + maxPriorityFeePerGas)}. */
  public static BigInteger price(final L2Transaction tx) {
    return tx.maxFeePerGas().min(L2_BASE_FEE.add(tx.maxPriorityFeePerGas()));
  }

  public BigInteger total() {
    return execution.add(l1Data);
  }
}
