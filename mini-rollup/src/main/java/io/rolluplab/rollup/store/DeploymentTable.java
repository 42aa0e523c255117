package io.rolluplab.rollup.store;

import io.rolluplab.devnet.types.Address;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Where the rollup's contracts live on L1: written at the first start, read by every later one. */
public final class DeploymentTable {
  private final Jdbc jdbc;

  /**
   * @param mode "OPTIMISTIC" or "ZK"
   * @param disputeGame the optimistic rollup's dispute game, null in zk mode
   * @param verifier the zk rollup's proof verifier, null in optimistic mode
   * @param l1Block the L1 block that created the contracts
   * @param batchFormat the batch format those contracts read ({@code BatchData.FORMAT} when they were deployed)
   * @param batcher the optimistic rollup's batcher account, null in zk mode
   * @param batchInbox the address its batches go to, null in zk mode
   * @param firstBatcherNonce the nonce of the batcher's transaction that is batch 0
   */
  public record Row(String mode, Address rollup, Address bridge, Address disputeGame, Address verifier,
      long l1Block, int batchFormat, Address batcher, Address batchInbox, long firstBatcherNonce) {}

  DeploymentTable(final Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Records the deployment; the table holds one row, so a second call fails. */
  public void insert(final Row deployment) {
    jdbc.update("INSERT INTO deployment (singleton, mode, rollup, bridge, dispute_game, verifier, l1_block, batch_format,"
        + " batcher, batch_inbox, first_batcher_nonce) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", deployment.mode(),
        deployment.rollup(), deployment.bridge(), deployment.disputeGame(), deployment.verifier(), deployment.l1Block(),
        deployment.batchFormat(), deployment.batcher(), deployment.batchInbox(), deployment.firstBatcherNonce());
  }

  public Optional<Row> get() {
    return jdbc.queryOne("SELECT * FROM deployment", DeploymentTable::read);
  }

  private static Row read(final ResultSet r) throws SQLException {
    return new Row(r.getString("mode"), Jdbc.address(r, "rollup"), Jdbc.address(r, "bridge"),
        Jdbc.address(r, "dispute_game"), Jdbc.address(r, "verifier"), r.getLong("l1_block"), r.getInt("batch_format"),
        Jdbc.address(r, "batcher"), Jdbc.address(r, "batch_inbox"), r.getLong("first_batcher_nonce"));
  }
}
