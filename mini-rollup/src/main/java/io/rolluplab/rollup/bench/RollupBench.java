package io.rolluplab.rollup.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.bench.TimedL1.Phase;
import io.rolluplab.rollup.bench.TimedL1.Sent;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.event.EventLog;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.node.RollupNodeConfig;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.RollupStore;
import io.rolluplab.rollup.store.StoredEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * L2 transfers per second end to end, on an in-memory devnet with a {@link RollupNode} whose roles
 * all run as in the product, in either mode: the sequencer checks every signature, the batcher posts
 * every batch (a transaction to the inbox, or {@code commitBatch} in zk mode, run by the devnet's EVM), and
 * the proposer and the challenger (the prover and the executor) each derive the L2 from L1's data
 * alone and execute every item again.
 *
 * <p>One run: fund {@code senders} accounts by L1 deposits and wait until they are batched, and
 * sign {@code transfers} transfers (each sender in turn, nonce after nonce; wallets sign, not the
 * rollup, so this is not timed); then, on a client thread, submit them while the node ticks on its
 * own thread. The clock runs from the first submission to the L1 block holding the last transfer's
 * batch. It prints where the time went, the L1 gas of each
 * phase per transfer and per full batch, the time from the last transfer's L2 inclusion to its
 * batch's finality (optimistic: the L1 clock is fast-forwarded past the challenge window), and the
 * peak memory. It prints figures and asserts nothing, except that every transfer landed and the
 * L2 derived from L1 matches the sequencer's.
 */
public final class RollupBench {
  private static final BigInteger FUNDING = BigInteger.TEN.pow(18);
  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
  private static final Duration PATIENCE = Duration.ofMinutes(2);
  /**
   * How often the bench looks at the node while the clock runs. Not more often: each look takes
   * the sequencer's lock and a core the node could use (every 2 ms, the bench's own thread used
   * half as much CPU as the node's). The end time does not depend on it: it is when the last batch
   * was mined.
   */
  private static final Duration POLL_EVERY = Duration.ofMillis(20);
  /**
   * Instead of the product's 10 s. While the client sends, a batch fills in about 20 ms, so the age
   * limit decides mostly when the last, partly filled batch goes out: its wait is latency, not work,
   * and with 1 s it was a third of a 10,000-transfer run (2.7 s, of it 1.0 s after the last
   * submission; with 250 ms, 0.3 s). The price: a batch whose first block was sealed before a long
   * turn of the node (a collection, the challenger's turn) goes out partly filled more often, 273
   * of 1,060 batches in a 100,000-transfer run instead of 43 of 1,013, so 1 % more gas per transfer.
   */
  private static final Duration BATCH_MAX_AGE = Duration.ofMillis(250);
  /**
   * Instead of the lab's {@link RollupNodeConfig#DEFAULT_PROVING_DELAY}: the simulated prover's
   * wait is a setting, not work, so the bench keeps it short and reports the configured one apart.
   */
  private static final Duration BENCH_PROVING_DELAY = Duration.ofMillis(10);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The first run's first sender key; each run's senders have keys of their own after it. */
  private static final long FIRST_KEY = 0xbe4c_0000L;
  /** Runs started in this process, warm-ups included: what gives each run its own keys. */
  private static final AtomicInteger RUNS = new AtomicInteger();
  /** How long to wait at most for the JIT compilers to finish their queue before the clock starts. */
  private static final Duration JIT_PATIENCE = Duration.ofSeconds(60);
  /** The JIT counts as done when it used less than this share of one core over {@link #JIT_PROBE}. */
  private static final double JIT_IDLE_SHARE = 0.05;
  private static final Duration JIT_PROBE = Duration.ofSeconds(1);

  /**
   * What to run.
   *
   * @param modes the modes to measure, each in turn, on a devnet of its own
   * @param transfers the transfer count of each run, in order
   * @param senders how many accounts send them, each in turn
   * @param batchItems the most items a batch (and so a block) holds
   * @param dataDir where each run keeps its rollup store on disk (a fresh sub-directory per run), as
   *     {@code --data-dir} does; null keeps it in memory, where its rows are bytes in an in-memory file, on the heap
   * @param warmUp transfers of an unmeasured run before each mode's measured runs (0: none), see {@link #warmUp}
   */
  public record Settings(List<RollupMode> modes, List<Integer> transfers, int senders, int batchItems, Path dataDir,
      int warmUp) {}

  private final PrintStream out;
  /** Where a run says what it is doing while it works (funding, signing, the clock's progress). */
  private final PrintStream progress;

  public RollupBench(final PrintStream out) {
    this(out, out);
  }

  private RollupBench(final PrintStream out, final PrintStream progress) {
    this.out = out;
    this.progress = progress;
  }

  public void run(final Settings settings) throws Exception {
    out.printf("Rollup bench: %d CPU cores, max heap %,d MB, %,d senders, batches of at most %d items posted when full"
            + " or %d ms after their first block, L2 blocks every millisecond while there is something to seal%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, settings.senders(),
        settings.batchItems(), BATCH_MAX_AGE.toMillis());
    out.println(settings.dataDir() == null ? "  rollup store in memory (its rows are bytes in an in-memory file, on the heap)"
        : "  rollup store on disk under " + settings.dataDir() + " (H2 keeps a bounded cache on the heap)");
    for (final RollupMode mode : settings.modes()) {
      warmUp(mode, settings);
      for (final int transfers : settings.transfers()) {
        runOnce(mode, transfers, settings);
        System.gc();
      }
    }
  }

  /**
   * Runs {@code settings.warmUp()} transfers through a node of its own before the measured runs,
   * printing its progress and, of its report, only its headline. The JIT compiler turns the hot
   * code of the sequencer, the EVM, the state tree, H2 and the curve arithmetic into machine code
   * during the first tens of thousands of transfers, and while it does, its threads take the cores
   * the node needs (in a cold run of 30,000 transfers they used more CPU than the node's and the
   * client's threads together). A node pays that once when it starts; a steady-state figure should
   * not include it, as JMH's warm-up iterations leave it out. {@code --warm-up 0} measures a cold JVM.
   *
   * <p>The command's default warm-up is as large as its largest run, as a JMH warm-up iteration is
   * the same work as a measured one. A shorter one is not enough: on two cores the JVM has a single
   * optimizing compiler thread, it raises its thresholds while its queue is long, and methods called
   * once per block or batch reach it late. After a 10,000-transfer warm-up the compilers still took
   * 87–98 µs of CPU per transfer in a 100,000-transfer run, after a 100,000-transfer one 18–37.
   */
  private void warmUp(final RollupMode mode, final Settings settings) throws Exception {
    if (settings.warmUp() == 0) {
      return;
    }
    out.printf("  warming up: %,d %s transfers through a node of their own (not measured)…%n", settings.warmUp(), mode);
    final ByteArrayOutputStream report = new ByteArrayOutputStream();
    final long start = System.nanoTime();
    new RollupBench(new PrintStream(report, true, StandardCharsets.UTF_8), out) // its progress shows, its report not
        .runOnce(mode, settings.warmUp(), settings);
    final String headline = report.toString(StandardCharsets.UTF_8).lines()
        .filter(line -> line.startsWith(mode.toString())).findFirst().orElse("(no headline)");
    out.printf("  warm-up done in %.1f s; cold, it measured: %s%n", (System.nanoTime() - start) / 1e9, headline);
    System.gc();
  }

  /**
   * Waits until the JIT compilers have worked off their queue before the clock starts. Funding the
   * senders (deposits, gas estimates) and signing the transfers (web3j's and BouncyCastle's code)
   * make methods hot that the run never calls; without the wait, the JIT compiled them in the
   * measured run, on the cores the node needed.
   */
  private void awaitJitIdle() throws InterruptedException {
    final long start = System.nanoTime();
    long before = JvmThreadCpu.now().getOrDefault(JvmThreadCpu.Kind.JIT, 0L);
    while (System.nanoTime() - start < JIT_PATIENCE.toNanos()) {
      Thread.sleep(JIT_PROBE.toMillis());
      final long now = JvmThreadCpu.now().getOrDefault(JvmThreadCpu.Kind.JIT, 0L);
      if (now - before < JIT_IDLE_SHARE * JIT_PROBE.toNanos()) {
        progress.printf("  the JIT compilers finished their queue in %.1f s; the clock starts%n", (System.nanoTime() - start) / 1e9);
        return;
      }
      before = now;
    }
    progress.printf("  the JIT compilers were still busy after %d s; the clock starts anyway%n", JIT_PATIENCE.toSeconds());
  }

  private static RollupStore store(final Settings settings, final int transfers) throws IOException {
    if (settings.dataDir() == null) {
      return RollupStore.inMemory();
    }
    return RollupStore.inDirectory(Files.createTempDirectory(Files.createDirectories(settings.dataDir()),
        "run-" + transfers + "-"));
  }

  private void runOnce(final RollupMode mode, final int transfers, final Settings settings) throws Exception {
    final Devnet devnet = Devnet.start(DevnetConfig.defaults());
    final RollupNodeConfig config = RollupNodeConfig.defaults().withMode(mode).withProvingDelay(BENCH_PROVING_DELAY)
        .withBlockInterval(Duration.ofMillis(1)).withBatchLimits(settings.batchItems(), BATCH_MAX_AGE);
    final TimedL1 l1 = new TimedL1(new EmbeddedL1(devnet), OptimisticRollupContract.batchInbox(config.l2ChainId()));
    final List<Phase> phases = Phase.of(mode);
    try (RollupNode node = RollupNode.deploy(l1, DevAccounts.all().get(9).credentials(),
        DevAccounts.all().get(8).credentials(), config, store(settings, transfers), Clock.systemUTC()).start(0)) {
      l1.countCommittedItemsWith(i -> node.store().batches().get(i).orElseThrow().itemCount());
      final TransferClient client = new TransferClient(node, config.l2ChainId(), settings.senders(), transfers,
          FIRST_KEY + (long) RUNS.getAndIncrement() * settings.senders());
      fund(node, l1, client.senders(), phases);
      progress.printf("  signing %,d transfers (before the clock starts)…%n", transfers);
      client.sign();
      awaitJitIdle();
      final Snapshot before = new Snapshot(node, l1, phases.get(0));
      resetPeaks();
      final Thread clientThread = new Thread(client::run, "bench-client");
      final CpuTime cpuBefore = CpuTime.now(clientThread, client);
      final long start = System.nanoTime();
      clientThread.start();
      final Posted posted = awaitPosted(node, l1, client, clientThread, before, transfers, start);
      final long includedAt = posted.includedAt();
      final CpuTime atEnd = CpuTime.now(clientThread, client);
      final CpuTime cpu = atEnd.minus(cpuBefore);
      final CpuTime secondHalf = atEnd.minus(posted.cpuAtHalf());
      final List<Sent> posts = before.since(l1, phases.get(0));
      final long end = posts.get(posts.size() - 1).minedAt();
      clientThread.join();
      final long lastBatch = l1.sent(phases.get(0)).size() - 1;
      final long settled = awaitPhase(l1, phases.get(1), lastBatch);
      final String finality;
      if (mode == RollupMode.ZK) {
        finality = String.format("%.0f ms, with a proving delay of %d ms per batch (configured for the lab: %d s; a"
                + " real prover: minutes, which then dominate)", (awaitPhase(l1, phases.get(2), lastBatch)
                - includedAt) / 1e6, BENCH_PROVING_DELAY.toMillis(),
            RollupNodeConfig.DEFAULT_PROVING_DELAY.toSeconds());
      } else {
        await(() -> confirmed(node.events(), lastBatch), () -> "the challenger to confirm batch " + lastBatch
            + failures(node));
        final long pastWindow = System.nanoTime();
        // the devnet's block times run ahead of the wall clock while it mines more than a block a second,
        // and the window counts from the proposal's block time: jump past it from the latest block's time
        final long ahead = Math.max(0, l1.latestBlock().timestamp() - Instant.now().getEpochSecond());
        l1.increaseTime(config.challengePeriod().toSeconds() + ahead + 1);
        l1.mine();
        final long finalized = awaitPhase(l1, phases.get(2), lastBatch);
        finality = String.format("%d-day challenge window + %.0f ms measured (inclusion to root proposed %.0f ms,"
                + " L1 clock past the window to finalize mined %.0f ms)", config.challengePeriod().toDays(),
            (settled - includedAt + finalized - pastWindow) / 1e6, (settled - includedAt) / 1e6,
            (finalized - pastWindow) / 1e6);
      }
      final String check = checkOutcome(node, client);
      report(mode, transfers, settings, node, l1, client, before, start, end, settled, finality, check, cpu,
          secondHalf, transfers - posted.postedAtHalf());
    } finally {
      devnet.close();
    }
  }

  /** Deposits {@link #FUNDING} to each sender from dev account 0 and waits until they are on L2 and batched. */
  private void fund(final RollupNode node, final TimedL1 l1, final List<Address> senders, final List<Phase> phases)
      throws Exception {
    progress.printf("  funding %,d senders by L1 deposits…%n", senders.size());
    for (final Address sender : senders) {
      l1.sendAndWait(DevAccounts.all().get(0).credentials(),
          L1Transaction.call(node.deployment().bridge(), BridgeContract.deposit(sender)).withValue(FUNDING));
    }
    await(() -> l1.sent(phases.get(0)).stream().mapToInt(Sent::items).sum() >= senders.size()
        && l1.sent(phases.get(1)).size() == l1.sent(phases.get(0)).size(),
        "the deposits to be batched and their roots proposed (proven)");
  }

  /**
   * When the last transfer was in an L2 block (seen to within the {@link #POLL_EVERY} this loop sleeps), and the
   * CPU time used when at least half of the transfers were posted, with how many were.
   */
  private record Posted(long includedAt, CpuTime cpuAtHalf, int postedAtHalf) {}

  /**
   * Waits until L1 holds batches with {@code transfers} items posted after {@code before}, printing
   * progress.
   */
  private Posted awaitPosted(final RollupNode node, final TimedL1 l1, final TransferClient client,
      final Thread clientThread, final Snapshot before, final int transfers, final long start)
      throws InterruptedException {
    long nextProgress = start + PROGRESS_EVERY.toNanos();
    final int last = (transfers - 1) % client.senders().size();
    long includedAt = 0;
    CpuTime cpuAtHalf = null;
    int postedAtHalf = 0;
    while (true) {
      if (includedAt == 0
          && node.l2().account(client.senders().get(last), false).nonce() == client.transfersOf(last)) {
        includedAt = System.nanoTime();
      }
      final int posted = before.since(l1, before.post).stream().mapToInt(Sent::items).sum();
      if (cpuAtHalf == null && posted >= transfers / 2) {
        cpuAtHalf = CpuTime.now(clientThread, client);
        postedAtHalf = posted;
      }
      if (posted >= transfers) {
        return new Posted(includedAt, cpuAtHalf, postedAtHalf);
      }
      if (client.failure() != null) {
        throw new IllegalStateException("the bench client stopped: " + client.failure(), client.failure());
      }
      final long now = System.nanoTime();
      if (now >= nextProgress) {
        progress.printf("  %5.1f s: %,d submitted, %,d posted on L1%n", (now - start) / 1e9, client.submitted(), posted);
        nextProgress += PROGRESS_EVERY.toNanos();
      }
      Thread.sleep(POLL_EVERY.toMillis());
    }
  }

  /** Waits for {@code phase}'s transaction about batch {@code batchIndex}; returns when it was mined. */
  private long awaitPhase(final TimedL1 l1, final Phase phase, final long batchIndex) throws InterruptedException {
    await(() -> find(l1.sent(phase), batchIndex) != null, phase.label() + " of batch " + batchIndex);
    return find(l1.sent(phase), batchIndex).minedAt();
  }

  private static Sent find(final List<Sent> sent, final long batchIndex) {
    return sent.stream().filter(s -> s.batchIndex() == batchIndex).findFirst().orElse(null);
  }

  /** The roles' failures in this run, as "; the challenger failed: …", or nothing. */
  private static String failures(final RollupNode node) {
    return node.events().ofType("TickFailed").stream().map(event -> "; " + event.sentence()).distinct()
        .collect(Collectors.joining());
  }

  /**
   * Whether the challenger reported batch {@code batchIndex}'s root as the one it derived. Looked up
   * in the whole log, not after a sequence the bench read at some moment: the node posts a batch,
   * proposes its root and has the challenger confirm it in one tick, so the confirmation can be
   * stored before the bench even sees the batch on L1 (a run of 10,000 transfers once waited in vain).
   */
  static boolean confirmed(final EventLog events, final long batchIndex) {
    return events.ofType("RootConfirmed").stream().anyMatch(event -> batchIndexOf(event) == batchIndex);
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
    final Bytes32 derived = node.derivedState().root();
    if (!sequenced.equals(derived)) {
      throw new IllegalStateException("the L2 derived from L1 has root " + derived + ", the sequencer's " + sequenced);
    }
    return "every transfer landed; the L2 derived from L1 has the sequencer's state root";
  }

  private void report(final RollupMode mode, final int transfers, final Settings settings, final RollupNode node,
      final TimedL1 l1, final TransferClient client, final Snapshot before, final long start, final long end,
      final long settled, final String finality, final String check, final CpuTime cpu, final CpuTime secondHalf,
      final int secondHalfTransfers) {
    final double seconds = (end - start) / 1e9;
    final Map<String, Duration> roles = node.timeSpent();
    final List<Phase> phases = Phase.of(mode);
    final List<Sent> posts = before.since(l1, phases.get(0));
    final double posting = posts.stream().mapToLong(Sent::sending).sum() / 1e9;
    out.printf("%s, %,d transfers: %.2f s, %,.0f transfers/s end to end (first submission to last batch mined on L1)%n",
        mode, transfers, seconds, transfers / seconds);
    final List<String> checkers = mode == RollupMode.ZK ? List.of("prover", "executor") : List.of("proposer", "challenger");
    out.printf("  signed before the clock started in %.2f s; thread time (client and node run side by side): client"
            + " submitting %.2f s; node sealing %.2f s, batching %.2f s, posting on L1 %.2f s, %s %.2f s, %s %.2f s%n",
        client.signingNanos() / 1e9, client.submittingNanos() / 1e9, before.spentSince(roles, "sequencer"),
        before.spentSince(roles, "batcher") - posting, posting, checkers.get(0), before.spentSince(roles, checkers.get(0)),
        checkers.get(1), before.spentSince(roles, checkers.get(1)));
    out.printf("  CPU time until the last batch was posted: the process %.2f s (%.0f µs per transfer), of which the node's"
            + " thread %.2f s (%.0f µs) and the client's %.2f s; so on %d otherwise idle cores at most %,.0f transfers/s"
            + " (the node's thread, which runs every role, or all cores busy, whichever limits first)%n",
        cpu.process() / 1e9, cpu.process() / 1e3 / transfers, cpu.node() / 1e9, cpu.node() / 1e3 / transfers,
        cpu.client() / 1e9, Runtime.getRuntime().availableProcessors(), Math.min(transfers / (cpu.node() / 1e9),
            Runtime.getRuntime().availableProcessors() * transfers / (cpu.process() / 1e9)));
    out.printf("  CPU µs per transfer by thread, %s%n", cpu.byThread(transfers));
    out.printf("  the same over the second half of the run (the last %,d transfers posted; by then the JIT compiler has"
            + " compiled most of the hot code, a cost a long-running node pays once): %s%n", secondHalfTransfers,
        secondHalf.byThread(secondHalfTransfers));
    final StringBuilder perTransfer = new StringBuilder();
    final StringBuilder perBatch = new StringBuilder();
    final List<Sent> full = posts.stream().filter(p -> p.items() == settings.batchItems()).toList();
    for (final Phase phase : phases) {
      final List<Sent> ofRun = before.since(l1, phase);
      perTransfer.append(String.format("; %s %,.0f gas", phase.label(),
          ofRun.stream().mapToLong(Sent::gasUsed).sum() / (double) transfers));
      final double mean = full.stream().mapToLong(p -> find(ofRun, p.batchIndex()).gasUsed()).average().orElse(0);
      perBatch.append(String.format("; %s %,.0f gas (%,.0f per transfer)", phase.label(), mean,
          mean / settings.batchItems()));
    }
    out.printf("  L1 per transfer, all %d batches%s; %s calldata %.1f bytes%n", posts.size(), perTransfer,
        phases.get(0).label(), posts.stream().mapToLong(Sent::inputBytes).sum() / (double) transfers);
    if (!full.isEmpty()) {
      out.printf("  a batch of %d transfers (mean of %d)%s; calldata %,.0f bytes%n", settings.batchItems(), full.size(),
          perBatch, full.stream().mapToLong(Sent::inputBytes).average().orElse(0));
      out.println(whereThePostGoes(phases.get(0), full, settings.batchItems()));
    }
    out.printf("  after the last post: its root %s %.0f ms later%n",
        mode == RollupMode.ZK ? "proven" : "proposed", (settled - end) / 1e6);
    out.printf("  the last transfer, from its L2 inclusion to its batch's finality: %s%n", finality);
    final long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    System.gc();
    final String storeFile = settings.dataDir() != null ? ""
        : String.format(" (of which the in-memory store's file %,d MB)", node.store().fileSize() >> 20);
    out.printf("  memory: peak heap %,d MB, heap after GC %,d MB%s, peak RSS (VmHWM) %s%n", peakHeap >> 20,
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20, storeFile, procStatus("VmHWM"));
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

  /**
   * Where a full batch's posting gas goes: the transaction's base cost, its calldata and the
   * contract's execution. An optimistic batch goes to the inbox, an address without code, so it is
   * the base and its calldata alone; a zk commit pays the ABI's framing and the contract too.
   */
  private static String whereThePostGoes(final Phase post, final List<Sent> full, final int items) {
    final double gas = full.stream().mapToLong(Sent::gasUsed).average().orElse(0);
    final double input = full.stream().mapToLong(Sent::inputGas).average().orElse(0);
    final double posted = full.stream().mapToLong(Sent::postedGas).average().orElse(0);
    final long base = TimedL1.GAS.txBase();
    if (post == Phase.POST_BATCH) {
      return String.format("  where a full batch's gas goes: %,d the transaction, %,.0f its calldata (%,.0f per"
          + " transfer), %,.0f executing code: the inbox has none", base, input, input / items, gas - base - input);
    }
    return String.format("  where a full batch's %s gas goes: %,d the transaction, %,.0f its calldata (of it %,.0f the"
            + " posted bytes, the rest the ABI's framing), %,.0f the contract", post.label(), base, input, posted,
        gas - base - input);
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
    await(condition, () -> what);
  }

  /** As {@link #await(BooleanSupplier, String)}, with {@code what} said only if the wait fails. */
  private void await(final BooleanSupplier condition, final Supplier<String> what) throws InterruptedException {
    final long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("waited " + PATIENCE.toMinutes() + " minutes for " + what.get());
      }
      Thread.sleep(1);
    }
  }

  /**
   * CPU time used so far, in nanoseconds: by the whole process, by the node's thread, by the
   * client's and by the JVM's own threads (JIT, GC; see {@link JvmThreadCpu}). On a machine that
   * others share, wall-clock rates fall with their load; CPU time does not, so the report gives both.
   */
  private record CpuTime(long process, long node, long client, Map<JvmThreadCpu.Kind, Long> jvm) {
    /** Now; the client's thread counts 0 before it starts. */
    static CpuTime now(final Thread clientThread, final TransferClient client) {
      final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      final long node = Thread.getAllStackTraces().keySet().stream()
          .filter(thread -> thread.getName().equals(RollupNode.THREAD_NAME))
          .mapToLong(thread -> threads.getThreadCpuTime(thread.getId())).sum();
      final long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
      return new CpuTime(process, node, clientCpu(clientThread, client), JvmThreadCpu.now());
    }

    /**
     * The client thread's CPU time: 0 before it starts; once it ended, what it measured itself as it
     * ended ({@link TransferClient#cpuNanos}), as Java forgets a thread's time once it is gone.
     */
    private static long clientCpu(final Thread clientThread, final TransferClient client) {
      final long nanos = ManagementFactory.getThreadMXBean().getThreadCpuTime(clientThread.getId());
      return nanos >= 0 ? nanos : clientThread.getState() == Thread.State.NEW ? 0 : client.cpuNanos();
    }

    CpuTime minus(final CpuTime before) {
      final Map<JvmThreadCpu.Kind, Long> jvmSince = new EnumMap<>(JvmThreadCpu.Kind.class);
      jvm.forEach((kind, nanos) -> jvmSince.put(kind, nanos - before.jvm.getOrDefault(kind, 0L)));
      return new CpuTime(process - before.process, node - before.node, client - before.client, jvmSince);
    }

    /** "the process N µs: node N, client N, JIT compilers N, …", each per transfer, over {@code transfers}. */
    String byThread(final int transfers) {
      final long rest = process - node - client - jvm.values().stream().mapToLong(Long::longValue).sum();
      return String.format("the process %s: node %s, client %s, JIT compilers %s, garbage collector %s, the bench's"
              + " main thread (watching) %s, the rest %s", micros(process, transfers), micros(node, transfers),
          micros(client, transfers), jvmMicros(JvmThreadCpu.Kind.JIT, transfers),
          jvmMicros(JvmThreadCpu.Kind.GC, transfers), jvmMicros(JvmThreadCpu.Kind.BENCH_MAIN, transfers),
          jvm.isEmpty() ? "?" : micros(rest, transfers));
    }

    private String jvmMicros(final JvmThreadCpu.Kind kind, final int transfers) {
      return jvm.containsKey(kind) ? micros(jvm.get(kind), transfers) : "?";
    }

    private static String micros(final long nanos, final int transfers) {
      return String.format("%.0f", nanos / 1e3 / transfers);
    }
  }

  /** Where the node and L1 stood when the clock started. */
  private static final class Snapshot {
    private final Map<String, Duration> spent;
    private final Phase post;
    private final long firstBatch;

    Snapshot(final RollupNode node, final TimedL1 l1, final Phase post) {
      this.spent = node.timeSpent();
      this.post = post;
      this.firstBatch = l1.sent(post).size();
    }

    /** The transactions of {@code phase} about the batches posted since. */
    List<Sent> since(final TimedL1 l1, final Phase phase) {
      return l1.sent(phase).stream().filter(sent -> sent.batchIndex() >= firstBatch).toList();
    }

    double spentSince(final Map<String, Duration> now, final String role) {
      return now.get(role).minus(spent.getOrDefault(role, Duration.ZERO)).toNanos() / 1e9;
    }
  }
}
