package io.rolluplab.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    assertThat(usage).contains("--port", "--host", "no login", "--rpc-port", "--l2-rpc-port", "--block-time", "automine", "--data-dir",
        "--l1-rpc", "--l1-key", "--fault", "wrong-root:K", "Default: 8080",
        "Default: 8545", "Default: 9545", "--zk-rpc-port", "Default: 9546", "--mode", "BOTH side by side",
        "Default: BOTH", "--[no-]mirror");
  }

  @Test
  void saysWhichFlagToChangeWhenTheL2RpcPortIsTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      final StringWriter err = new StringWriter();
      final CommandLine commandLine = new CommandLine(new RollupLab());
      commandLine.setOut(new PrintWriter(new StringWriter()));
      commandLine.setErr(new PrintWriter(err));

      final int exitCode = commandLine.execute("--port", "0", "--rpc-port", "0", "--zk-rpc-port", "0",
          "--l2-rpc-port", String.valueOf(taken.getLocalPort()));

      assertThat(exitCode).isEqualTo(1);
      assertThat(err.toString()).contains("the Optimistic rollup's L2 JSON-RPC server", "--l2-rpc-port 0");
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

  @Test
  void rejectsABatchAgeOrProvingDelayOutOfRangeBeforeStartingAnything() {
    final StringWriter err = new StringWriter();
    run(err, "--batch-age", "-1");
    run(err, "--proving-delay", "100000");

    assertThat(err.toString()).contains("--batch-age -1.0: use a number of seconds from 0 to 86400",
        "--proving-delay 100000.0: use a number of seconds from 0 to 86400");
  }

  @Test
  void modeBothStartsBothRollupsOnOneL1AndTheWelcomeShowsBoth() throws Exception {
    final StringWriter out = new StringWriter();
    final CommandLine commandLine = new CommandLine(new RollupLab()).setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(new StringWriter(), true));
    final Thread lab = new Thread(() -> commandLine.execute("--mode", "both", "--port", "0", "--rpc-port", "0",
        "--l2-rpc-port", "0", "--zk-rpc-port", "0", "--fault", "wrong-root:3"), "rollup-lab-both");
    lab.setDaemon(true); // it runs until the process stops, as from a terminal
    lab.start();

    final String welcome = RollupLabExternalL1Test.awaitWelcome(out);
    assertThat(welcome).contains("Optimistic rollup:", "(chain id 42069)", "OptimisticRollup 0x", "ZK rollup:",
        "(chain id 42070)", "ZkRollup 0x", "Operator: dev account (9)", "challenger: dev account (8)",
        "Operator: dev account (7)", "Mirror: on", "from dev accounts (0)-(5)", "dev account (6)")
        .doesNotContain("WARNING: the web UI");
    final Matcher l2 = Pattern.compile("L2 JSON-RPC: (http://\\S+)").matcher(welcome);
    for (final String chainId : List.of("0xa455", "0xa456")) {
      assertThat(l2.find()).isTrue();
      assertThat(RollupLabExternalL1Test.post(l2.group(1),
          "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}"))
          .contains("\"result\":\"" + chainId + "\"");
    }
    assertThat(welcome).contains("Fault wrong-root:3: switched on in the optimistic rollup only, as the zk rollup has"
        + " no proposer whose root could lie");
    final Matcher ui = Pattern.compile("Web UI: +(http://\\S+)").matcher(welcome);
    assertThat(ui.find()).isTrue();
    final JsonNode on = new ObjectMapper().readTree(HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(ui.group(1) + "api/controls/faults")).build(),
        HttpResponse.BodyHandlers.ofString()).body()).get("on");
    assertThat(on.get("optimistic").toString()).contains("{\"fault\":\"wrong-root:K\",\"on\":true,"
        + "\"detail\":\"the next root lies from item 3\"}");
  }

  @Test
  void aZkRollupRefusesTheWithheldDataFaultBeforeAnythingStarts() {
    final StringWriter err = new StringWriter();
    run(err, "--mode", "ZK", "--fault", "withhold-data", "--port", "0", "--rpc-port", "0", "--zk-rpc-port", "0");

    assertThat(err.toString()).contains("--fault withhold-data with --mode ZK", "no batch to keep off L1", "validium",
        "--mode OPTIMISTIC or BOTH");
  }

  @Test
  void aFaultThatAppliesToNoRollupStartedStopsTheStartAndSaysWhichModeItNeeds() {
    final StringWriter err = new StringWriter();
    run(err, "--mode", "OPTIMISTIC", "--fault", "censor-deposit", "--fault", "wrong-proof", "--port", "0",
        "--rpc-port", "0", "--l2-rpc-port", "0");

    assertThat(err.toString()).contains("--fault wrong-proof with --mode OPTIMISTIC: the optimistic rollup has no"
        + " prover", "(--mode ZK or BOTH)");
  }

  @Test
  void warnsWhenTheWebUiListensBeyondThisMachine() {
    assertThat(RollupLab.hostWarning("127.0.0.1")).isEmpty();
    assertThat(RollupLab.hostWarning("localhost")).isEmpty();
    assertThat(RollupLab.hostWarning("0.0.0.0")).hasValueSatisfying(warning -> assertThat(warning)
        .startsWith("WARNING: the web UI listens on 0.0.0.0").contains("moves funds", "has no login"));
  }

  @Test
  void modeBothNeedsTheEmbeddedDevnet() {
    final StringWriter err = new StringWriter();
    run(err, "--mode", "BOTH", "--l1-rpc", "http://127.0.0.1:1", "--l1-key", "0x" + "11".repeat(32));

    assertThat(err.toString()).contains("--mode BOTH runs on the embedded devnet only", "--mode OPTIMISTIC");
  }
}
