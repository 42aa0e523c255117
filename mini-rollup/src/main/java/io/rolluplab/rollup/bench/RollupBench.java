package io.rolluplab.rollup.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.bench.TimedL1.Sent;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.node.RollupNodeConfig;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.RollupStore;
import io.rolluplab.rollup.store.StoredEvent;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * L2 transfers per second end to end, on an in-memory devnet with a {@link RollupNode} whose roles
 * all run as in the product: the sequencer checks every signature, the batcher posts every batch
 * with {@code postBatch} (run by the devnet's EVM), and the proposer and the challenger each derive
 * the L2 from L1's data alone and execute every item again.
 *
 * <p>One run: fund {@code senders} accounts by L1 deposits and wait until they are batched; then,
 * on a client thread, sign and submit {@code transfers} transfers (each sender in turn, nonce after
 * nonce) while the node ticks on its own thread. The clock runs from the first signature to the
 * L1 block holding the last transfer's batch. It prints where the time went, the L1 gas and
 * calldata each transfer costs, how long the proposer and the challenger took to catch up, and the
 * peak memory. It prints figures and asserts nothing, except that every transfer landed and the
 * L2 derived from L1 matches the sequencer's.
 */
public final class RollupBench {
  private static final BigInteger FUNDING = BigInteger.TEN.pow(18);
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
  private static final Duration PATIENCE = Duration.ofMinutes(2);
  /** Instead of the product's 10 s: the last, partly filled batch should not add 10 s of waiting to a run. */
  private static final Duration BATCH_MAX_AGE = Duration.ofSeconds(1);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What to run.
   *
   * @param transfers the transfer count of each run, in order
   * @param senders how many accounts send them, each in turn
   * @param batchItems the most items a batch (and so a block) holds
   */
  public record Settings(List<Integer> transfers, int senders, int batchItems) {}

  private final PrintStream out;

  public RollupBench(final PrintStream out) {
    this.out = out;
  }

  public void run(final Settings settings) throws Exception {
    out.printf("Rollup bench: %d CPU cores, max heap %,d MB, %,d senders, batches of at most %d items posted when full"
            + " or %d ms after their first block, L2 blocks every millisecond while there is something to seal%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, settings.senders(),
        settings.batchItems(), BATCH_MAX_AGE.toMillis());
    for (final int transfers : settings.transfers()) {
      runOnce(transfers, settings);
      System.gc();
    }
  }

  private void runOnce(final int transfers, final Settings settings) throws Exception {
    final Devnet devnet = Devnet.start(DevnetConfig.defaults());
    final TimedL1 l1 = new TimedL1(new EmbeddedL1(devnet));
    final RollupNodeConfig config = RollupNodeConfig.defaults().withBlockInterval(Duration.ofMillis(1))
        .withBatchLimits(settings.batchItems(), BATCH_MAX_AGE);
    try (RollupNode node = RollupNode.deploy(l1, DevAccounts.all().get(9).credentials(),
        DevAccounts.all().get(8).credentials(), config, RollupStore.inMemory(), Clock.systemUTC()).start(0)) {
      final TransferClient client = new TransferClient(node, config.l2ChainId(), settings.senders(), transfers);
      fund(node, l1, client.senders());
      final Snapshot before = new Snapshot(node, l1);
      resetPeaks();
      final Thread clientThread = new Thread(client::run, "bench-client");
      final long start = System.nanoTime();
      clientThread.start();
      final long seqBeforeLastPost = awaitPosted(node, l1, client, before, transfers, start);
      final List<Sent> posts = before.postsSince(l1);
      final long end = posts.get(posts.size() - 1).minedAt();
      clientThread.join();
      final long lastBatch = l1.posts().size() - 1;
      await(() -> l1.proposals().size() > lastBatch, "the proposer to propose a root for batch " + lastBatch);
      final long proposed = l1.proposals().get((int) lastBatch).minedAt();
      await(() -> confirmed(node, seqBeforeLastPost, lastBatch), "the challenger to confirm batch " + lastBatch);
      final long confirmed = System.nanoTime();
      final String check = checkOutcome(node, client);
      report(transfers, settings, node, l1, client, before, start, end, proposed, confirmed, check);
    } finally {
      devnet.close();
    }
  }

  /** Deposits {@link #FUNDING} to each sender from dev account 0 and waits until they are on L2 and batched. */
  private void fund(final RollupNode node, final TimedL1 l1, final List<Address> senders) throws Exception {
    out.printf("  funding %,d senders by L1 deposits…%n", senders.size());
    for (final Address sender : senders) {
      l1.sendAndWait(DevAccounts.all().get(0).credentials(),
          L1Transaction.call(node.deployment().bridge(), BridgeContract.deposit(sender)).withValue(FUNDING));
    }
    await(() -> l1.posts().stream().mapToInt(Sent::items).sum() >= senders.size()
        && l1.proposals().size() == l1.posts().size(), "the deposits to be batched and their roots proposed");
  }

  /**
   * Waits until L1 holds batches with {@code transfers} items posted after {@code before}, printing
   * progress; returns the event sequence at a moment before the last of them was mined.
   */
  private long awaitPosted(final RollupNode node, final TimedL1 l1, final TransferClient client,
      final Snapshot before, final int transfers, final long start) throws InterruptedException {
    long nextProgress = start + PROGRESS_EVERY.toNanos();
    while (true) {
      final long seq = node.events().lastSeq();
      final int posted = before.postsSince(l1).stream().mapToInt(Sent::items).sum();
      if (posted >= transfers) {
        return seq;
      }
      if (client.failure() != null) {
        throw new IllegalStateException("the bench client stopped: " + client.failure(), client.failure());
      }
      final long now = System.nanoTime();
      if (now >= nextProgress) {
        out.printf("  %5.1f s: %,d signed, %,d submitted, %,d posted on L1%n", (now - start) / 1e9,
            client.signed(), client.submitted(), posted);
        nextProgress += PROGRESS_EVERY.toNanos();
      }
      Thread.sleep(2);
    }
  }

  private static boolean confirmed(final RollupNode node, final long fromSeq, final long batchIndex) {
    for (final StoredEvent event : node.events().since(fromSeq)) {
      if (event.type().equals("RootConfirmed") && batchIndexOf(event) == batchIndex) {
        return true;
      }
    }
    return false;
  }

  private static long batchIndexOf(final StoredEvent event) {
    try {
      return JSON.readTree(event.payloadJson()).get("batchIndex").asLong();
    } catch (IOException e) {
      throw new IllegalStateException("event " + event.seq() + " has no readable payload: " + event.payloadJson(), e);
    }
  }

  /** Every sender's nonce says all its transfers landed, and the L2 derived from L1 is the sequencer's. */
  private static String checkOutcome(final RollupNode node, final TransferClient client) {
    final List<Address> senders = client.senders();
    for (int i = 0; i < senders.size(); i++) {
      final long nonce = node.l2().account(senders.get(i), false).nonce();
      if (nonce != client.transfersOf(i)) {
        throw new IllegalStateException("sender " + senders.get(i) + " has nonce " + nonce + " on L2, expected "
            + client.transfersOf(i) + ": not every transfer landed");
      }
    }
    final Bytes32 sequenced = node.l2().head().stateRoot();
    final Bytes32 derived = node.operatorView().state().root();
    if (!sequenced.equals(derived)) {
      throw new IllegalStateException("the L2 derived from L1 has root " + derived + ", the sequencer's " + sequenced);
    }
    return "every transfer landed; the L2 derived from L1 has the sequencer's state root";
  }

  private void report(final int transfers, final Settings settings, final RollupNode node, final TimedL1 l1,
      final TransferClient client, final Snapshot before, final long start, final long end, final long proposed,
      final long confirmed, final String check) {
    final double seconds = (end - start) / 1e9;
    final Map<String, Duration> roles = node.timeSpent();
    final List<Sent> posts = before.postsSince(l1);
    final List<Sent> proposals = before.proposalsSince(l1);
    final double posting = posts.stream().mapToLong(Sent::sending).sum() / 1e9;
    out.printf("%,d transfers: %.2f s, %,.0f transfers/s end to end (first signature to last batch mined on L1)%n",
        transfers, seconds, transfers / seconds);
    out.printf("  thread time (client and node run side by side): client signing %.2f s, submitting %.2f s; node"
            + " sealing %.2f s, batching %.2f s, posting on L1 %.2f s, proposer %.2f s, challenger %.2f s%n",
        client.signingNanos() / 1e9, client.submittingNanos() / 1e9, before.spentSince(roles, "sequencer"),
        before.spentSince(roles, "batcher") - posting, posting, before.spentSince(roles, "proposer"),
        before.spentSince(roles, "challenger"));
    final long gas = posts.stream().mapToLong(Sent::gasUsed).sum();
    final long bytes = posts.stream().mapToLong(Sent::inputBytes).sum();
    out.printf("  L1 per transfer: postBatch %,.0f gas, %.1f calldata bytes (%d batches); proposeRoot %,.0f gas%n",
        gas / (double) transfers, bytes / (double) transfers, posts.size(),
        proposals.stream().mapToLong(Sent::gasUsed).sum() / (double) transfers);
    posts.stream().filter(p -> p.items() == settings.batchItems()).findFirst().ifPresent(full -> out.printf(
        "  a batch of %d transfers: postBatch %,d gas (%,.0f per transfer), %,d calldata bytes (%.1f per transfer)%n",
        full.items(), full.gasUsed(), full.gasUsed() / (double) full.items(), full.inputBytes(),
        full.inputBytes() / (double) full.items()));
    out.printf("  after the last post: the proposer proposed its root %.0f ms later, the challenger confirmed it %.0f ms"
        + " later%n", (proposed - end) / 1e6, (confirmed - end) / 1e6);
    final long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    System.gc();
    out.printf("  memory: peak heap %,d MB, heap after GC %,d MB, peak RSS (VmHWM) %s%n", peakHeap >> 20,
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20, procStatus("VmHWM"));
    out.printf("  %s; %,d submissions waited for a full mempool%n", check, client.poolFullRetries());
  }

  /** Resets the heap pools' peaks and, where Linux allows it, the process's peak RSS. */
  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5"); // 5: reset VmHWM to the current RSS
    } catch (IOException | UnsupportedOperationException e) {
      // not Linux, or not allowed: VmHWM then covers the whole process
    }
  }

  /** A field of /proc/self/status, such as "VmHWM", or "unknown" off Linux. */
  private static String procStatus(final String field) {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith(field + ":"))
          .map(line -> line.substring(field.length() + 1).trim()).findFirst().orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private void await(final BooleanSupplier condition, final String what) throws InterruptedException {
    final long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("waited " + PATIENCE.toMinutes() + " minutes for " + what);
      }
      Thread.sleep(1);
    }
  }

  /** Where the node and L1 stood when the clock started. */
  private static final class Snapshot {
    private final Map<String, Duration> spent;
    private final int posts;
    private final int proposals;

    Snapshot(final RollupNode node, final TimedL1 l1) {
      this.spent = node.timeSpent();
      this.posts = l1.posts().size();
      this.proposals = l1.proposals().size();
    }

    List<Sent> postsSince(final TimedL1 l1) {
      final List<Sent> all = l1.posts();
      return all.subList(posts, all.size());
    }

    List<Sent> proposalsSince(final TimedL1 l1) {
      final List<Sent> all = l1.proposals();
      return all.subList(proposals, all.size());
    }

    double spentSince(final Map<String, Duration> now, final String role) {
      return now.get(role).minus(spent.getOrDefault(role, Duration.ZERO)).toNanos() / 1e9;
    }
  }
}
