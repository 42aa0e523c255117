package io.rolluplab.web;

import io.rolluplab.devnet.chain.BlockTimer;
import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.chain.MiningMode;
import io.rolluplab.devnet.rpc.JsonRpcServer;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.fault.FaultFlag;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.JsonRpcL1;
import io.rolluplab.rollup.l1.L1Config;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.mirror.Mirror;
import io.rolluplab.rollup.node.RollupDeployment;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.node.RollupNodeConfig;
import io.rolluplab.rollup.rpc.L2JsonRpcServer;
import io.rolluplab.rollup.step.StepMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.web3j.crypto.Credentials;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar rollup-lab.jar}: starts the L1 devnet, the optimistic and the zk rollup on it
 * (or one of them, with {@code --mode}) and the web UI in one process, and prints where to find
 * them and the dev accounts' test keys.
 */
@Command(
    name = "rollup-lab",
    description = "Starts an Ethereum devnet (L1), an optimistic and a zk rollup (L2s) on it and the web UI on "
        + "127.0.0.1.",
    subcommands = {StateTestsCommand.class, BenchCommand.class, RpcBenchCommand.class, RollupBenchCommand.class},
    sortOptions = false)
public final class RollupLab implements Callable<Integer> {
  /** The zk rollup's L2 JSON-RPC port: the one after the optimistic rollup's. */
  static final int ZK_RPC_PORT = L2JsonRpcServer.DEFAULT_PORT + 1;
  /** The dev account of {@link #mirrorAccount()}. */
  private static final int MIRROR_ACCOUNT = 6;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
      description = "Port of the web UI (on --host); 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", defaultValue = WebServer.DEFAULT_HOST, paramLabel = "ADDRESS",
      description = "The address the web UI listens on. Anything but 127.0.0.1 lets other machines in, and the UI "
          + "moves funds and has no login: the lab prints a warning then. Default: ${DEFAULT-VALUE}.")
  String host;

  @Option(names = "--rpc-port", defaultValue = "8545", paramLabel = "PORT",
      description = "Port of the L1 JSON-RPC server (HTTP and WebSocket) on 127.0.0.1; 0 picks a free one. "
          + "Default: ${DEFAULT-VALUE}.")
  int rpcPort;

  @Option(names = "--l2-rpc-port", defaultValue = "" + L2JsonRpcServer.DEFAULT_PORT, paramLabel = "PORT",
      description = "Port of the optimistic rollup's L2 JSON-RPC server (chain id "
          + RollupNodeConfig.DEFAULT_L2_CHAIN_ID + ") on 127.0.0.1; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  int l2RpcPort;

  @Option(names = "--zk-rpc-port", defaultValue = "" + ZK_RPC_PORT, paramLabel = "PORT",
      description = "Port of the zk rollup's L2 JSON-RPC server (chain id " + RollupNodeConfig.ZK_L2_CHAIN_ID
          + ") on 127.0.0.1; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  int zkRpcPort;

  @Option(names = "--block-time", defaultValue = "0", paramLabel = "SECONDS",
      description = "Seconds between L1 blocks; 0 mines a block for every transaction (automine). "
          + "Default: ${DEFAULT-VALUE}.")
  long blockTimeSeconds;

  @Option(names = "--mode", paramLabel = "MODE",
      description = "Which rollups to start: OPTIMISTIC (roots final after a bonded proposer's challenge window), ZK "
          + "(roots final once a validity proof, here a mock, is checked on L1) or BOTH side by side on the same L1, "
          + "to compare them. Default: BOTH; OPTIMISTIC with --l1-rpc, which runs one rollup only.")
  LabMode mode;

  @Option(names = "--mirror", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "With --mode BOTH: make every deposit, and every L2 transaction from dev accounts (0)-(5), on "
          + "the other rollup too, so the two run the same workload (--no-mirror: each only its own). Default: on.")
  boolean mirror;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Keep the L1 chain and the rollup in DIR (created if missing), so a restart with the same DIR "
          + "carries on where the last run stopped, even after a crash. Without it, everything is in memory.")
  Path dataDir;

  @Option(names = "--l1-rpc", paramLabel = "URL",
      description = "Run the rollup on the Ethereum node at URL (JSON-RPC over HTTP, e.g. anvil or Hardhat) instead "
          + "of the embedded devnet; needs --l1-key. The web UI shows the embedded devnet, so it is not started then.")
  String l1Rpc;

  @Option(names = "--l1-key", paramLabel = "HEX",
      description = "A private key (64 hex digits) that signs the rollup's transactions on the --l1-rpc node; "
          + "repeatable: the first is the operator's (deploy, batches, roots, payouts), the second the challenger's "
          + "(with one key, the challenger uses it too). The account needs ETH for gas and the bonds.")
  List<String> l1Keys = new ArrayList<>();

  @Option(names = "--fault", paramLabel = "FAULT",
      description = "Start with a teaching fault switched on; repeatable. One of: wrong-root:K, withhold-data, "
          + "censor-deposit, replay-withdrawal, smuggle-invalid-tx, and for the zk rollup wrong-proof and "
          + "unregistered-prover (the web UI and the API switch them at run time too). With --mode BOTH, on each "
          + "rollup it applies to; one that applies to no rollup started stops the start.")
  List<String> faults = new ArrayList<>();

  @Option(names = "--batch-age", defaultValue = "10", paramLabel = "SECONDS",
      description = "How long the oldest L2 block may wait before the batcher posts a batch, full or not (decimals "
          + "allowed). Lower it for a class that should see batches land sooner. Default: ${DEFAULT-VALUE}.")
  double batchAgeSeconds;

  @Option(names = "--proving-delay", defaultValue = "3", paramLabel = "SECONDS",
      description = "How long the zk rollup's simulated prover works on each batch (decimals allowed); a real "
          + "prover takes minutes. Default: ${DEFAULT-VALUE}.")
  double provingDelaySeconds;

  /** The two durations above, checked. */
  private Duration batchAge;
  private Duration provingDelay;

  /** Inherited, so every sub-command answers {@code --help} too. */
  @Option(names = {"-h", "--help"}, usageHelp = true, scope = CommandLine.ScopeType.INHERIT,
      description = "Show this help and exit.")
  boolean help;

  @Spec
  CommandSpec spec;

  /**
   * The account that pays the mirror's deposits on L1 (the one below the zk operator's, so it never
   * competes with a role for a nonce); the dev accounts below it are the user's, and the mirror copies
   * their L2 transactions. A method, not a constant: deriving the keys must not run before the
   * start-up preloading begins.
   */
  static DevAccount mirrorAccount() {
    return DevAccounts.all().get(MIRROR_ACCOUNT);
  }

  public static void main(final String[] args) {
    // work that needs no option, begun on the second core while picocli reads the command line:
    // the RPC server's classes, and the dev keys the genesis block funds (the first caller of
    // DevAccounts.all() waits for this derivation instead of starting its own)
    inBackground("rpc-preload", JsonRpcServer::preload);
    inBackground("dev-keys", DevAccounts::all);
    System.exit(new CommandLine(new RollupLab()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
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
    // every flag checked before anything starts, so a typo never leaves a half-started lab
    batchAge = seconds(batchAgeSeconds, "--batch-age");
    provingDelay = seconds(provingDelaySeconds, "--proving-delay");
    final L1Config l1;
    final List<FaultFlag.Setting> startFaults;
    try {
      l1 = new L1Config(l1Rpc, l1Keys);
      startFaults = faults.stream().map(FaultFlag::parse).toList();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    final DataDirLock lock;
    try {
      lock = dataDir == null ? null : DataDirLock.acquire(dataDir);
    } catch (IOException e) {
      spec.commandLine().getErr().println("could not use --data-dir " + dataDir + ": " + e.getMessage());
      return 1;
    }
    final LabMode labMode = mode != null ? mode : l1.rpcUri().isPresent() ? LabMode.OPTIMISTIC : LabMode.BOTH;
    if (l1.rpcUri().isPresent() && labMode == LabMode.BOTH) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--mode BOTH runs on the embedded devnet only, "
          + "whose dev accounts operate both rollups; with --l1-rpc pass --mode OPTIMISTIC or --mode ZK");
    }
    final List<String> faultNotes = checkFaults(startFaults, labMode);
    if (l1.rpcUri().isPresent()) {
      final int exitCode = runOnExternalL1(l1, labMode.instances().get(0), startFaults);
      Reference.reachabilityFence(lock);
      return exitCode;
    }
    final Devnet devnet = openDevnet(DevnetConfig.defaults().withMining(mining));
    // the RPC server first: tools poll it as soon as the process starts
    final JsonRpcServer rpc;
    try {
      rpc = JsonRpcServer.start(devnet, rpcPort);
    } catch (IOException e) {
      return portTaken("the L1 JSON-RPC server", rpcPort, "--rpc-port", e);
    }
    // the rollups before the web UI, which shows them; deploying them takes a moment, and L1 tools may
    // already connect meanwhile
    final List<RollupNode> rollups = new ArrayList<>();
    // one step mode for both rollups: "Next step" moves one role of either
    final StepMode stepMode = new StepMode(Clock.systemUTC());
    for (final RollupInstance instance : labMode.instances()) {
      final RollupNode rollup = RollupNode.deploy(new EmbeddedL1(devnet), instance.operator().credentials(),
          instance.challenger().credentials(), configOf(instance), instance.store(dataDir), Clock.systemUTC(), stepMode);
      rollups.add(rollup);
      applyFaults(startFaults, rollup);
      final int l2Port = portOf(instance);
      try {
        rollup.start(l2Port);
      } catch (IOException e) {
        closeAll(rollups);
        rpc.close();
        return portTaken("the " + instance.title() + "'s L2 JSON-RPC server", l2Port, instance.portFlag(), e);
      }
    }
    final Mirror mirroring = mirror && rollups.size() == 2
        // runs until the process stops, like the nodes
        ? new Mirror(rollups.get(0), rollups.get(1), new EmbeddedL1(devnet), mirrorAccount().credentials(),
            DevAccounts.all().subList(0, MIRROR_ACCOUNT).stream().map(DevAccount::credentials).toList())
            .start(RollupNodeConfig.defaults().tickInterval())
        : null;
    if (mirroring == null) {
      // the mirror's place in each log: a later run with the mirror must not copy what this one did without it
      rollups.forEach(rollup -> rollup.store().mirrorProgress().forget());
    }
    final WebServer server;
    try {
      server = WebServer.start(new Lab(devnet, rollups, mirroring, dataDir), host, port);
    } catch (IOException e) {
      closeAll(rollups);
      rpc.close();
      return taken("the web UI", host, port, "--port", e);
    }
    printWelcome(spec.commandLine().getOut(), devnet, server, rpc, labMode, rollups, mirroring != null, faultNotes);
    server.join();
    // the lock is released if its channel is garbage-collected: keep it reachable until the end
    Reference.reachabilityFence(lock);
    return 0;
  }

  /** The instance's settings with the batch age and proving delay of the command line. */
  private RollupNodeConfig configOf(final RollupInstance instance) {
    final RollupNodeConfig config = instance.config();
    return config.withBatchLimits(config.batchMaxItems(), batchAge).withProvingDelay(provingDelay);
  }

  private Duration seconds(final double value, final String flag) {
    if (!(value >= 0) || value > Duration.ofDays(1).toSeconds()) {
      throw new CommandLine.ParameterException(spec.commandLine(), flag + " " + value
          + ": use a number of seconds from 0 to 86400");
    }
    return Duration.ofMillis(Math.round(value * 1000));
  }

  private int portOf(final RollupInstance instance) {
    return instance == RollupInstance.ZK ? zkRpcPort : l2RpcPort;
  }

  /**
   * One rollup, on an external node: the same roles and L2 JSON-RPC, with the L1 reached
   * through {@link JsonRpcL1}. Runs until the process is stopped.
   */
  private int runOnExternalL1(final L1Config l1, final RollupInstance instance,
      final List<FaultFlag.Setting> startFaults) throws Exception {
    final PrintWriter out = spec.commandLine().getOut();
    final JsonRpcL1 node;
    try {
      node = JsonRpcL1.connect(l1.rpcUri().orElseThrow());
    } catch (L1Exception e) {
      spec.commandLine().getErr().println("could not use --l1-rpc " + l1Rpc + ": " + e.getMessage());
      return 1;
    }
    final List<Credentials> keys = l1.operators();
    final Credentials operator = keys.get(0);
    final Credentials challenger = keys.size() > 1 ? keys.get(1) : operator;
    out.println("Deploying the rollup on " + l1Rpc + " (chain id " + node.chainId() + ") from "
        + Address.fromHex(operator.getAddress()).toChecksumHex() + " ...");
    out.flush();
    final RollupNode rollup = RollupNode.deploy(node, operator, challenger, configOf(instance), instance.store(dataDir),
        Clock.systemUTC());
    applyFaults(startFaults, rollup);
    final int l2Port = portOf(instance);
    try {
      rollup.start(l2Port);
    } catch (IOException e) {
      rollup.close();
      return portTaken("the L2 JSON-RPC server", l2Port, instance.portFlag(), e);
    }
    out.println("Rollup Lab's rollup is running on an external L1.");
    out.println("  L1 JSON-RPC: " + l1Rpc + " (chain id " + node.chainId() + ")");
    printRollup(out, instance, rollup);
    out.println("  Challenger: " + Address.fromHex(challenger.getAddress()).toChecksumHex()
        + (challenger == operator ? " (the operator's key: pass a second --l1-key for a separate challenger)" : ""));
    out.println("  The web UI needs the embedded devnet and is not started; run without --l1-rpc to get it.");
    out.println();
    out.println("Press Ctrl+C to stop.");
    out.flush();
    new CountDownLatch(1).await();
    return 0;
  }

  /**
   * Checks the {@code --fault} values against the rollups {@code labMode} starts ({@link FaultFlag#appliesTo}):
   * a fault that applies to none of them stops the start, saying why and which {@code --mode} it needs.
   *
   * @return a line for the welcome per fault that applies to only one of the two rollups started, saying so and why
   */
  private List<String> checkFaults(final List<FaultFlag.Setting> startFaults, final LabMode labMode) {
    final List<RollupMode> started = labMode.instances().stream().map(RollupInstance::mode).toList();
    final List<String> notes = new ArrayList<>();
    for (final FaultFlag.Setting fault : startFaults) {
      final List<RollupMode> without = started.stream().filter(m -> !fault.fault().appliesTo(m)).toList();
      if (without.isEmpty()) {
        continue;
      }
      final String why = fault.fault().whyNotOn(without.get(0)).orElseThrow();
      if (without.size() == started.size()) {
        final List<String> modes = Arrays.stream(LabMode.values())
            .filter(m -> m.instances().stream().anyMatch(i -> fault.fault().appliesTo(i.mode()))).map(Enum::name)
            .toList();
        throw new CommandLine.ParameterException(spec.commandLine(), "--fault " + fault.name() + " with --mode "
            + labMode + ": " + why + " (--mode " + String.join(" or ", modes) + ")");
      }
      notes.add("Fault " + fault.name() + ": switched on in the " + started.stream().filter(fault.fault()::appliesTo)
          .map(Lab::idOf).findFirst().orElseThrow() + " rollup only, as " + why + ".");
    }
    return notes;
  }

  /** Switches on in {@code rollup} the start faults that apply to it. */
  private static void applyFaults(final List<FaultFlag.Setting> startFaults, final RollupNode rollup) {
    startFaults.stream().filter(f -> f.fault().appliesTo(rollup.mode())).forEach(fault -> fault.applyTo(rollup.faults()));
  }

  /** A rollup's three lines of the welcome: its L2 JSON-RPC and chain id, its contracts on L1. */
  private static void printRollup(final PrintWriter out, final RollupInstance instance, final RollupNode rollup) {
    final RollupDeployment contracts = rollup.deployment();
    out.println("  " + instance.title() + ":");
    out.println("    L2 JSON-RPC: " + rollup.l2RpcUrl() + " (chain id " + rollup.l2ChainId() + ")");
    out.println("    On L1: " + contracts.rollupName() + " " + contracts.rollup().toChecksumHex() + ", Bridge "
        + contracts.bridge().toChecksumHex() + " (deposit with deposit(address))");
  }

  private static String describe(final DevAccount account) {
    return "(" + account.index() + ") " + account.address().toChecksumHex();
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

  private static void closeAll(final List<RollupNode> rollups) throws Exception {
    for (final RollupNode started : rollups) {
      started.close();
    }
  }

  private int portTaken(final String what, final int portNumber, final String flag, final IOException e) {
    return taken(what, WebServer.DEFAULT_HOST, portNumber, flag, e);
  }

  private int taken(final String what, final String address, final int portNumber, final String flag,
      final IOException e) {
    spec.commandLine().getErr().println("could not serve " + what + " on " + address + ":" + portNumber + " ("
        + e.getMessage() + "); is another program using the port (another devnet, Hardhat, anvil)? Pass " + flag
        + " with another number, or " + flag + " 0 for any free one.");
    return 1;
  }

  /** What the welcome says when the web UI listens on {@code host}: a warning unless only this machine can reach it. */
  static Optional<String> hostWarning(final String host) {
    return WebServer.isLoopback(host) ? Optional.empty() : Optional.of("WARNING: the web UI listens on " + host
        + ", so other machines can reach it. It moves funds (deposits, withdrawals, transfers from the dev"
        + " accounts) and has no login: use it only on a network you trust, and never with keys that hold real"
        + " funds.");
  }

  private static void printWelcome(final PrintWriter out, final Devnet devnet, final WebServer server,
      final JsonRpcServer rpc, final LabMode labMode, final List<RollupNode> rollups, final boolean mirrored,
      final List<String> faultNotes) {
    out.println("Rollup Lab is running.");
    out.println("  Web UI:  " + server.url());
    hostWarning(server.host()).ifPresent(warning -> out.println("  " + warning));
    out.println("  L1 JSON-RPC: " + rpc.url() + ", " + rpc.webSocketUrl());
    out.println("  L1:      chain id " + devnet.chainId() + ", " + MiningModes.describe(devnet.miningMode()));
    for (int i = 0; i < rollups.size(); i++) {
      final RollupInstance instance = labMode.instances().get(i);
      printRollup(out, instance, rollups.get(i));
      out.println("    Operator: dev account " + describe(instance.operator())
          + (instance == RollupInstance.ZK ? " (also the prover)" : "; challenger: dev account "
              + describe(instance.challenger())));
    }
    if (rollups.size() == 2) {
      out.println(mirrored
          ? "  Mirror: on. Deposits to either Bridge, and L2 transactions from dev accounts (0)-(" + (MIRROR_ACCOUNT - 1)
              + "), are made on the other rollup too; dev account " + describe(mirrorAccount())
              + " pays the mirrored deposits. Transactions from other keys are not mirrored: the lab would need"
              + " the key to sign them for the other chain id (--no-mirror switches the mirror off)."
          : "  Mirror: off; each rollup runs only what is sent to it.");
    }
    faultNotes.forEach(note -> out.println("  " + note));
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
