package io.rolluplab.web;

import io.rolluplab.devnet.bench.RpcBench;
import io.rolluplab.devnet.bench.StartupBench;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rollup-lab rpc-bench}: JSON-RPC throughput ({@link RpcBench}) against a devnet in this
 * process, then the jar's start-up time until it answers {@code eth_chainId} ({@link StartupBench}).
 */
@Command(name = "rpc-bench",
    description = "Measures JSON-RPC requests per second (eth_blockNumber, eth_sendRawTransaction with automine; "
        + "1, 4 and 16 clients), 1,000 sequential transfers with receipts, and the jar's start-up time.")
final class RpcBenchCommand implements Callable<Integer> {

  @Option(names = "--url", paramLabel = "URL",
      description = "Measure this node (e.g. a Hardhat node at http://127.0.0.1:8545) instead of a devnet in this "
          + "process. It must fund the test mnemonic's first account; start-up is then not measured.")
  String url;

  @Option(names = "--seconds", defaultValue = "3", paramLabel = "S",
      description = "Seconds of eth_blockNumber per client count. Default: ${DEFAULT-VALUE}.")
  double seconds;

  @Option(names = "--transactions", defaultValue = "2000", paramLabel = "N",
      description = "Pre-signed transfers sent per client count. Default: ${DEFAULT-VALUE}.")
  int transactions;

  @Option(names = "--sequential", defaultValue = "1000", paramLabel = "N",
      description = "Transfers sent one after another, each waiting for its receipt. Default: ${DEFAULT-VALUE}.")
  int sequential;

  @Option(names = "--startup-runs", defaultValue = "5", paramLabel = "N",
      description = "Times to launch the jar and time it until eth_chainId answers; 0 skips it. Default: ${DEFAULT-VALUE}.")
  int startupRuns;

  @Override
  public Integer call() throws Exception {
    if (seconds <= 0 || transactions < 16 || sequential < 1 || startupRuns < 0) {
      System.err.println("--seconds must be > 0, --transactions >= 16 (one per client), --sequential >= 1 and "
          + "--startup-runs >= 0");
      return 2;
    }
    final RpcBench.Settings settings = new RpcBench.Settings(seconds, transactions, sequential);
    if (url != null) {
      System.out.println("JSON-RPC benchmark against " + url);
      new RpcBench(url, System.out).run(settings);
      return 0;
    }
    RpcBench.runInProcess(settings, System.out);
    if (startupRuns > 0) {
      final Path jar = ownJar();
      if (jar == null) {
        System.out.println("start-up: skipped (not running from rollup-lab.jar; build it with mvn package)");
      } else {
        final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        new StartupBench(port -> List.of(java, "-jar", jar.toString(), "--port", "0", "--rpc-port", Integer.toString(port)),
            System.out).run(startupRuns);
      }
    }
    return 0;
  }

  /** The jar this class was loaded from, or null when it runs from a classes folder. */
  private static Path ownJar() throws URISyntaxException {
    final File location = new File(RpcBenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return location.isFile() && location.getName().endsWith(".jar") ? location.toPath() : null;
  }
}
