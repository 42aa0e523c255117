package io.rolluplab.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.node.RollupNodeConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/**
 * The whole launcher as a child process on a {@code --data-dir}: deposit on L1, transfers on L2,
 * {@code kill -9}, start again on the same directory, and every acknowledged transaction is there;
 * both rollups (the default {@code --mode both}) resume their contracts, and the zk one still has the
 * mirrored deposit.
 *
 * <p>The child binds every port with 0 (any free one) and the test reads the URLs from its welcome:
 * a port the test picked and closed could be taken by another process before the child binds it,
 * and on a loaded machine the child binds it half a minute or more later. No wait has a clock of its
 * own: at a machine load of 33 one start-up took 90 s (its main thread had used 2.8 s of CPU), so
 * the waits are for what the child says and does, and the timeout only guards against a hang.
 */
class RollupLabKillTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final BigInteger ETHER = BigInteger.TEN.pow(18);
  private static final BigInteger GWEI = BigInteger.TEN.pow(9);
  private static final Credentials ALICE = Credentials.create(ECKeyPair.create(BigInteger.valueOf(4242)));
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");
  private static final Address CAROL = Address.fromHex("0x00000000000000000000000000000000000000c0");
  private static final Pattern BRIDGE = Pattern.compile("Bridge (0x[0-9a-fA-F]{40})");
  private static final Pattern RPC_URL = Pattern.compile("(L1|L2) JSON-RPC: (http://[^ ,]+)");
  private static final String LAST_WELCOME_LINE = "Press Ctrl+C to stop.";

  @TempDir
  Path dataDir;
  private Process lab;
  /** Where the running child listens, from its welcome. */
  private Welcome welcome;

  /**
   * What the child's welcome says: its L1 JSON-RPC URL, its two L2 JSON-RPC URLs and its two Bridge
   * addresses, the optimistic rollup's first.
   */
  private record Welcome(String l1, List<String> l2s, List<String> bridges) {}

  @AfterEach
  void kill() {
    if (lab != null) {
      lab.destroyForcibly();
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void afterKillMinus9EveryAcknowledgedTransactionIsThereOnBothLayers() throws Exception {
    final List<String> bridges = start();
    final String bridge = bridges.get(0);
    l1("eth_sendTransaction", Map.of("from", DevAccounts.all().get(1).address().toHex(), "to", bridge,
        "value", Numeric.toHexStringWithPrefix(ETHER), "data", Numeric.toHexString(BridgeContract.deposit(address(ALICE)))));
    l1("eth_sendTransaction", Map.of("from", DevAccounts.all().get(2).address().toHex(), "to", CAROL.toHex(),
        "value", "0x7"));
    await(() -> balance(l2(), address(ALICE)).equals(ETHER));
    final List<String> hashes = new ArrayList<>();
    for (int nonce = 0; nonce < 6; nonce++) {
      hashes.add(l2("eth_sendRawTransaction", Numeric.toHexString(transfer(nonce))).asText());
      if (nonce == 2) {
        await(() -> !l2("eth_getTransactionReceipt", hashes.get(2)).isNull()); // the first three sealed
      }
    }

    lab.destroyForcibly().waitFor();
    final List<String> bridgesAfterRestart = start();

    assertThat(bridgesAfterRestart).as("neither deployed again").isEqualTo(bridges);
    await(() -> balance(zk(), address(ALICE)).equals(ETHER)); // the mirror's copy of the deposit
    await(() -> hashes.stream().noneMatch(h -> l2("eth_getTransactionReceipt", h).isNull()));
    for (final String hash : hashes) {
      assertThat(l2("eth_getTransactionReceipt", hash).get("status").asText()).isEqualTo("0x1");
    }
    assertThat(balance(l2(), BOB)).isEqualTo(BigInteger.valueOf(0 + 1 + 2 + 3 + 4 + 5));
    final BigInteger onL2 = balance(l2(), address(ALICE)).add(balance(l2(), BOB))
        .add(balance(l2(), L2StateMachine.FEE_VAULT));
    assertThat(onL2).as("the deposit, credited once").isEqualTo(ETHER);
    assertThat(balance(l1(), Address.fromHex(bridge))).isEqualTo(ETHER);
    assertThat(balance(l1(), CAROL)).isEqualTo(BigInteger.valueOf(7));
  }

  /**
   * Starts the launcher on {@link #dataDir}, every port 0, and waits for its whole welcome (printed
   * once everything listens); returns the two Bridge addresses it prints, the optimistic rollup's first.
   */
  private List<String> start() throws Exception {
    final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    lab = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RollupLab.class.getName(),
        "--data-dir", dataDir.toString(), "--port", "0", "--rpc-port", "0", "--l2-rpc-port", "0", "--zk-rpc-port", "0")
        .redirectErrorStream(true).start();
    final CompletableFuture<Welcome> welcomed = new CompletableFuture<>();
    final Thread reader = new Thread(() -> readOutput(lab, welcomed), "lab-output");
    reader.setDaemon(true);
    reader.start();
    welcome = welcomed.get();
    return welcome.bridges();
  }

  /** Drains the child's output (so it never blocks on a full pipe) and completes with its welcome. */
  private static void readOutput(final Process process, final CompletableFuture<Welcome> welcomed) {
    final StringBuilder output = new StringBuilder();
    final List<String> l1 = new ArrayList<>();
    final List<String> l2s = new ArrayList<>();
    final List<String> bridges = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        output.append(line).append('\n');
        final Matcher url = RPC_URL.matcher(line);
        if (url.find()) {
          (url.group(1).equals("L1") ? l1 : l2s).add(url.group(2));
        }
        final Matcher bridge = BRIDGE.matcher(line);
        if (bridge.find()) {
          bridges.add(bridge.group(1));
        }
        if (line.equals(LAST_WELCOME_LINE) && l1.size() == 1 && l2s.size() == 2 && bridges.size() == 2) {
          welcomed.complete(new Welcome(l1.get(0), List.copyOf(l2s), List.copyOf(bridges)));
        }
      }
    } catch (Exception e) {
      // the process was killed: its pipe closes
    }
    welcomed.completeExceptionally(new IllegalStateException("rollup-lab ended without starting:\n" + output));
  }

  private static byte[] transfer(final long nonce) {
    final RawTransaction raw = RawTransaction.createTransaction(RollupNodeConfig.DEFAULT_L2_CHAIN_ID,
        BigInteger.valueOf(nonce), BigInteger.valueOf(21_000), BOB.toHex(), BigInteger.valueOf(nonce), "", GWEI,
        GWEI.multiply(BigInteger.TEN));
    return TransactionEncoder.signMessage(raw, RollupNodeConfig.DEFAULT_L2_CHAIN_ID, ALICE);
  }

  private static Address address(final Credentials credentials) {
    return Address.fromHex(credentials.getAddress());
  }

  private String l1() {
    return welcome.l1();
  }

  private String l2() {
    return welcome.l2s().get(0);
  }

  private String zk() {
    return welcome.l2s().get(1);
  }

  private JsonNode l1(final String method, final Object... params) {
    return rpc(l1(), method, params);
  }

  private JsonNode l2(final String method, final Object... params) {
    return rpc(l2(), method, params);
  }

  private static BigInteger balance(final String url, final Address address) {
    return Numeric.decodeQuantity(rpc(url, "eth_getBalance", address.toHex(), "latest").asText());
  }

  private static JsonNode rpc(final String url, final String method, final Object... params) {
    try {
      final String body = JSON.writeValueAsString(Map.of("jsonrpc", "2.0", "id", 1, "method", method, "params", params));
      final HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      final JsonNode json = JSON.readTree(response.body());
      assertThat(json.has("error")).as("%s answered %s", method, json).isFalse();
      return json.get("result");
    } catch (Exception e) {
      throw new IllegalStateException(method + " to " + url + " failed: " + e.getMessage(), e);
    }
  }

  /** Until {@code condition} holds; the test's timeout ends a wait that never does. */
  private static void await(final BooleanSupplier condition) throws InterruptedException {
    while (!condition.getAsBoolean()) {
      Thread.sleep(50);
    }
  }
}
