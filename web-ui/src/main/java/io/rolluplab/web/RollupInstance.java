package io.rolluplab.web;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.node.RollupNodeConfig;
import io.rolluplab.rollup.store.RollupStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One of the lab's two rollups, and what keeps it apart from the other on the same L1: its L2
 * chain id (so a transaction signed for one is invalid on the other), its L2 JSON-RPC port flag,
 * its dev accounts (so the two never compete for an L1 nonce) and its store. Each is the same
 * whether it runs alone or beside the other, so a wallet set up for one keeps working.
 */
enum RollupInstance {
  OPTIMISTIC(RollupMode.OPTIMISTIC, RollupNodeConfig.DEFAULT_L2_CHAIN_ID, 9, 8,
      "--l2-rpc-port", null),
  ZK(RollupMode.ZK, RollupNodeConfig.ZK_L2_CHAIN_ID, 7, 7, "--zk-rpc-port", "zk");

  private final RollupMode mode;
  private final long l2ChainId;
  private final int operatorIndex;
  private final int challengerIndex;
  private final String portFlag;
  private final String subdirectory;

  RollupInstance(final RollupMode mode, final long l2ChainId, final int operatorIndex,
      final int challengerIndex, final String portFlag, final String subdirectory) {
    this.mode = mode;
    this.l2ChainId = l2ChainId;
    this.operatorIndex = operatorIndex;
    this.challengerIndex = challengerIndex;
    this.portFlag = portFlag;
    this.subdirectory = subdirectory;
  }

  String title() {
    return Lab.titleOf(mode);
  }

  RollupMode mode() {
    return mode;
  }

  RollupNodeConfig config() {
    return RollupNodeConfig.defaults().withMode(mode).withL2ChainId(l2ChainId);
  }

  /**
   * The dev account that deploys and operates it (in zk mode, also the prover whose key the
   * verifier registers): 9 for the optimistic rollup, 7 for the zk one, so 0–5 are left to the user.
   */
  DevAccount operator() {
    return DevAccounts.all().get(operatorIndex);
  }

  /** The honest challenger's account (8); the zk rollup has no challenger and names its operator. */
  DevAccount challenger() {
    return DevAccounts.all().get(challengerIndex);
  }

  /** The flag that sets its L2 JSON-RPC port, for error messages. */
  String portFlag() {
    return portFlag;
  }

  /**
   * In memory without {@code --data-dir}; else the optimistic rollup's in {@code DIR} (where it
   * always was) and the zk rollup's in {@code DIR/zk}, so either resumes whatever else runs.
   */
  RollupStore store(final Path dataDir) throws IOException {
    if (dataDir == null) {
      return RollupStore.inMemory();
    }
    return RollupStore.inDirectory(
        subdirectory == null ? dataDir : Files.createDirectories(dataDir.resolve(subdirectory)));
  }
}
