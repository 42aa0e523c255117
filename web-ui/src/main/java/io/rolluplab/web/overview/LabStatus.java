package io.rolluplab.web.overview;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.web.rollup.StepModeControls;
import io.rolluplab.web.view.Countdown;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where the whole lab stands: what the overview page shows and {@code GET /api/status} returns.
 *
 * @param l1Now the L1 chain's clock (seconds since 1970): fast-forwarding moves it, and every
 *     countdown is measured on it
 * @param stepMode whether step mode is on, and the step "Next step" lets through (its rollup, role and sentence)
 */
public record LabStatus(L1Head l1, long l1Now, List<RollupStatus> rollups, StepModeControls.Panel stepMode) {

  /** The L1 head block; {@code timestamp} in seconds since 1970. */
  public record L1Head(long number, Bytes32 hash, long timestamp, int transactions, String mining) {}

  /** The L2 head block of a rollup. */
  public record L2Head(long number, Bytes32 hash, Instant timestamp, int transactions, int deposits) {}

  /**
   * One rollup.
   *
   * @param sequencedBlocks L2 blocks sealed after the last batch's: sequenced, not yet on L1
   * @param stages how many batches are at each stage (and {@code sequenced}: blocks), along the rollup's path
   * @param batches the latest batches, newest first
   * @param roles each role's state in turn order ({@code "paused"} while paused)
   * @param pausedRoles the roles paused now
   */
  public record RollupStatus(String id, String title, String mode, long l2ChainId, L2Head l2, long sequencedBlocks,
      int pendingTransactions, int waitingDeposits, List<StageCount> stages, List<BatchSummary> batches,
      List<DisputeSummary> openDisputes, Map<String, String> roles, List<String> pausedRoles) {}

  /** How many batches are at {@code stage} ({@code cssClass} colours it). */
  public record StageCount(String stage, String label, String cssClass, long count) {}

  /**
   * A batch on the overview.
   *
   * @param status the store's word for it ({@code proposed}, {@code executed}, …)
   * @param challengeDeadline optimistic, in the challenge window: the L1 time (seconds) it ends, else null
   * @param secondsLeft until that deadline on the L1 clock, else null
   * @param countdown the same as the page shows and ticks, else null
   */
  public record BatchSummary(long index, String status, String stage, String label, String cssClass, int items,
      int transactions, long firstBlock, long lastBlock, Bytes32 l1Tx, Long challengeDeadline, Long secondsLeft,
      Countdown countdown) {}

  /** A dispute game still running over a batch's root. */
  public record DisputeSummary(long gameId, long batchIndex, Address challenger, Long disputedItem, Instant openedAt) {}
}
