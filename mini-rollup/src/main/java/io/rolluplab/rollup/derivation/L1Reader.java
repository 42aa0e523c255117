package io.rolluplab.rollup.derivation;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.BatchClaim;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.contracts.ContractEvent;
import io.rolluplab.rollup.contracts.DisputeGameContract;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.contracts.ZkRollupContract;
import io.rolluplab.rollup.derivation.L1Fact.BatchDataShown;
import io.rolluplab.rollup.derivation.L1Fact.BatchFinalized;
import io.rolluplab.rollup.derivation.L1Fact.BatchSent;
import io.rolluplab.rollup.derivation.L1Fact.BatchesReverted;
import io.rolluplab.rollup.derivation.L1Fact.DataChallengeUnanswered;
import io.rolluplab.rollup.derivation.L1Fact.DataChallenged;
import io.rolluplab.rollup.derivation.L1Fact.DepositSeen;
import io.rolluplab.rollup.derivation.L1Fact.DiffCommitted;
import io.rolluplab.rollup.derivation.L1Fact.GameAbandoned;
import io.rolluplab.rollup.derivation.L1Fact.GameResolved;
import io.rolluplab.rollup.derivation.L1Fact.GameStarted;
import io.rolluplab.rollup.derivation.L1Fact.IntervalNarrowed;
import io.rolluplab.rollup.derivation.L1Fact.OneStepProven;
import io.rolluplab.rollup.derivation.L1Fact.RootPosted;
import io.rolluplab.rollup.derivation.L1Fact.RootProposed;
import io.rolluplab.rollup.derivation.L1Fact.RootRolledBack;
import io.rolluplab.rollup.derivation.L1Fact.RootUpheld;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Log;
import io.rolluplab.rollup.l1.L1LogFilter;
import io.rolluplab.rollup.l1.L1SentTransaction;
import io.rolluplab.rollup.node.RollupDeployment;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.statediff.StateDiff;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.web3j.abi.datatypes.Type;

/**
 * Reads what L1 says about the rollup, from a block on, as {@link L1Fact}s in L1 order: the
 * batcher's transactions (optimistic mode: the batches, {@link BatchSent}) and the logs of the
 * rollup, its dispute game and its bridge's deposits. A {@code ZkRollup} says other things:
 * {@code BatchCommitted} (read as {@link DiffCommitted}, a state diff instead of batch data),
 * {@code BatchesReverted}, and {@code BatchExecuted} (read as {@link BatchFinalized}).
 *
 * <p>The optimistic rollup's batches leave no log: the batcher sends each to an inbox address
 * without code, so L1 runs nothing for it (L2-RULES.md §2.2). The reader looks at every transaction
 * the batcher sent instead, block by block, as an OP Stack node reads its batch inbox; batch i is
 * the one with nonce {@code firstBatcherNonce + i}. This is what "data availability" means: anyone
 * who reads L1 can execute the batch, without asking the sequencer.
 *
 * <p>The embedded devnet never reorganises its chain, so the reader does not either.
 */
public final class L1Reader {
  /** Blocks one read fetches at most: public nodes refuse wide {@code eth_getLogs} ranges. */
  public static final int MAX_BLOCKS_PER_READ = 1_000;
  /** {@code DisputeGame.Verdict.Timeout}: the loser's clock ran out. */
  private static final int TIMEOUT_VERDICT = 1;
  private final L1Client l1;
  private final RollupDeployment contracts;
  private long nextBlock;
  private boolean caughtUp;
  /** Facts read from L1 but not handled yet, oldest first: a handler that threw gets them again. */
  private final Deque<L1Fact> unhandled = new ArrayDeque<>();
  /** The last block of the range the unhandled facts come from. */
  private long unhandledTo;
  /** Whether that range ended at the L1 head. */
  private boolean unhandledAtHead;

  /** Reads from block {@code fromBlock} on: the deployment's block to derive everything. */
  public L1Reader(final L1Client l1, final RollupDeployment contracts, final long fromBlock) {
    this.l1 = l1;
    this.contracts = contracts;
    this.nextBlock = fromBlock;
  }

  /** What a role does with one fact; it may throw, and then gets that fact again at its next read. */
  @FunctionalInterface
  public interface Handler {
    void handle(L1Fact fact) throws L1Exception;
  }

  /** The first block whose facts are not all handled yet. */
  public long nextBlock() {
    return nextBlock;
  }

  /** Whether the last {@link #read} handled everything up to the L1 head: what a role saw is all there was. */
  public boolean caughtUp() {
    return caughtUp;
  }

