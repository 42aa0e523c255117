package io.rolluplab.web.rollup;

import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.rollup.batch.BatchLayout;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.contracts.ZkRollupContract;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.sequencer.L2Block;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.BatchTable;
import io.rolluplab.rollup.store.DisputeTable;
import io.rolluplab.web.overview.ChallengeWindow;
import io.rolluplab.web.rollup.BatchDetail.Item;
import io.rolluplab.web.rollup.BatchDetail.Part;
import io.rolluplab.web.rollup.BatchDetail.Step;
import io.rolluplab.web.view.Format;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.web3j.utils.Numeric;

/** Batches as the pages show them, read from a rollup's store, its L2 blocks and (for the window) L1. */
final class BatchQueries {
  /** How much of a batch's data the page shows in hex. */
  private static final int PREVIEW_BYTES = 160;
  /** The way to finality of each mode, in order: the steps a batch has not reached yet are shown to come. */
  private static final Map<RollupMode, List<String>> PATH = Map.of(
      RollupMode.OPTIMISTIC, List.of("sequenced", "posted", "proposed", "final"),
      RollupMode.ZK, List.of("sequenced", "posted", "proving", "proven", "executed"));
  /** Statuses a batch does not move on from. */
  private static final Set<String> ENDS = Set.of("final", "executed", "dropped", "refused", "unprovable");

  private final L1Client l1;
  private final Devnet devnet;

  /** @param devnet where the batches' L1 transactions are, with their calldata */
  BatchQueries(final L1Client l1, final Devnet devnet) {
    this.l1 = l1;
    this.devnet = devnet;
  }

  /** The newest {@code count} batches, newest first. */
  List<BatchView> latest(final RollupNode rollup, final int count) {
    return rollup.store().batches().latest(count).stream().map(BatchView::of).toList();
  }

  Optional<BatchDetail> detail(final String rollupId, final RollupNode rollup, final long index) throws L1Exception {
    final Optional<BatchTable.Row> found = rollup.store().batches().get(index);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    final BatchTable.Row row = found.get();
    final List<L2Block> blocks = new ArrayList<>();
    for (long n = row.firstBlock(); n <= row.lastBlock(); n++) {
      rollup.l2().block(n).ifPresent(blocks::add);
    }
    final Bytes32 preRoot = rollup.l2().block(row.firstBlock() - 1).map(L2Block::stateRoot).orElse(null);
    final Optional<byte[]> data = row.l1Tx() == null ? Optional.empty() : postedData(row.l1Tx());
    final String preview = data.map(d -> Numeric.toHexString(Arrays.copyOf(d, Math.min(PREVIEW_BYTES, d.length))))
        .orElse(null);
    final List<Part> layout = rollup.mode() == RollupMode.OPTIMISTIC ? data.map(BatchQueries::layout).orElse(null) : null;
    final Long deadline = rollup.mode() == RollupMode.OPTIMISTIC && row.status().equals("proposed")
        ? ChallengeWindow.deadline(l1, rollup, index).orElse(null) : null;
    return Optional.of(new BatchDetail(rollupId, BatchView.of(row), preRoot, preview, layout, items(blocks),
        timeline(rollup, row, blocks), deadline,
        deadline == null ? null : ChallengeWindow.countdown("", deadline, devnet.now()),
        rollup.store().disputes().forBatch(index).stream().map(DisputeTable.Row::id).toList(),
        rollup.store().proofs().forBatch(index).size()));
  }

  /** The header, each run and each column of optimistic batch data, with their lengths. */
  private static List<Part> layout(final byte[] data) {
    final BatchLayout layout = BatchLayout.of(data);
    final List<Part> parts = new ArrayList<>();
    parts.add(new Part("header", BatchLayout.HEADER_BYTES, "the L1 fee per byte (" + Format.gwei(BigInteger.valueOf(layout.l1FeePerByte()))
        + " gwei) and the number of runs (" + layout.runs().size() + ")"));
    for (int r = 0; r < layout.runs().size(); r++) {
      final BatchLayout.Run run = layout.runs().get(r);
      parts.add(new Part("run " + r, run.bytes(), run.describe()));
    }
    parts.add(new Part("nonces", layout.nonceBytes(), "each standard transfer's nonce"));
    parts.add(new Part("recipients", layout.recipientBytes(), "each standard transfer's recipient: its address, or "
        + "the first bytes of its key in the state tree"));
    parts.add(new Part("signatures", layout.signatureBytes(), "64 bytes a standard transfer: r, then s with the y "
        + "parity in its top bit"));
    if (layout.otherBytes() > 0) {
      parts.add(new Part("written whole", layout.otherBytes(), "the other transactions as they were signed, each "
          + "after its 3-byte length"));
    }
    return parts;
  }

