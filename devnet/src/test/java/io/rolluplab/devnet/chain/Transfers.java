package io.rolluplab.devnet.chain;

import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;

/**
 * Signed value transfers from dev accounts, for tests: legacy transactions with EIP-155 replay
 * protection, whose gas price above the base fee is the tip.
 */
final class Transfers {
  static final BigInteger TEN_GWEI = BigInteger.valueOf(10_000_000_000L);

  private Transfers() {}

  static byte[] transfer(final DevAccount from, final long nonce, final Address to, final long wei) {
    return signed(from, 31337, nonce, to, wei, TEN_GWEI);
  }

  static byte[] signed(final DevAccount from, final long chainId, final long nonce, final Address to, final long wei,
      final BigInteger gasPrice) {
    final RawTransaction raw = RawTransaction.createEtherTransaction(
        BigInteger.valueOf(nonce), gasPrice, BigInteger.valueOf(21_000), to.toHex(), BigInteger.valueOf(wei));
    return TransactionEncoder.signMessage(raw, chainId, from.credentials());
  }
}
