package io.rolluplab.rollup.store;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.h2.store.fs.FileUtils;

/**
 * Everything the rollup must not forget, in H2: the event log, L2 blocks and transactions (sealed,
 * and accepted but not yet sealed), batches, deposits, withdrawals, disputes and proofs, the
 * teaching faults switched on and the mirror's place in the log, one small table class each. In
 * memory by default; in a file under {@code --data-dir}, where a restart finds it all again.
 *
 * <p><b>Durability.</b> Every write method returns only after its transaction is committed. For a
 * file database the URL sets {@code WRITE_DELAY=0}: with H2's default (a background writer that
 * saves commits every 500 ms) a {@code kill -9} loses the last half second of commits, which
 * {@code RollupStoreRestartTest} shows. With it, each commit is written to the file before the
 * method returns, so what a method stored survives the process being killed. H2 does not fsync
 * each commit, so an operating-system crash or power cut may still lose the last commits.
 */
public final class RollupStore implements AutoCloseable {
  /** The page cache of an in-memory store, in KB: H2's default (64 MB) would hold most of a long run as objects. */
  private static final int MEMORY_CACHE_KB = 4096;

  private final Jdbc jdbc;
  /** What {@link #close} does after closing the connection: delete an in-memory store's files. */
  private final Runnable afterClose;
  private final List<Migration> migrationsRun;
  private final EventTable events;
  private final L2BlockTable l2Blocks;
  private final L2TransactionTable l2Transactions;
  private final PendingTransactionTable pendingTransactions;
  private final BatchTable batches;
  private final DepositTable deposits;
  private final WithdrawalTable withdrawals;
  private final DisputeTable disputes;
  private final ProofTable proofs;
  private final ProofCheckTable proofChecks;
  private final DeploymentTable deployment;
  private final L1ProgressTable l1Progress;
  private final FaultTable faults;
  private final MirrorProgressTable mirrorProgress;

  private RollupStore(final String url, final Runnable afterClose) {
    this.afterClose = afterClose;
    try {
      this.jdbc = new Jdbc(() -> DriverManager.getConnection(url));
    } catch (SQLException e) {
      throw new StoreException("could not open the store at " + url + ": " + e.getMessage()
          + "; is another Rollup Lab running on the same --data-dir?", e);
    }
    try {
      this.migrationsRun = Schema.migrate(jdbc);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
    this.events = new EventTable(jdbc);
    this.l2Blocks = new L2BlockTable(jdbc);
    this.l2Transactions = new L2TransactionTable(jdbc);
    this.pendingTransactions = new PendingTransactionTable(jdbc);
    this.batches = new BatchTable(jdbc);
    this.deposits = new DepositTable(jdbc);
    this.withdrawals = new WithdrawalTable(jdbc);
    this.disputes = new DisputeTable(jdbc);
    this.proofs = new ProofTable(jdbc);
    this.proofChecks = new ProofCheckTable(jdbc);
    this.deployment = new DeploymentTable(jdbc);
    this.l1Progress = new L1ProgressTable(jdbc);
    this.faults = new FaultTable(jdbc);
    this.mirrorProgress = new MirrorProgressTable(jdbc);
  }

  /**
   * A store that lives until it is closed: a private database of its own in a file that H2 keeps
   * in memory ({@code memFS:}), and deletes at {@link #close}.
   *
   * <p>Why not H2's plain in-memory database ({@code jdbc:h2:mem:})? That one keeps every row as
   * Java objects, one per column value, about 1 KB per stored transaction or event: a hundred
   * thousand transfers filled 180 MB of heap. In a file, even an in-memory one, rows are written
   * as compact bytes, and only a bounded cache of pages ({@code CACHE_SIZE}, in KB) is kept as
   * objects. Nothing is lost by it: a process that ends loses the in-memory database either way.
   *
   * <p>The file is still on the heap, so it is kept small. H2 writes every change as a new chunk at
   * a free place in the file and never edits a chunk; by default it keeps a chunk whose pages were
   * all replaced for 45 s ({@code RETENTION_TIME}), in case a disk has not written the chunks that
   * replaced it yet. A file in memory has no such disk, so {@code RETENTION_TIME=0} frees that
   * space at once and H2's background writer moves the pages still live out of mostly empty chunks,
   * so new chunks reuse it; without it the file only grew, to three times the rows it held.
   *
   * <p>Its pages are not compressed: {@code COMPRESS=TRUE} made the file a fifth smaller (28 instead
   * of 34 MB after 30,000 transfers), but it also makes H2 split pages at 64 KB instead of 4 KB,
   * so each row written dirties a 64 KB page that the background writer serializes and compresses
   * again: without it H2's background threads took 90 instead of 281 µs of CPU per transfer in the
   * 30,000-transfer bench, and the garbage collector 61 instead of 117. The price shows at 100,000
   * transfers: a file of 98 instead of 76 MB, which the collector then works around more often.
   */
  public static RollupStore inMemory() {
    final String file = "memFS:rollup-" + UUID.randomUUID();
    return new RollupStore("jdbc:h2:" + file + ";CACHE_SIZE=" + MEMORY_CACHE_KB + ";RETENTION_TIME=0",
        () -> deleteFiles(file));
  }

  /** A store in {@code dataDir} (created if missing), as {@code rollup.mv.db}. */
  public static RollupStore inDirectory(final Path dataDir) {
    return new RollupStore(fileUrl(dataDir), () -> { });
  }

  static String fileUrl(final Path dataDir) {
    return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("rollup") + ";WRITE_DELAY=0";
  }

  /** The schema version the database is at now. */
  public int schemaVersion() {
    return Schema.currentVersion(jdbc);
  }

  /** The migrations this open applied; empty when the database was already up to date. */
  public List<Migration> migrationsRun() {
    return migrationsRun;
  }

  /**
   * Runs {@code work}, which writes to several tables, as one transaction: a crash keeps all of its
   * writes or none, and it commits once instead of once per write.
   */
  public void inOneTransaction(final Runnable work) {
    jdbc.inTransaction(work);
  }

  public EventTable events() {
    return events;
  }

  public L2BlockTable l2Blocks() {
    return l2Blocks;
  }

  public L2TransactionTable l2Transactions() {
    return l2Transactions;
  }

  public PendingTransactionTable pendingTransactions() {
    return pendingTransactions;
  }

  public BatchTable batches() {
    return batches;
  }

  public DepositTable deposits() {
    return deposits;
  }

  public WithdrawalTable withdrawals() {
    return withdrawals;
  }

  public DisputeTable disputes() {
    return disputes;
  }

  public ProofTable proofs() {
    return proofs;
  }

  public ProofCheckTable proofChecks() {
    return proofChecks;
  }

  public DeploymentTable deployment() {
    return deployment;
  }

  public L1ProgressTable l1Progress() {
    return l1Progress;
  }

  public FaultTable faults() {
    return faults;
  }

  public MirrorProgressTable mirrorProgress() {
    return mirrorProgress;
  }

  /**
   * The size of the database file in bytes: for an in-memory store, what its rows take on the heap
   * (H2's page cache comes on top).
   */
  public long fileSize() {
    return jdbc.queryOne("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILE_SIZE'",
        r -> Long.parseLong(r.getString(1))).orElse(0L);
  }

  @Override
  public void close() {
    try {
      jdbc.close();
    } finally {
      afterClose.run();
    }
  }

  private static void deleteFiles(final String file) {
    FileUtils.deleteRecursive(file + ".mv.db", true);
    FileUtils.deleteRecursive(file + ".trace.db", true);
  }
}