  private static List<Item> items(final List<L2Block> blocks) {
    final List<Item> items = new ArrayList<>();
    for (final L2Block block : blocks) {
      block.deposits().forEach(d -> items.add(new Item(items.size(), block.number(), "deposit", d.l1From(), d.l2To(),
          d.amount(), null, d.index())));
      block.transactions().forEach(t -> items.add(new Item(items.size(), block.number(),
          t.receipt().to().equals(L2StateMachine.WITHDRAWAL_ADDRESS) ? "withdrawal" : "transfer", t.receipt().from(),
          t.receipt().to(), t.receipt().value(), t.receipt().txHash(), null)));
    }
    return items;
  }

  /**
   * "sequenced" (its first block's time), then each status the store recorded, in order, then the
   * steps of the mode's path it has not reached yet.
   */
  private static List<Step> timeline(final RollupNode rollup, final BatchTable.Row row, final List<L2Block> blocks) {
    final List<Step> steps = new ArrayList<>();
    final boolean zk = rollup.mode() == RollupMode.ZK;
    if (!blocks.isEmpty()) {
      steps.add(new Step("sequenced", label("sequenced", zk), blocks.get(0).timestamp(), "done", null));
    }
    for (final BatchTable.StatusChange change : rollup.store().batches().timeline(row.index())) {
      if (!change.status().equals("intended")) {
        final Long after = steps.isEmpty() ? null
            : Duration.between(steps.get(steps.size() - 1).at(), change.at()).toMillis();
        steps.add(new Step(change.status(), label(change.status(), zk), change.at(), "done", after));
      }
    }
    if (!steps.isEmpty() && !ENDS.contains(row.status())) {
      final Step last = steps.remove(steps.size() - 1);
      steps.add(new Step(last.status(), last.label(), last.at(), "now", last.afterMillis()));
    }
    if (!ENDS.contains(row.status())) {
      final List<String> path = PATH.get(rollup.mode());
      final int reached = path.indexOf(row.status());
      for (int i = Math.max(reached + 1, 1); i < path.size(); i++) {
        steps.add(new Step(path.get(i), label(path.get(i), zk), null, "next", null));
      }
    }
    return steps;
  }

  /** What each status means, in words. */
  private static String label(final String status, final boolean zk) {
    return switch (status) {
      case "sequenced" -> "Sequenced: in an L2 block, a soft confirmation";
      case "posted" -> zk ? "Committed: its data is on L1 (commitBatch)" : "Posted: its data is on L1 (postBatch)";
      case "withheld" -> "Withheld: only its hash is on L1";
      case "proposed" -> "Root proposed: the challenge window runs";
      case "rolled-back" -> "Root rolled back: a dispute proved the proposed root wrong";
      case "final" -> "Final: the window passed, finalize";
      case "proving" -> "Proving: the prover checks every constraint";
      case "proven" -> "Proven: L1's verifier accepted the proof";
      case "executed" -> "Executed: its root is final";
      case "dropped" -> "Dropped: its data never came";
      case "refused" -> "Refused by L1: it skipped an overdue deposit";
      case "unprovable" -> "Unprovable: a constraint fails";
      default -> status;
    };
  }

  /** The batch data in the calldata of its L1 transaction ({@code postBatch} or {@code commitBatch}), if it has any. */
  private Optional<byte[]> postedData(final Bytes32 l1Tx) {
    final Optional<byte[]> calldata = devnet.transaction(l1Tx.toArray()).map(tx -> tx.transaction().data());
    for (final ContractFunction posting : List.of(OptimisticRollupContract.POST_BATCH, ZkRollupContract.COMMIT_BATCH)) {
      if (calldata.isPresent() && posting.isCalledBy(calldata.get())) {
        return Optional.of((byte[]) posting.decodeCall(calldata.get()).get(0).getValue());
      }
    }
    return Optional.empty();
  }
}
