package io.rolluplab.web.l1;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.web.view.Format;
import java.math.BigInteger;

/**
 * One L1 transaction in a list.
 *
 * @param fromName who sent it, if the explorer knows the address ("dev account 9"), else null
 * @param to the recipient, null when it created a contract
 * @param toName the recipient's name ("OptimisticRollup (optimistic)"), else null
 * @param createdContract the contract it created, else null
 * @param method the rollup contract function it called ("proposeRoot"), "batch 7" for a batch the
 *     batcher sent, "transfer" for plain value, "create" for a deployment, else the selector
 * @param batch the optimistic batch it is, if the batcher sent it, else null
 */
public record L1TxSummary(String hash, long blockNumber, int index, Address from, String fromName, Address to,
    String toName, Address createdContract, BigInteger value, boolean success, String method,
    KnownAddresses.InboxBatch batch) {

  public String valueEth() {
    return Format.eth(value);
  }

  /** The recipient as a table shows it: its name, else its address, else the contract it created. */
  public String toText() {
    if (to == null) {
      return "new contract " + createdContract.toChecksumHex();
    }
    return toName != null ? toName : to.toChecksumHex();
  }

  public String fromText() {
    return fromName != null ? fromName : from.toChecksumHex();
  }
}
