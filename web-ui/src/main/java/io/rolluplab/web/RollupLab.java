package io.rolluplab.web;

import io.rolluplab.devnet.chain.BlockTimer;
import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.chain.MiningMode;
import io.rolluplab.devnet.rpc.JsonRpcServer;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.node.RollupDeployment;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.node.RollupNodeConfig;
import io.rolluplab.rollup.rpc.L2JsonRpcServer;
import io.rolluplab.rollup.store.RollupStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.time.Clock;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar rollup-lab.jar}: starts the L1 devnet, one optimistic rollup on it and the web
 * UI in one process and prints where to find them and the dev accounts' test keys.
 */
@Command(
    name = "rollup-lab",
    description = "Starts an Ethereum devnet (L1), an optimistic rollup (L2) on it and the web UI on 127.0.0.1.",
    subcommands = {StateTestsCommand.class, BenchCommand.class, RpcBenchCommand.class},
    sortOptions = false)
public final class RollupLab implements Callable<Integer> {

  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
      description = "Port of the web UI on 127.0.0.1; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--rpc-port", defaultValue = "8545", paramLabel = "PORT",
      description = "Port of the L1 JSON-RPC server (HTTP and WebSocket) on 127.0.0.1; 0 picks a free one. "
          + "Default: ${DEFAULT-VALUE}.")
  int rpcPort;

  @Option(names = "--l2-rpc-port", defaultValue = "" + L2JsonRpcServer.DEFAULT_PORT, paramLabel = "PORT",
      description = "Port of the L2 (rollup) JSON-RPC server on 127.0.0.1; 0 picks a free one. "
          + "Default: ${DEFAULT-VALUE}.")
  int l2RpcPort;

  @Option(names = "--block-time", defaultValue = "0", paramLabel = "SECONDS",
      description = "Seconds between L1 blocks; 0 mines a block for every transaction (automine). "
          + "Default: ${DEFAULT-VALUE}.")
  long blockTimeSeconds;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Keep the L1 chain and the rollup in DIR (created if missing), so a restart with the same DIR "
          + "carries on where the last run stopped, even after a crash. Without it, everything is in memory.")
  Path dataDir;

  /** Inherited, so every sub-command answers {@code --help} too. */
  @Option(names = {"-h", "--help"}, usageHelp = true, scope = CommandLine.ScopeType.INHERIT,
      description = "Show this help and exit.")
  boolean help;

  @Spec
  CommandSpec spec;

  /**
   * The dev account that deploys and operates the rollup; the last one, so 0–8 are left to the user.
   * A method, not a constant: deriving the keys must not run before the start-up preloading begins.
   */
  static DevAccount operator() {
    return DevAccounts.all().get(DevAccounts.COUNT - 1);
  }

  /** The honest challenger's account: the one before the operator's, so the two never share a nonce. */
  static DevAccount challenger() {
    return DevAccounts.all().get(DevAccounts.COUNT - 2);
  }

  public static void main(final String[] args) {
    // work that needs no option, begun on the second core while picocli reads the command line:
    // the RPC server's classes, and the dev keys the genesis block funds (the first caller of
    // DevAccounts.all() waits for this derivation instead of starting its own)
    inBackground("rpc-preload", JsonRpcServer::preload);
    inBackground("dev-keys", DevAccounts::all);
    System.exit(new CommandLine(new RollupLab()).execute(args));
  }

  private static void inBackground(final String name, final Runnable work) {
    final Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public Integer call() throws Exception {
    final MiningMode mining;
    try {
      mining = MiningMode.fromBlockTimeSeconds(blockTimeSeconds);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--block-time: " + e.getMessage());
    }
    final DataDirLock lock;
    try {
      lock = dataDir == null ? null : DataDirLock.acquire(dataDir);
    } catch (IOException e) {
      spec.commandLine().getErr().println("could not use --data-dir " + dataDir + ": " + e.getMessage());
      return 1;
    }
    final Devnet devnet = openDevnet(DevnetConfig.defaults().withMining(mining));
    // the RPC server first: tools poll it as soon as the process starts
    final JsonRpcServer rpc;
    try {
      rpc = JsonRpcServer.start(devnet, rpcPort);
    } catch (IOException e) {
      return portTaken("the L1 JSON-RPC server", rpcPort, "--rpc-port", e);
    }
    final WebServer server;
    try {
      server = WebServer.start(devnet, port);
    } catch (IOException e) {
      rpc.close();
      return portTaken("the web UI", port, "--port", e);
    }
    // the rollup last: deploying it takes a moment, and L1 tools may already connect meanwhile
    final RollupStore store = dataDir == null ? RollupStore.inMemory() : RollupStore.inDirectory(dataDir);
    final RollupNode rollup = RollupNode.deploy(new EmbeddedL1(devnet), operator().credentials(),
        challenger().credentials(), RollupNodeConfig.defaults(), store, Clock.systemUTC());
    try {
      rollup.start(l2RpcPort);
    } catch (IOException e) {
      rollup.close();
      server.close();
      rpc.close();
      return portTaken("the L2 JSON-RPC server", l2RpcPort, "--l2-rpc-port", e);
    }
    printWelcome(spec.commandLine().getOut(), devnet, server, rpc, rollup);
    server.join();
    // the lock is released if its channel is garbage-collected: keep it reachable until the end
    Reference.reachabilityFence(lock);
    return 0;
  }

  /** In memory, or replaying and then recording its chain in {@code DIR/l1.journal}. */
  private Devnet openDevnet(final DevnetConfig config) throws IOException {
    if (dataDir == null) {
      return Devnet.start(config);
    }
    final Devnet devnet = Devnet.open(config, dataDir.resolve("l1.journal"), InstantSource.system(),
        BlockTimer.daemonThread());
    devnet.start();
    return devnet;
  }

  private int portTaken(final String what, final int portNumber, final String flag, final IOException e) {
    spec.commandLine().getErr().println("could not serve " + what + " on " + WebServer.HOST + ":" + portNumber + " ("
        + e.getMessage() + "); is another program using the port (another devnet, Hardhat, anvil)? Pass " + flag
        + " with another number, or " + flag + " 0 for any free one.");
    return 1;
  }

  private static void printWelcome(final PrintWriter out, final Devnet devnet, final WebServer server,
      final JsonRpcServer rpc, final RollupNode rollup) {
    final RollupDeployment contracts = rollup.deployment();
    out.println("Rollup Lab is running.");
    out.println("  Web UI:  " + server.url());
    out.println("  L1 JSON-RPC: " + rpc.url() + ", " + rpc.webSocketUrl());
    out.println("  L1:      chain id " + devnet.chainId() + ", " + MiningModes.describe(devnet.miningMode()));
    out.println("  L2 JSON-RPC: " + rollup.l2RpcUrl() + " (chain id " + rollup.l2ChainId() + ")");
    out.println("  Rollup on L1: OptimisticRollup " + contracts.rollup().toChecksumHex() + ", Bridge "
        + contracts.bridge().toChecksumHex() + " (deposit with deposit(address))");
    out.println("  Operator: dev account (" + operator().index() + ") " + operator().address().toChecksumHex()
        + " deploys and runs the rollup");
    out.println();
    out.println("Dev accounts (" + DevAccounts.MNEMONIC + "), 10,000 ETH each:");
    for (final DevAccount account : DevAccounts.all()) {
      out.printf("  (%d) %s  private key %s%n", account.index(), account.address().toChecksumHex(), account.privateKeyHex());
    }
    out.println();
    out.println("WARNING: these keys are public test keys, for this devnet only. Anyone can spend what is sent to");
    out.println("them on a real network. Never use them outside local testing.");
    out.println();
    out.println("Press Ctrl+C to stop.");
    out.flush();
  }
}
