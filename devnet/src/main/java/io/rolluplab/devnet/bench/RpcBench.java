package io.rolluplab.devnet.bench;

import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.rpc.JsonRpcServer;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/**
 * JSON-RPC throughput as a client sees it, over HTTP on 127.0.0.1:
 *
 * <ol>
 *   <li>{@code eth_blockNumber} requests per second with 1, 4 and 16 concurrent clients: the cost
 *       of HTTP, JSON and dispatch alone;
 *   <li>{@code eth_sendRawTransaction} value transfers per second with 1, 4 and 16 clients, with
 *       automine (each answer comes after the transaction's block is sealed). The transactions are
 *       signed before the clock starts, and each client sends from its own account, so no two
 *       clients compete for a nonce;
 *   <li>one client sending 1,000 transfers one after another, signing each and waiting for its
 *       receipt before the next: what a test script does (target: at most 3 s).
 * </ol>
 *
 * <p>Each phase is warmed up first (with a share of its own workload) so the JIT has compiled the
 * server. By default the bench starts
 * its own devnet and server in this process; with a URL it measures any node that knows the test
 * mnemonic's first account (Hardhat, anvil), for comparison.
 */
public final class RpcBench {
  static final int[] CLIENT_COUNTS = {1, 4, 16};
  private static final BigInteger GWEI = BigInteger.TEN.pow(9);
  private static final BigInteger MAX_FEE = GWEI.multiply(BigInteger.TEN);
  private static final BigInteger TIP = GWEI;
  private static final BigInteger TRANSFER_GAS = BigInteger.valueOf(21_000);
  private static final BigInteger FUNDING = BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(100));
  private static final String RECIPIENT = "0x00000000000000000000000000000000000be4c4";

  private final String url;
  private final PrintStream out;
  private final long chainId;
  private final RpcBenchClient setup;

  /**
   * @param url the node's HTTP JSON-RPC endpoint
   */
  public RpcBench(final String url, final PrintStream out) throws Exception {
    this.url = url;
    this.out = out;
    this.setup = new RpcBenchClient(url);
    this.chainId = Numeric.decodeQuantity(setup.call("eth_chainId").asText()).longValueExact();
  }

  /** Settings of one run. */
  public record Settings(double secondsPerLevel, int transactionsPerLevel, int sequentialTransfers) {
    public static Settings defaults() {
      return new Settings(3, 2_000, 1_000);
    }
  }

  /** Starts a devnet with automine and its JSON-RPC server on a free port, runs, and stops them. */
  public static void runInProcess(final Settings settings, final PrintStream out) throws Exception {
    try (Devnet devnet = Devnet.start(DevnetConfig.defaults());
        JsonRpcServer server = JsonRpcServer.start(devnet, 0)) {
      out.println("JSON-RPC benchmark: devnet (automine) and server in this process, " + server.url());
      new RpcBench(server.url(), out).run(settings);
    }
  }

  public void run(final Settings settings) throws Exception {
    blockNumberThroughput(settings.secondsPerLevel());
    transferThroughput(settings.transactionsPerLevel());
    sequentialTransfersWithReceipts(settings.sequentialTransfers());
  }

  // ------------------------------------------------------------------ eth_blockNumber

  private void blockNumberThroughput(final double seconds) throws Exception {
    hammerBlockNumber(1, seconds); // warm-up: the first thousand or so requests run interpreted and
    hammerBlockNumber(4, seconds / 2); // are several times slower
    final StringBuilder line = new StringBuilder();
    for (final int clients : CLIENT_COUNTS) {
      line.append(String.format("  %2d client%s %,9.0f/s", clients, clients == 1 ? ": " : "s:", hammerBlockNumber(clients, seconds)));
    }
    out.println("eth_blockNumber requests        " + line);
  }

  /** Every client sends eth_blockNumber in a loop for {@code seconds}; returns requests per second. */
  private double hammerBlockNumber(final int clients, final double seconds) throws Exception {
    final long end = System.nanoTime() + (long) (seconds * 1e9);
    final List<Callable<Long>> loops = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      loops.add(() -> {
        final RpcBenchClient client = new RpcBenchClient(url);
        long sent = 0;
        while (System.nanoTime() < end) {
          client.call("eth_blockNumber");
          sent++;
        }
        return sent;
      });
    }
    final long start = System.nanoTime();
    final long total = runAll(loops).stream().mapToLong(Long::longValue).sum();
    return total / ((System.nanoTime() - start) / 1e9);
  }

  // ------------------------------------------------------------------ eth_sendRawTransaction

  private void transferThroughput(final int transactionsPerLevel) throws Exception {
    final int maxClients = CLIENT_COUNTS[CLIENT_COUNTS.length - 1];
    final List<Credentials> senders = fundedAccounts("throughput", maxClients);
    sendPreSigned(senders.subList(0, 4), transactionsPerLevel / 2); // warm-up
    final StringBuilder line = new StringBuilder();
    for (final int clients : CLIENT_COUNTS) {
      line.append(String.format("  %2d client%s %,9.0f/s", clients, clients == 1 ? ": " : "s:",
          sendPreSigned(senders.subList(0, clients), transactionsPerLevel)));
    }
    out.println("eth_sendRawTransaction transfers" + line);
  }

  /**
   * Signs {@code total} transfers split over {@code senders}, then lets one client per sender send
   * its share, one after another; returns transactions per second.
   */
  private double sendPreSigned(final List<Credentials> senders, final int total) throws Exception {
    final List<List<String>> signed = new ArrayList<>();
    for (final Credentials sender : senders) {
      signed.add(signTransfers(sender, nextNonce(sender), total / senders.size()));
    }
    final List<Callable<Long>> clients = new ArrayList<>();
    for (final List<String> transactions : signed) {
      clients.add(() -> {
        final RpcBenchClient client = new RpcBenchClient(url);
        for (final String tx : transactions) {
          client.call("eth_sendRawTransaction", tx);
        }
        return (long) transactions.size();
      });
    }
    final long start = System.nanoTime();
    final long sent = runAll(clients).stream().mapToLong(Long::longValue).sum();
    final double elapsed = (System.nanoTime() - start) / 1e9;
    return sent / elapsed;
  }

  private List<String> signTransfers(final Credentials sender, final BigInteger firstNonce, final int count) {
    final List<String> signed = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      signed.add(signTransfer(sender, firstNonce.add(BigInteger.valueOf(i))));
    }
    return signed;
  }

  private String signTransfer(final Credentials sender, final BigInteger nonce) {
    final RawTransaction tx = RawTransaction.createEtherTransaction(chainId, nonce, TRANSFER_GAS, RECIPIENT,
        BigInteger.ONE, TIP, MAX_FEE);
    return Numeric.toHexString(TransactionEncoder.signMessage(tx, sender));
  }

  // ------------------------------------------------------------------ 1,000 transfers in a row

  private void sequentialTransfersWithReceipts(final int count) throws Exception {
    final Credentials sender = fundedAccounts("sequential", 1).get(0);
    final RpcBenchClient client = new RpcBenchClient(url);
    sendOneByOne(client, sender, Math.max(1, count / 3)); // warm-up
    final long start = System.nanoTime();
    final long signing = sendOneByOne(client, sender, count);
    final double elapsed = (System.nanoTime() - start) / 1e9;
    out.printf("%,d transfers one after another, each waiting for its receipt: %.2f s (signing %.2f s of it; "
        + "target <= 3 s)%n", count, elapsed, signing / 1e9);
  }

  /** Signs, sends and awaits the receipt of {@code count} transfers in turn; returns the nanoseconds spent signing. */
  private long sendOneByOne(final RpcBenchClient client, final Credentials sender, final int count) throws Exception {
    BigInteger nonce = nextNonce(sender);
    long signing = 0;
    for (int i = 0; i < count; i++) {
      final long beforeSigning = System.nanoTime();
      final String tx = signTransfer(sender, nonce);
      signing += System.nanoTime() - beforeSigning;
      final String hash = client.call("eth_sendRawTransaction", tx).asText();
      final String status = client.awaitReceipt(hash).get("status").asText();
      if (!"0x1".equals(status)) {
        throw new IllegalStateException("transfer " + hash + " failed with status " + status);
      }
      nonce = nonce.add(BigInteger.ONE);
    }
    return signing;
  }

  // ------------------------------------------------------------------ set-up

  /**
   * {@code count} fresh accounts, each funded with 100 ETH by dev account 0. Their keys are derived
   * from {@code purpose}, so the same accounts come back on every run.
   */
  private List<Credentials> fundedAccounts(final String purpose, final int count) throws Exception {
    final Credentials funder = DevAccounts.all().get(0).credentials();
    final List<Credentials> accounts = new ArrayList<>();
    BigInteger nonce = nextNonce(funder);
    final List<String> hashes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      final byte[] seed = ("rollup-lab rpc-bench " + purpose + " " + i).getBytes(StandardCharsets.UTF_8);
      final Credentials account = Credentials.create(ECKeyPair.create(Hash.sha3(seed)));
      accounts.add(account);
      final RawTransaction funding = RawTransaction.createEtherTransaction(chainId, nonce, TRANSFER_GAS,
          account.getAddress(), FUNDING, TIP, MAX_FEE);
      hashes.add(setup.call("eth_sendRawTransaction", Numeric.toHexString(TransactionEncoder.signMessage(funding, funder)))
          .asText());
      nonce = nonce.add(BigInteger.ONE);
    }
    for (final String hash : hashes) {
      setup.awaitReceipt(hash);
    }
    return accounts;
  }

  private BigInteger nextNonce(final Credentials account) throws Exception {
    return Numeric.decodeQuantity(setup.call("eth_getTransactionCount", account.getAddress(), "pending").asText());
  }

  /** Runs every task on its own thread, all at once, and returns their results in order. */
  private static <T> List<T> runAll(final List<Callable<T>> tasks) throws Exception {
    final ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
    try {
      final List<Future<T>> futures = threads.invokeAll(tasks);
      final List<T> results = new ArrayList<>();
      for (final Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }

  public static void main(final String[] args) throws Exception {
    if (args.length > 0) {
      new RpcBench(args[0], System.out).run(Settings.defaults());
    } else {
      runInProcess(Settings.defaults(), System.out);
    }
  }
}
