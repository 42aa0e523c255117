package io.rolluplab.rollup.store;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Everything the rollup must not forget, in H2: the event log, L2 blocks and transactions,
 * batches, deposits, withdrawals, disputes and proofs, one small table class each. In memory by
 * default; in a file under {@code --data-dir}, where a restart finds it all again.
 *
 * <p><b>Durability.</b> Every write method returns only after its transaction is committed. For a
 * file database the URL sets {@code WRITE_DELAY=0}: with H2's default (a background writer that
 * saves commits every 500 ms) a {@code kill -9} loses the last half second of commits, which
 * {@code RollupStoreRestartTest} shows. With it, each commit is written to the file before the
 * method returns, so what a method stored survives the process being killed. H2 does not fsync
 * each commit, so an operating-system crash or power cut may still lose the last commits.
 */
public final class RollupStore implements AutoCloseable {
  private final Jdbc jdbc;
  private final List<Migration> migrationsRun;
  private final EventTable events;
  private final L2BlockTable l2Blocks;
  private final L2TransactionTable l2Transactions;
  private final BatchTable batches;
  private final DepositTable deposits;
  private final WithdrawalTable withdrawals;
  private final DisputeTable disputes;
  private final ProofTable proofs;
  private final DeploymentTable deployment;
  private final L1ProgressTable l1Progress;

  private RollupStore(final String url) {
    try {
      this.jdbc = new Jdbc(DriverManager.getConnection(url));
    } catch (SQLException e) {
      throw new StoreException("could not open the store at " + url + ": " + e.getMessage()
          + "; is another Rollup Lab running on the same --data-dir?", e);
    }
    try {
      this.migrationsRun = Schema.migrate(jdbc);
    } catch (RuntimeException e) {
      jdbc.close();
      throw e;
    }
    this.events = new EventTable(jdbc);
    this.l2Blocks = new L2BlockTable(jdbc);
    this.l2Transactions = new L2TransactionTable(jdbc);
    this.batches = new BatchTable(jdbc);
    this.deposits = new DepositTable(jdbc);
    this.withdrawals = new WithdrawalTable(jdbc);
    this.disputes = new DisputeTable(jdbc);
    this.proofs = new ProofTable(jdbc);
    this.deployment = new DeploymentTable(jdbc);
    this.l1Progress = new L1ProgressTable(jdbc);
  }

  /**
   * A store that lives as long as the process: a private in-memory database of its own ({@code
   * DB_CLOSE_DELAY=-1} keeps H2 from dropping it between connections).
   */
  public static RollupStore inMemory() {
    return new RollupStore("jdbc:h2:mem:rollup-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  /** A store in {@code dataDir} (created if missing), as {@code rollup.mv.db}. */
  public static RollupStore inDirectory(final Path dataDir) {
    return new RollupStore(fileUrl(dataDir));
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

  public EventTable events() {
    return events;
  }

  public L2BlockTable l2Blocks() {
    return l2Blocks;
  }

  public L2TransactionTable l2Transactions() {
    return l2Transactions;
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

  public DeploymentTable deployment() {
    return deployment;
  }

  public L1ProgressTable l1Progress() {
    return l1Progress;
  }

  @Override
  public void close() {
    jdbc.close();
  }
}
