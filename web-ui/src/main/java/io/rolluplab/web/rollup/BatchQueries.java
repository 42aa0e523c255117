package io.rolluplab.web.rollup;

import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.IncludedTransaction;
import io.rolluplab.devnet.tx.Transaction;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import io.rolluplab.rollup.contracts.BatchClaim;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.contracts.ZkRollupContract;
import io.rolluplab.rollup.derivation.ExecutedBatch;
import io.rolluplab.rollup.derivation.L1Reader;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Log;
import io.rolluplab.rollup.l1.L1LogFilter;
import io.rolluplab.rollup.node.RollupDeployment;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.sequencer.L2Block;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.BatchTable;
import io.rolluplab.rollup.store.DisputeTable;
import io.rolluplab.web.overview.ChallengeWindow;
import io.rolluplab.web.rollup.BatchDetail.Claim;
import io.rolluplab.web.rollup.BatchDetail.Item;
import io.rolluplab.web.rollup.BatchDetail.Sent;
import io.rolluplab.web.rollup.BatchDetail.Step;
import io.rolluplab.web.rollup.BatchDetail.Validity;
import io.rolluplab.web.view.BatchParts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.utils.Numeric;

/**
 * Batches as the pages show them, read from a rollup's store, its L2 blocks, L1 (the batch's
 * transaction, the claim about it, the window) and, for whether an optimistic batch counts, the
 * operator's view derived from L1.
 */
final class BatchQueries {
  /** How much of a batch's data the page shows in hex. */
  private static final int PREVIEW_BYTES = 160;
  /** The way to finality of each mode, in order: the steps a batch has not reached yet are shown to come. */
  private static final Map<RollupMode, List<String>> PATH = Map.of(
      RollupMode.OPTIMISTIC, List.of("sequenced", "posted", "proposed", "final"),
      RollupMode.ZK, List.of("sequenced", "posted", "proving", "proven", "executed"));
  /** Statuses a batch does not move on from. */
  private static final Set<String> ENDS = Set.of("final", "executed", "refused", "unprovable");

  private final L1Client l1;
  private final Devnet devnet;

