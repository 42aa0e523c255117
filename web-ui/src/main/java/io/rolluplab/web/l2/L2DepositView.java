package io.rolluplab.web.l2;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.web.view.Format;
import java.math.BigInteger;

/** A deposit an L2 block credited: entry {@code index} of the L1 Bridge's queue. */
public record L2DepositView(long index, Address l1From, Address l2To, BigInteger amount) {
  public String amountEth() {
    return Format.eth(amount);
  }
}