  /**
   * Hands {@code handler} the facts of the blocks from {@link #nextBlock} on, up to the L1 head but
   * at most {@value #MAX_BLOCKS_PER_READ} blocks, oldest first (by block, then by position in the
   * block). A fact counts as handled only once {@code handler} returned: if it throws, the
   * exception goes to the caller and the next read starts with that same fact, so no fact is lost
   * and none the handler finished is handed over twice. The one it threw on comes again, so a
   * handler must stand being given a fact it had half handled.
   *
   * @throws L1Exception if L1 cannot be read (nothing is consumed), or as {@code handler} threw
   */
  public void read(final Handler handler) throws L1Exception {
    if (unhandled.isEmpty()) {
      fetch();
    }
    caughtUp = false;
    while (!unhandled.isEmpty()) {
      handler.handle(unhandled.peekFirst());
      unhandled.removeFirst();
    }
    nextBlock = unhandledTo + 1;
    caughtUp = unhandledAtHead;
  }

  /** Reads the facts of the next blocks into {@link #unhandled}. */
  private void fetch() throws L1Exception {
    final long head = l1.latestBlock().number();
    if (head < nextBlock) {
      unhandledTo = nextBlock - 1;
      unhandledAtHead = true;
      return;
    }
    final long to = Math.min(head, nextBlock + MAX_BLOCKS_PER_READ - 1);
    final List<L1Log> logs = new ArrayList<>();
    logs.addAll(l1.logs(new L1LogFilter(contracts.rollup(), List.of(), nextBlock, to)));
    if (contracts.disputeGame() != null) {
      logs.addAll(l1.logs(new L1LogFilter(contracts.disputeGame(), List.of(), nextBlock, to)));
    }
    logs.addAll(l1.logs(L1LogFilter.event(contracts.bridge(), BridgeContract.DEPOSIT_QUEUED, nextBlock, to)));
    logs.sort(Comparator.comparingLong(L1Log::blockNumber).thenComparingInt(L1Log::logIndex));
    final Map<Long, Long> timestamps = new HashMap<>();
    final List<L1Fact> facts = new ArrayList<>();
    for (final L1Log log : logs) {
      final Optional<L1Fact> fact = fact(log, timestamps);
      if (fact.isPresent()) {
        facts.add(fact.get());
      }
    }
    if (contracts.inbox() != null) {
      for (final L1SentTransaction tx : l1.transactionsFrom(contracts.inbox().batcher(), nextBlock, to)) {
        final long batchIndex = tx.nonce() - contracts.inbox().firstBatcherNonce();
        if (batchIndex >= 0) { // its transactions from before the deployment are no batches
          facts.add(new BatchSent(batchIndex, tx.data(), tx.to(), tx.hash(), tx.blockNumber(), tx.index(),
              timestamp(tx.blockNumber(), timestamps)));
        }
      }
      // a batch after the logs of its block: a stable sort keeps each block's logs, then its batches, in order
      facts.sort(Comparator.comparingLong(L1Fact::l1Block));
    }
    unhandled.addAll(facts); // only once all were read: a failed read leaves nothing half-fetched
    unhandledTo = to;
    unhandledAtHead = to == head;
  }

  /** Block {@code number}'s timestamp, asked once per read. */
  private long timestamp(final long number, final Map<Long, Long> timestamps) throws L1Exception {
    final Long known = timestamps.get(number);
    if (known != null) {
      return known;
    }
    final long timestamp = l1.block(number).timestamp();
    timestamps.put(number, timestamp);
    return timestamp;
  }