  /** @param devnet where the batches' L1 transactions are, with their call data */
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
    final Optional<IncludedTransaction> l1Tx = row.l1Tx() == null ? Optional.empty()
        : devnet.transaction(row.l1Tx().toArray());
    final Optional<byte[]> data = l1Tx.flatMap(tx -> batchData(rollup.mode(), tx.transaction().data()));
    final String preview = data.map(d -> Numeric.toHexString(Arrays.copyOf(d, Math.min(PREVIEW_BYTES, d.length))))
        .orElse(null);
    final Long deadline = rollup.mode() == RollupMode.OPTIMISTIC && row.status().equals("proposed")
        ? ChallengeWindow.deadline(l1, rollup, index).orElse(null) : null;
    Sent sent = null;
    Validity validity = null;
    Claim claim = null;
    List<BatchParts.Part> layout = null;
    if (rollup.mode() == RollupMode.OPTIMISTIC) {
      sent = l1Tx.map(tx -> sent(rollup.deployment().inbox(), tx)).orElse(null);
      final Optional<ExecutedBatch> derived = rollup.readOperatorView(view -> view.batch(index));
      validity = derived.map(b -> new Validity(b.valid(), b.invalidReason(), b.itemCount())).orElse(null);
      claim = standingClaim(rollup, index, sent == null ? rollup.deployment().l1Block() : sent.l1Block(), derived,
          sent != null).orElse(null);
      layout = data.flatMap(BatchQueries::layout).orElse(null);
    }
    return Optional.of(new BatchDetail(rollupId, BatchView.of(row), preRoot, sent, validity, claim, preview, layout,
        items(blocks), timeline(rollup, row, blocks), deadline,
        deadline == null ? null : ChallengeWindow.countdown("", deadline, devnet.now()),
        rollup.store().disputes().forBatch(index).stream().map(DisputeTable.Row::id).toList(),
        rollup.store().proofs().forBatch(index).size()));
  }

  /** How optimistic batch data divides; empty if it does not read as a batch (its validity says why). */
  private static Optional<List<BatchParts.Part>> layout(final byte[] data) {
    try {
      return Optional.of(BatchParts.of(data));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Where the batcher's transaction {@code tx} is, and whether it went to the inbox. */
  private static Sent sent(final RollupDeployment.Inbox inbox, final IncludedTransaction tx) {
    final Transaction sent = tx.transaction();
    return new Sent(sent.to(), inbox.address().equals(sent.to()), sent.sender(), sent.nonce().longValueExact(),
        tx.block().number(), tx.index());
  }

  /**
   * The claim standing on L1 about optimistic batch {@code index}: its last {@code BatchProposed},
   * from L1 block {@code fromBlock} on, if its proposal is not withdrawn.
   *
   * @param derived the batch as the operator's node derived it from L1, if it keeps it
   * @param sent whether the batcher sent the batch
   */
  private Optional<Claim> standingClaim(final RollupNode rollup, final long index, final long fromBlock,
      final Optional<ExecutedBatch> derived, final boolean sent) throws L1Exception {
    final Address contract = rollup.deployment().rollup();
    final OptimisticRollupContract.Proposal proposal = OptimisticRollupContract.Proposal.decode(
        OptimisticRollupContract.PROPOSAL_OF.decode(l1.call(contract,
            OptimisticRollupContract.PROPOSAL_OF.encode(new Uint256(index)))));
    if (proposal.claimHash().equals(Bytes32.ZERO)) {
      return Optional.empty();
    }
    final Optional<L1Log> proposed = lastProposal(contract, index, fromBlock);
    if (proposed.isEmpty()) {
      return Optional.empty();
    }
    final List<Type> values = OptimisticRollupContract.BATCH_PROPOSED.decode(proposed.get().log()).orElseThrow();
    final BatchClaim claim = BatchClaim.decode(values, 5);
    final Boolean matchesL1 = derived.isPresent() ? derived.get().claim(claim.anchorBlock()).saysSameAs(claim)
        : sent ? null : Boolean.FALSE;
    return Optional.of(new Claim(Address.fromHex((String) values.get(1).getValue()),
        Bytes32.wrap((byte[]) values.get(2).getValue()), claim.dataHash(), claim.itemCount(), claim.depositCount(),
        claim.l1Timestamp(), claim.anchorBlock(), matchesL1));
  }

  /**
   * The last {@code BatchProposed} log of batch {@code index} from L1 block {@code fromBlock} on,
   * read backwards from the head in ranges public nodes accept: a recent claim is found at once.
   */
  private Optional<L1Log> lastProposal(final Address contract, final long index, final long fromBlock)
      throws L1Exception {
    final List<UInt256> topics = List.of(OptimisticRollupContract.BATCH_PROPOSED.topic(), UInt256.valueOf(index));
    for (long to = l1.latestBlock().number(); to >= fromBlock; to -= L1Reader.MAX_BLOCKS_PER_READ) {
      final long from = Math.max(fromBlock, to - L1Reader.MAX_BLOCKS_PER_READ + 1);
      final List<L1Log> logs = l1.logs(new L1LogFilter(contract, topics, from, to));
      if (!logs.isEmpty()) {
        return Optional.of(logs.get(logs.size() - 1));
      }
    }
    return Optional.empty();
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
      case "posted" -> zk ? "Committed: its data is on L1 (commitBatch)"
          : "Posted: its data is on L1, the call data of the batcher's transaction to the inbox";
      case "withheld" -> "Withheld: the batcher keeps it off L1 (the withhold-data fault)";
      case "proposed" -> "Root proposed: a claim about what it holds and its root; the challenge window runs";
      case "rolled-back" -> "Root rolled back: its claim lost a dispute, or nobody could show its data";
      case "final" -> "Final: the window passed, finalize";
      case "proving" -> "Proving: the prover checks every constraint";
      case "proven" -> "Proven: L1's verifier accepted the proof";
      case "executed" -> "Executed: its root is final";
      case "refused" -> zk ? "Refused by L1: it skipped an overdue deposit"
          : "Not sent: it would have counted as empty, as it leaves an overdue deposit out (checkBatch)";
      case "unprovable" -> "Unprovable: a constraint fails";
      default -> status;
    };
  }

  /**
   * The batch data in the call data of its L1 transaction: for an optimistic batch the call data
   * itself (the batcher's plain transaction to the inbox), for a zk batch the argument of its
   * {@code commitBatch} call.
   */
  private static Optional<byte[]> batchData(final RollupMode mode, final byte[] callData) {
    if (mode == RollupMode.OPTIMISTIC) {
      return Optional.of(callData);
    }
    return ZkRollupContract.COMMIT_BATCH.isCalledBy(callData)
        ? Optional.of((byte[]) ZkRollupContract.COMMIT_BATCH.decodeCall(callData).get(0).getValue()) : Optional.empty();
  }
}
