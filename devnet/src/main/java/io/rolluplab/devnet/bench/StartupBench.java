package io.rolluplab.devnet.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Start-up time of a node as a user sees it: from launching its process until it answers
 * {@code eth_chainId} over HTTP (target for {@code java -jar rollup-lab.jar}: at most 1.5 s).
 * Each run gets a free port, launches the command, polls every 5 ms, and kills the process.
 */
public final class StartupBench {
  private static final long GIVE_UP_NANOS = 30_000_000_000L;

  private final IntFunction<List<String>> commandForPort;
  private final PrintStream out;

  /**
   * @param commandForPort the command line that starts the node with its JSON-RPC on the given port
   */
  public StartupBench(final IntFunction<List<String>> commandForPort, final PrintStream out) {
    this.commandForPort = commandForPort;
    this.out = out;
  }

  /** Launches the node {@code runs} times and prints each start-up time, then the median. */
  public void run(final int runs) throws IOException, InterruptedException {
    final double[] seconds = new double[runs];
    final List<String> each = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      seconds[i] = timeOneStart();
      each.add(String.format("%.2f", seconds[i]));
    }
    Arrays.sort(seconds);
    out.printf("start-up until eth_chainId answers: median %.2f s, best %.2f s (runs: %s s; target <= 1.5 s)%n",
        seconds[runs / 2], seconds[0], String.join(", ", each));
  }

  private double timeOneStart() throws IOException, InterruptedException {
    final int port = freePort();
    final long start = System.nanoTime();
    final Process node = new ProcessBuilder(commandForPort.apply(port))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      final RpcBenchClient client = new RpcBenchClient("http://127.0.0.1:" + port);
      while (true) {
        try {
          client.call("eth_chainId");
          return (System.nanoTime() - start) / 1e9;
        } catch (IOException notYet) {
          if (!node.isAlive()) {
            throw new IOException("the node exited with code " + node.exitValue() + " before answering: "
                + String.join(" ", commandForPort.apply(port)), notYet);
          }
          if (System.nanoTime() - start > GIVE_UP_NANOS) {
            throw new IOException("no answer to eth_chainId within 30 s", notYet);
          }
          Thread.sleep(5);
        }
      }
    } finally {
      node.destroy();
      node.waitFor();
    }
  }

  /** A port that was free a moment ago (the OS hands out ports with 0 and rarely reuses one at once). */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
