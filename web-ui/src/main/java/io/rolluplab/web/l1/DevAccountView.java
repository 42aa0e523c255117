package io.rolluplab.web.l1;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.web.view.Format;
import java.math.BigInteger;

/** A funded dev account at the head; the private key is deliberately not part of it. */
public record DevAccountView(int index, Address address, BigInteger balance, long nonce) {
  public String balanceEth() {
    return Format.eth(balance);
  }

  public String balanceEthRounded() {
    return Format.balance(balance);
  }
}
