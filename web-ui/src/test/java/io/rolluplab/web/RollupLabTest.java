package io.rolluplab.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RollupLabTest {

  private static String run(final StringWriter err, final String... args) {
    final StringWriter out = new StringWriter();
    final CommandLine commandLine = new CommandLine(new RollupLab());
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    commandLine.execute(args);
    return out.toString();
  }

  @Test
  void helpDescribesEveryOption() {
    final String usage = run(new StringWriter(), "--help");

    assertThat(usage).contains("--port", "--rpc-port", "--l2-rpc-port", "--block-time", "automine", "--data-dir",
        "--l1-rpc", "--l1-key", "--fault", "wrong-root:K", "Default: 8080",
        "Default: 8545", "Default: 9545", "--mode", "OPTIMISTIC (a bonded proposer", "Default: OPTIMISTIC");
  }

  @Test
  void saysWhichFlagToChangeWhenTheL2RpcPortIsTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      final StringWriter err = new StringWriter();
      final CommandLine commandLine = new CommandLine(new RollupLab());
      commandLine.setOut(new PrintWriter(new StringWriter()));
      commandLine.setErr(new PrintWriter(err));

      final int exitCode = commandLine.execute("--port", "0", "--rpc-port", "0", "--l2-rpc-port",
          String.valueOf(taken.getLocalPort()));

      assertThat(exitCode).isEqualTo(1);
      assertThat(err.toString()).contains("the L2 JSON-RPC server", "--l2-rpc-port 0");
    }
  }

  @Test
  void everySubCommandAnswersHelpWithItsOwnUsage() {
    assertThat(run(new StringWriter(), "state-tests", "--help")).contains("Usage: rollup-lab state-tests", "DIR",
        "--filter", "--verbose");
    assertThat(run(new StringWriter(), "bench", "--help")).contains("Usage: rollup-lab bench", "--rounds");
    assertThat(run(new StringWriter(), "rpc-bench", "--help")).contains("Usage: rollup-lab rpc-bench", "--url",
        "--seconds", "--transactions", "--sequential", "--startup-runs");
  }

  @Test
  void rejectsANegativeBlockTimeAndSaysWhatToDo() {
    final StringWriter err = new StringWriter();
    run(err, "--block-time", "-1");

    assertThat(err.toString()).contains("--block-time", "use 0 for a block per transaction");
  }
}
