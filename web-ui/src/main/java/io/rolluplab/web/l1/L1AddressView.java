package io.rolluplab.web.l1;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.web.view.Format;
import java.math.BigInteger;
import java.util.List;

/**
 * An L1 address: its account at the head and the transactions of the recent blocks that touch it.
 *
 * @param name what the explorer calls it ("Bridge (zk)", "dev account 3"), else null
 * @param role what it does, for one of a rollup's addresses (a contract, the batcher, the batch inbox), else null
 * @param codeSize bytes of code; 0 for an externally owned account
 * @param transactions sent by it, to it, or creating it, newest first, in blocks
 *     {@code searchedFrom}..head (at most {@link L1Queries#MAX_TRANSACTIONS_SHOWN})
 */
public record L1AddressView(Address address, String name, String role, BigInteger balance, long nonce, int codeSize,
    List<L1TxSummary> transactions, long searchedFrom, long head) {

  public String balanceEth() {
    return Format.eth(balance);
  }

  public String balanceEthRounded() {
    return Format.balance(balance);
  }
}