  /** The fact a log states; empty for logs no role acts on (bonds registered, credited, claimed…). */
  private Optional<L1Fact> fact(final L1Log log, final Map<Long, Long> timestamps) throws L1Exception {
    final long block = log.blockNumber();
    final Bytes32 tx = log.transactionHash();
    final Optional<List<Type>> committed = decode(ZkRollupContract.BATCH_COMMITTED, log);
    if (committed.isPresent()) {
      return Optional.of(diffCommitted(committed.get(), log));
    }
    final Optional<List<Type>> deposit = decode(BridgeContract.DEPOSIT_QUEUED, log);
    if (deposit.isPresent()) {
      final List<Type> v = deposit.get();
      return Optional.of(new DepositSeen(new Deposit(number(v, 0), address(v, 1), address(v, 2), wei(v, 3)), block,
          timestamp(block, timestamps)));
    }
    return decode(OptimisticRollupContract.BATCH_PROPOSED, log)
        .<L1Fact>map(v -> new RootProposed(number(v, 0), address(v, 1), hash(v, 2), number(v, 3), number(v, 4),
            BatchClaim.decode(v, 5), block))
        .or(() -> decode(OptimisticRollupContract.DATA_CHALLENGED, log)
            .map(v -> new DataChallenged(number(v, 0), address(v, 1), number(v, 2), block)))
        .or(() -> decode(OptimisticRollupContract.BATCH_DATA_SHOWN, log)
            .map(v -> new BatchDataShown(number(v, 0), (Boolean) v.get(1).getValue(), BatchClaim.decode(v, 2), tx,
                block)))
        .or(() -> decode(OptimisticRollupContract.DATA_CHALLENGE_UNANSWERED, log)
            .map(v -> new DataChallengeUnanswered(number(v, 0), block)))
        .or(() -> decode(OptimisticRollupContract.ROOT_ROLLED_BACK, log).map(v -> new RootRolledBack(number(v, 0), block)))
        .or(() -> decode(OptimisticRollupContract.BATCH_FINALIZED, log)
            .map(v -> new BatchFinalized(number(v, 0), hash(v, 1), block)))
        .or(() -> decode(ZkRollupContract.BATCH_EXECUTED, log) // the zk rollup's word for final
            .map(v -> new BatchFinalized(number(v, 0), hash(v, 1), block)))
        .or(() -> decode(ZkRollupContract.BATCHES_REVERTED, log)
            .map(v -> new BatchesReverted(number(v, 0), number(v, 1), block)))
        .or(() -> decode(OptimisticRollupContract.BATCH_UPHELD, log)
            .map(v -> new RootUpheld(number(v, 0), number(v, 1), number(v, 2), block)))
        .or(() -> decode(DisputeGameContract.GAME_STARTED, log).map(v -> new GameStarted(number(v, 0), number(v, 1),
            address(v, 2), address(v, 3), hash(v, 4), hash(v, 5), number(v, 6), tx, block)))
        .or(() -> decode(DisputeGameContract.ROOT_POSTED, log).map(v -> new RootPosted(number(v, 0),
            number(v, 1) == DisputeGameContract.CHALLENGER, number(v, 2), hash(v, 3), tx, block)))
        .or(() -> decode(DisputeGameContract.INTERVAL_NARROWED, log)
            .map(v -> new IntervalNarrowed(number(v, 0), number(v, 1), number(v, 2), hash(v, 3), block)))
        .or(() -> decode(DisputeGameContract.ONE_STEP_PROVEN, log).map(v -> new OneStepProven(number(v, 0),
            number(v, 1), hash(v, 2), hash(v, 3), (int) number(v, 4), tx, block)))
        .or(() -> decode(DisputeGameContract.GAME_RESOLVED, log).map(v -> new GameResolved(number(v, 0),
            number(v, 1) == DisputeGameContract.CHALLENGER, number(v, 2) == TIMEOUT_VERDICT,
            address(v, 3), tx, block)))
        .or(() -> decode(DisputeGameContract.GAME_ABANDONED, log)
            .map(v -> new GameAbandoned(number(v, 0), number(v, 1), block)));
  }

  /** A {@code BatchCommitted} log with the state diff read back from its {@code commitBatch} call. */
  private DiffCommitted diffCommitted(final List<Type> v, final L1Log log) throws L1Exception {
    final long batchIndex = number(v, 0);
    final Bytes32 diffHash = hash(v, 1);
    final byte[] input = l1.transactionInput(log.transactionHash());
    if (!ZkRollupContract.COMMIT_BATCH.isCalledBy(input)) {
      throw new L1Exception("batch " + batchIndex + " was committed in transaction " + log.transactionHash().toHex()
          + ", which does not call commitBatch on the rollup directly; this reader finds state diffs only in the"
          + " input of a sequencer account's own transaction");
    }
    final byte[] data = (byte[]) ZkRollupContract.COMMIT_BATCH.decodeCall(input).get(0).getValue();
    checkHash(batchIndex, data, diffHash, log);
    try {
      return new DiffCommitted(batchIndex, StateDiff.decode(data), diffHash, number(v, 2), number(v, 3),
          log.transactionHash(), log.blockNumber());
    } catch (IllegalArgumentException e) {
      throw new L1Exception("batch " + batchIndex + ": the state diff in transaction " + log.transactionHash().toHex()
          + " is malformed (" + e.getMessage() + "); no proof of it can exist, so the sequencer must revert it");
    }
  }

  private static void checkHash(final long batchIndex, final byte[] data, final Bytes32 committed, final L1Log log)
      throws L1Exception {
    final Bytes32 actual = Bytes32.wrap(Keccak.hash(data));
    if (!actual.equals(committed)) {
      throw new L1Exception("batch " + batchIndex + ": the data in transaction " + log.transactionHash().toHex()
          + " hashes to " + actual.toHex() + ", but the rollup accepted " + committed.toHex()
          + "; is the deployment's rollup address right?");
    }
  }

  private static Optional<List<Type>> decode(final ContractEvent event, final L1Log log) {
    return event.decode(log.log());
  }

  private static long number(final List<Type> values, final int i) {
    return ((BigInteger) values.get(i).getValue()).longValueExact();
  }

  private static Address address(final List<Type> values, final int i) {
    return Address.fromHex((String) values.get(i).getValue());
  }

  private static Bytes32 hash(final List<Type> values, final int i) {
    return Bytes32.wrap((byte[]) values.get(i).getValue());
  }

  private static BigInteger wei(final List<Type> values, final int i) {
    return (BigInteger) values.get(i).getValue();
  }
}
