package io.rolluplab.devnet.chain;

/**
 * How to run a {@link Devnet}.
 *
 * @param chainId the EIP-155 chain id signed into every transaction; 31337 by default, the id
 *     Hardhat and anvil use, so wallets already treat it as a local test chain
 */
public record DevnetConfig(long chainId, MiningMode mining) {
  public static final long DEFAULT_CHAIN_ID = 31337;

  public DevnetConfig {
    if (chainId <= 0) {
      throw new IllegalArgumentException("the chain id must be positive, got " + chainId
          + "; use " + DEFAULT_CHAIN_ID + " unless a tool needs another");
    }
  }

  /** Chain id 31337 with automine. */
  public static DevnetConfig defaults() {
    return new DevnetConfig(DEFAULT_CHAIN_ID, MiningMode.automine());
  }

  public DevnetConfig withMining(final MiningMode newMining) {
    return new DevnetConfig(chainId, newMining);
  }
}
