package io.rolluplab.devnet.chain;

import io.rolluplab.devnet.types.Address;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.utils.Numeric;

/**
 * One funded test account of the devnet. Its private key is public knowledge: anyone who sends
 * real funds to it loses them.
 *
 * @param index its position i in the derivation path m/44'/60'/0'/0/i
 */
public record DevAccount(int index, Address address, ECKeyPair keyPair) {

  /** The private key as 64 hex digits with {@code 0x}, the form wallets import. */
  public String privateKeyHex() {
    return Numeric.toHexStringWithPrefixZeroPadded(keyPair.getPrivateKey(), 64);
  }

  /** The key in web3j's form, for signing transactions. */
  public Credentials credentials() {
    return Credentials.create(keyPair);
  }
}
