package io.rolluplab.web.l1;

import io.rolluplab.rollup.contracts.AbiCatalog;
import io.rolluplab.web.view.BatchParts;
import io.rolluplab.web.view.Format;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

/**
 * One mined L1 transaction with its receipt, its call and its logs decoded.
 *
 * @param type "legacy", "EIP-2930" or "EIP-1559"
 * @param fee what the sender paid for gas: {@code gasUsed · effectiveGasPrice}
 * @param call the rollup contract function it called with its arguments, null if not one of theirs
 * @param batchBytes for a batch the batcher sent ({@code tx.batch()}), its call data read as a batch; else null
 * @param input the call data, 0x-hex (cut after 2,048 bytes, see {@code inputBytes})
 * @param revert why it failed, null if it succeeded
 */
public record L1TxDetail(L1TxSummary tx, String blockHash, Instant time, String type, long nonce, long gasLimit,
    long gasUsed, BigInteger effectiveGasPrice, BigInteger fee, AbiCatalog.Decoded call, BatchBytes batchBytes,
    int inputBytes, String input, Revert revert, List<L1LogView> logs) {

  /**
   * A batch's call data as it reads (L2-RULES.md §2).
   *
   * @param layout how its bytes divide into the header, the runs and the columns; empty if they do not read
   * @param unreadable what is wrong with them if they do not read as a batch (it then counts as empty), else null
   */
  public record BatchBytes(List<BatchParts.Part> layout, String unreadable) {
    static BatchBytes of(final byte[] data) {
      try {
        return new BatchBytes(BatchParts.of(data), null);
      } catch (IllegalArgumentException e) {
        return new BatchBytes(List.of(), e.getMessage());
      }
    }
  }

  public String feeEth() {
    return Format.eth(fee);
  }

  public String effectiveGasPriceGwei() {
    return Format.gwei(effectiveGasPrice);
  }

  public String timeText() {
    return Format.time(time);
  }

  /** Gas used as a share of the limit: {@code 21,000 of 21,000 (100 %)}. */
  public String gasText() {
    return Format.count(gasUsed) + " of " + Format.count(gasLimit) + " (" + (gasLimit == 0 ? 0 : gasUsed * 100 / gasLimit)
        + " %)";
  }
}
