package io.rolluplab.tutorials;

import io.rolluplab.web.RollupLab;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * One Rollup Lab for all lesson tests, started in this JVM as a learner starts it ({@code rollup-lab}
 * with both rollups and the mirror), on free ports, with batches posted 1 s after their first block
 * and 0.2 s of proving so a test waits seconds, not minutes. The lessons run one after another on
 * it in any order, as a class does on one laptop, so each must leave it as it found it (faults
 * switched off). It runs until the JVM exits.
 */
final class TestLab {
  /** The address each lesson writes and the one this lab listens on instead. */
  private final Map<String, String> addresses;

  private static TestLab shared;

  private TestLab(final Map<String, String> addresses) {
    this.addresses = addresses;
  }

  static synchronized TestLab shared() throws InterruptedException {
    if (shared == null) {
      shared = start();
    }
    return shared;
  }

  private static TestLab start() throws InterruptedException {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final CommandLine command = new CommandLine(new RollupLab()).setCaseInsensitiveEnumValuesAllowed(true);
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    final Thread lab = new Thread(() -> command.execute("--port", "0", "--rpc-port", "0", "--l2-rpc-port", "0",
        "--zk-rpc-port", "0", "--batch-age", "1", "--proving-delay", "0.2"), "lessons-lab");
    lab.setDaemon(true);
    lab.start();
    final long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (!out.toString().contains("Press Ctrl+C")) {
      if (System.nanoTime() > deadline || !lab.isAlive()) {
        throw new IllegalStateException("the lab did not start: " + out + err);
      }
      Thread.sleep(50);
    }
    final String welcome = out.toString();
    final Map<String, String> addresses = new LinkedHashMap<>();
    addresses.put("http://127.0.0.1:8080", find(welcome, "Web UI: +(http://[\\d.:]+)"));
    addresses.put("http://127.0.0.1:8545", find(welcome, "L1 JSON-RPC: (http://[\\d.:]+)"));
    addresses.put("http://127.0.0.1:9545", find(welcome, "L2 JSON-RPC: (http://[\\d.:]+) \\(chain id 42069\\)"));
    addresses.put("http://127.0.0.1:9546", find(welcome, "L2 JSON-RPC: (http://[\\d.:]+) \\(chain id 42070\\)"));
    return new TestLab(addresses);
  }

  private static String find(final String welcome, final String regex) {
    final Matcher matcher = Pattern.compile(regex).matcher(welcome);
    if (!matcher.find()) {
      throw new IllegalStateException("the lab's welcome has no line matching " + regex + ":\n" + welcome);
    }
    return matcher.group(1);
  }

  /**
   * The URL a lesson's command names ({@code http://127.0.0.1:8545/…}, the lab's default ports) on
   * this lab's ports.
   *
   * @throws IllegalArgumentException for an address that is none of the lab's
   */
  String resolve(final String url) {
    for (final Map.Entry<String, String> address : addresses.entrySet()) {
      if (url.equals(address.getKey()) || url.startsWith(address.getKey() + "/")) {
        return address.getValue() + url.substring(address.getKey().length());
      }
    }
    throw new IllegalArgumentException(url + " is none of the lab's addresses " + addresses.keySet()
        + ": a lesson talks to the lab on its default ports");
  }

  /** The web UI's address, for the pages a lesson links to. */
  String web() {
    return addresses.get("http://127.0.0.1:8080");
  }
}
