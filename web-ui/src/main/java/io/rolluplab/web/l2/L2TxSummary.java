package io.rolluplab.web.l2;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.web.view.Format;
import java.math.BigInteger;

/**
 * One sealed L2 transfer in a list.
 *
 * @param fromName "dev account 1" for a dev account, else null
 * @param toName a dev account's name, "withdrawal address" or "fee vault", else null
 * @param withdrawal true when it was sent to the withdrawal address: value leaving L2 for L1
 * @param fee what it paid in all: the L2 execution fee plus its L1 data fee
 */
public record L2TxSummary(Bytes32 hash, long blockNumber, int index, Address from, String fromName, Address to,
    String toName, BigInteger value, BigInteger fee, boolean withdrawal) {

  public String valueEth() {
    return Format.eth(value);
  }

  public String feeEth() {
    return Format.eth(fee);
  }
}
