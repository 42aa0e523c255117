package io.rolluplab.devnet.chain;

import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.crypto.Bip32ECKeyPair;
import org.web3j.crypto.MnemonicUtils;

/**
 * The devnet's ten funded accounts, derived from the well-known test mnemonic that Hardhat and anvil
 * also use, so wallets and tools already know the addresses. The keys are printed at start-up:
 * they are for testing only.
 */
public final class DevAccounts {
  public static final String MNEMONIC = "test test test test test test test test test test test junk";
  public static final int COUNT = 10;
  /** 10,000 ETH in wei. */
  public static final BigInteger INITIAL_BALANCE = BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(10_000));

  private static final int HARDENED = Bip32ECKeyPair.HARDENED_BIT;
  private static final List<DevAccount> ALL = derive(COUNT);

  private DevAccounts() {}

  /** All ten accounts, index 0 first. */
  public static List<DevAccount> all() {
    return ALL;
  }

  /**
   * Derives the first {@code count} accounts: BIP-39 seed of {@link #MNEMONIC} with an empty
   * passphrase, then BIP-32 along the BIP-44 path m/44'/60'/0'/0/i (60 = Ether's coin type). The
   * common parent m/44'/60'/0'/0 is derived once: each step computes a public key, which is the
   * slow part, and start-up waits for it.
   */
  static List<DevAccount> derive(final int count) {
    final byte[] seed = MnemonicUtils.generateSeed(MNEMONIC, "");
    final Bip32ECKeyPair master = Bip32ECKeyPair.generateKeyPair(seed);
    final int[] parentPath = {44 | HARDENED, 60 | HARDENED, HARDENED, 0};
    final Bip32ECKeyPair parent = Bip32ECKeyPair.deriveKeyPair(master, parentPath);
    final List<DevAccount> accounts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      final Bip32ECKeyPair key = Bip32ECKeyPair.deriveKeyPair(parent, new int[] {i});
      // computed here rather than by web3j's Keys, whose first use installs BouncyCastle's whole
      // JCA provider: a few hundred classes that would delay the devnet's start-up by half a second
      accounts.add(new DevAccount(i, Address.fromPublicKey(key.getPublicKey()), key));
    }
    return List.copyOf(accounts);
  }
}
