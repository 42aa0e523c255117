package io.rolluplab.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.rpc.JsonRpcServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code --l1-rpc} and {@code --fault}: the rollup on another node's JSON-RPC, and flags checked first. */
class RollupLabExternalL1Test {

  private static int run(final StringWriter out, final StringWriter err, final String... args) {
    final CommandLine commandLine = new CommandLine(new RollupLab());
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void anUnknownFaultStopsTheLabBeforeAnythingStarts() {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    final int exitCode = run(out, err, "--port", "0", "--rpc-port", "0", "--l2-rpc-port", "0", "--fault", "lie");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("--fault lie: unknown fault", "wrong-root:K", "replay-withdrawal");
    assertThat(out.toString()).doesNotContain("Rollup Lab is running");
  }

  @Test
  void anExternalL1NeedsAKey() {
    final StringWriter err = new StringWriter();

    final int exitCode = run(new StringWriter(), err, "--l1-rpc", "http://127.0.0.1:1");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("--l1-key: an external L1 needs at least one operator key");
  }

  @Test
  void theRollupRunsOnAnotherNodesJsonRpcWithTheGivenKeys() throws Exception {
    final Devnet devnet = Devnet.start(DevnetConfig.defaults());
    try (JsonRpcServer l1 = JsonRpcServer.start(devnet, 0)) {
      final StringWriter out = new StringWriter();
      final Thread lab = new Thread(() -> run(out, new StringWriter(), "--l1-rpc", l1.url(), "--l1-key",
          DevAccounts.all().get(3).privateKeyHex(), "--l1-key", DevAccounts.all().get(4).privateKeyHex(),
          "--l2-rpc-port", "0", "--fault", "wrong-root:1"), "rollup-lab-on-external-l1");
      lab.setDaemon(true); // it runs until the process stops, as from a terminal
      lab.start();

      final String welcome = awaitWelcome(out);
      assertThat(welcome).contains("running on an external L1", l1.url(), "chain id 31337",
          "Challenger: " + DevAccounts.all().get(4).address().toChecksumHex(), "web UI needs the embedded devnet");
      final Matcher l2 = Pattern.compile("L2 JSON-RPC: (http://\\S+)").matcher(welcome);
      assertThat(l2.find()).isTrue();
      assertThat(post(l2.group(1), "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}"))
          .contains("\"result\":\"0xa455\"");
      assertThat(devnet.latestBlock().number()).as("the deployment went through the node's RPC").isPositive();
    }
  }

  static String awaitWelcome(final StringWriter out) throws InterruptedException {
    final long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!out.toString().contains("Press Ctrl+C") && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    return out.toString();
  }

  static String post(final String url, final String body) throws Exception {
    final HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
  }
}
