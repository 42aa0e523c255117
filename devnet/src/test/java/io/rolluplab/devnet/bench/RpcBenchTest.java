package io.rolluplab.devnet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The JSON-RPC bench still runs end to end (on a tiny workload): its figures are measured, not
 * checked, but a bench that no longer runs would go unnoticed until someone needs it.
 */
class RpcBenchTest {

  @Test
  void tinyRunPrintsAFigureForEveryPhaseAndClientCount() throws Exception {
    final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    RpcBench.runInProcess(new RpcBench.Settings(0.1, 32, 5), new PrintStream(printed, true, StandardCharsets.UTF_8));

    final String report = printed.toString(StandardCharsets.UTF_8);
    assertThat(report).containsPattern("eth_blockNumber requests +1 client: +[\\d,]+/s +4 clients: +[\\d,]+/s +16 clients: +[\\d,]+/s");
    assertThat(report).containsPattern("eth_sendRawTransaction transfers +1 client: +[\\d,]+/s +4 clients: +[\\d,]+/s +16 clients: +[\\d,]+/s");
    assertThat(report).containsPattern("5 transfers one after another, each waiting for its receipt: \\d+\\.\\d\\d s");
  }
}
