package io.rolluplab.web.l1;

import io.rolluplab.rollup.contracts.AbiCatalog;
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
 * @param input the call data, 0x-hex (cut after 2,048 bytes, see {@code inputBytes})
 * @param revert why it failed, null if it succeeded
 */
public record L1TxDetail(L1TxSummary tx, String blockHash, Instant time, String type, long nonce, long gasLimit,
    long gasUsed, BigInteger effectiveGasPrice, BigInteger fee, AbiCatalog.Decoded call, int inputBytes, String input,
    Revert revert, List<L1LogView> logs) {

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
