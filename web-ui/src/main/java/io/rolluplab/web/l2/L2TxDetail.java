package io.rolluplab.web.l2;

import io.rolluplab.web.view.Format;
import java.math.BigInteger;
import java.time.Instant;

/**
 * One L2 transaction with its fee in the two parts L2-RULES §3 rule 7 defines: the L2 execution fee
 * ({@code 21000 · price}) and its share of the L1 data cost ({@code l1FeePerByte · bytes}).
 *
 * @param tx null fields of a sealed one ({@code blockNumber} -1) while it waits in the mempool
 * @param pending true while it waits in the mempool: no block, no receipt, no fee yet
 * @param bytes its length in its batch, on which its L1 data fee is charged: a standard transfer's
 *     compact form, else its signed encoding; a pending one's signed encoding
 * @param batchForm how its batch writes it, in words (L2-RULES §2.1)
 * @param price what it paid per gas: {@code min(maxFeePerGas, L2 base fee + maxPriorityFeePerGas)}
 */
public record L2TxDetail(String rollup, L2TxSummary tx, boolean pending, Instant time, long nonce, String type,
    int bytes, String batchForm, BigInteger price, long l1FeePerByte, BigInteger executionFee, BigInteger l1DataFee,
    L1Standing onL1) {

  public String executionFeeEth() {
    return Format.eth(executionFee);
  }

  public String l1DataFeeEth() {
    return Format.eth(l1DataFee);
  }

  public String l1FeePerByteGwei() {
    return Format.gwei(BigInteger.valueOf(l1FeePerByte));
  }

  public String priceGwei() {
    return Format.gwei(price);
  }

  /** The L1 data fee's share of the whole fee, in percent (0 when the fee is 0). */
  public int l1SharePercent() {
    final BigInteger total = executionFee.add(l1DataFee);
    return total.signum() == 0 ? 0 : l1DataFee.multiply(BigInteger.valueOf(100)).divide(total).intValue();
  }

  public String timeText() {
    return time == null ? "" : Format.time(time);
  }
}
