package io.rolluplab.web.overview;

import io.rolluplab.devnet.chain.Block;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.sequencer.L2Block;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.BatchTable;
import io.rolluplab.rollup.store.DisputeTable;
import io.rolluplab.web.Lab;
import io.rolluplab.web.MiningModes;
import io.rolluplab.web.overview.LabStatus.BatchSummary;
import io.rolluplab.web.overview.LabStatus.DisputeSummary;
import io.rolluplab.web.overview.LabStatus.L1Head;
import io.rolluplab.web.overview.LabStatus.L2Head;
import io.rolluplab.web.overview.LabStatus.RollupStatus;
import io.rolluplab.web.overview.LabStatus.StageCount;
import io.rolluplab.web.rollup.StepModeControls;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads {@link LabStatus} from the devnet and the rollups' stores; computes nothing the protocol decides. */
public final class StatusQueries {
  /** Batches shown per rollup on the overview. */
  static final int RECENT_BATCHES = 8;

  private final Lab lab;

  public StatusQueries(final Lab lab) {
    this.lab = lab;
  }

  public LabStatus status() {
    final Devnet devnet = lab.devnet();
    final Block head = devnet.latestBlock();
    final long now = devnet.now();
    final L1Head l1 = new L1Head(head.number(), Bytes32.wrap(head.hash()), head.header().timestamp(),
        head.transactions().size(), MiningModes.describe(devnet.miningMode()));
    final List<RollupStatus> rollups = new ArrayList<>();
    lab.rollups().forEach((id, node) -> rollups.add(rollup(id, node, now)));
    return new LabStatus(l1, now, rollups, StepModeControls.panel(lab));
  }

  private RollupStatus rollup(final String id, final RollupNode node, final long l1Now) {
    final L2Block l2 = node.l2().head();
    final BatchTable batches = node.store().batches();
    final long lastBatched = batches.last().map(BatchTable.Row::lastBlock).orElse(0L);
    final List<DisputeTable.Row> running = node.mode() == RollupMode.OPTIMISTIC
        ? node.store().disputes().running()
        : List.of();
    final Set<Long> disputed = running.stream().map(DisputeTable.Row::batchIndex).collect(Collectors.toSet());
    final long sequenced = Math.max(0, l2.number() - lastBatched);
    return new RollupStatus(id, Lab.titleOf(node.mode()), Lab.idOf(node.mode()), node.l2ChainId(),
        new L2Head(l2.number(), l2.hash(), l2.timestamp(), l2.transactions().size(), l2.deposits().size()), sequenced,
        node.l2().pendingCount(), node.l2().waitingDeposits(), stages(node, batches, disputed, sequenced),
        batches.latest(RECENT_BATCHES).stream().map(row -> summary(node, row, disputed, l1Now)).toList(),
        running.stream().map(d -> new DisputeSummary(d.id(), d.batchIndex(), d.challenger(), d.disputedTx(),
            d.openedAt())).toList(),
        node.roleStates(), node.pausedRoles());
  }

  /** The count at each stage of the rollup's path, then any disputed or rejected ones. */
  private static List<StageCount> stages(final RollupNode node, final BatchTable batches, final Set<Long> disputed,
      final long sequencedBlocks) {
    final Map<BatchStage, Long> counts = new EnumMap<>(BatchStage.class);
    batches.countByStatus().forEach((status, n) -> counts.merge(BatchStage.of(status, false), n, Long::sum));
    if (!disputed.isEmpty()) {
      // a disputed batch is still "proposed" in the store: move it from the window to the dispute
      counts.merge(BatchStage.CHALLENGE, (long) -disputed.size(), Long::sum);
      counts.put(BatchStage.DISPUTED, (long) disputed.size());
    }
    counts.put(BatchStage.SEQUENCED, sequencedBlocks);
    final List<StageCount> shown = new ArrayList<>();
    for (final BatchStage stage : BatchStage.path(node.mode())) {
      shown.add(count(stage, counts.getOrDefault(stage, 0L)));
    }
    for (final BatchStage stage : List.of(BatchStage.DISPUTED, BatchStage.REJECTED)) {
      if (counts.getOrDefault(stage, 0L) > 0) {
        shown.add(count(stage, counts.get(stage)));
      }
    }
    return shown;
  }

  private static StageCount count(final BatchStage stage, final long n) {
    return new StageCount(stage.name().toLowerCase(Locale.ROOT), stage.label(), stage.cssClass(), n);
  }

  private BatchSummary summary(final RollupNode node, final BatchTable.Row row, final Set<Long> disputed,
      final long l1Now) {
    final BatchStage stage = BatchStage.of(row.status(), disputed.contains(row.index()));
    final Long deadline = stage == BatchStage.CHALLENGE
        ? ChallengeWindow.deadline(lab.l1(), node, row.index()).orElse(null)
        : null;
    final Long left = deadline == null ? null : Math.max(0, deadline - l1Now);
    return new BatchSummary(row.index(), row.status(), stage.cssClass(), stage.label(), stage.cssClass(),
        row.itemCount(), row.txCount(), row.firstBlock(), row.lastBlock(), row.l1Tx(), deadline, left,
        deadline == null ? null : ChallengeWindow.countdown("", deadline, l1Now));
  }
}
