package io.rolluplab.devnet.rpc.method;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.devnet.rpc.RpcMethods;

/** What a wallet asks first: which chain this is, how far it is, which accounts it offers. */
public final class ChainInfoMethods {
  public static final String CHAIN_ID = "eth_chainId";
  public static final String NET_VERSION = "net_version";
  public static final String CLIENT_VERSION = "web3_clientVersion";
  public static final String BLOCK_NUMBER = "eth_blockNumber";
  public static final String SYNCING = "eth_syncing";
  public static final String ACCOUNTS = "eth_accounts";
  public static final String LISTENING = "net_listening";
  public static final String MINING = "eth_mining";
  public static final String SHA3 = "web3_sha3";
  /** The name tools log; "RollupLab" so nobody mistakes it for a production client. */
  static final String CLIENT = "RollupLab/v0.1.0/java" + Runtime.version().feature();

  private final Devnet devnet;

  public ChainInfoMethods(final Devnet devnet) {
    this.devnet = devnet;
  }

  public void addTo(final RpcMethods methods) {
    methods.add(CHAIN_ID, 0, p -> HexCodec.quantity(devnet.chainId()))
        // net_version is the chain id in decimal, a leftover of the network id
        .add(NET_VERSION, 0, p -> Long.toString(devnet.chainId()))
        .add(CLIENT_VERSION, 0, p -> CLIENT)
        .add(BLOCK_NUMBER, 0, p -> HexCodec.quantity(devnet.latestBlock().number()))
        // a devnet has no peers to catch up with
        .add(SYNCING, 0, p -> false)
        .add(ACCOUNTS, 0, p -> DevAccounts.all().stream().map(DevAccount::address).map(HexCodec::address).toList())
        // some browser tools ask these before anything else
        .add(LISTENING, 0, p -> true)
        .add(MINING, 0, p -> false)
        .add(SHA3, 1, p -> HexCodec.data(Keccak.hash(p.get(0, "data").asData())));
  }
}
