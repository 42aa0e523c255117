package io.rolluplab.rollup.bench;

import io.rolluplab.devnet.evm.gas.CancunGasSchedule;
import io.rolluplab.devnet.evm.gas.GasSchedule;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.contracts.ZkRollupContract;
import io.rolluplab.rollup.l1.ForwardingL1;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.node.RollupMode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongToIntFunction;
import org.web3j.crypto.Credentials;

/**
 * An {@link L1Client} that passes everything on and writes down every transaction of a rollup
 * {@link Phase} it sends: when it was mined, its gas and its bytes. The bench reads the rollup's
 * L1 cost here, as an L1 explorer would, without asking the roles.
 */
final class TimedL1 extends ForwardingL1 {

  /**
   * The L1 transactions that take a batch to finality, in each mode's order; the first posts the
   * batch data. Each is known by the function it calls, but the optimistic post, which calls
   * nothing: it is a transaction to the inbox.
   */
  enum Phase {
    POST_BATCH(null),
    PROPOSE_ROOT(OptimisticRollupContract.PROPOSE_ROOT),
    FINALIZE(OptimisticRollupContract.FINALIZE),
    COMMIT_BATCH(ZkRollupContract.COMMIT_BATCH),
    PROVE_BATCH(ZkRollupContract.PROVE_BATCH),
    EXECUTE_BATCH(ZkRollupContract.EXECUTE_BATCH);

    final ContractFunction function;

    Phase(final ContractFunction function) {
      this.function = function;
    }

    /** How figures name it: the function it calls. */
    String label() {
      return function == null ? "batch to the inbox" : function.name();
    }

    /** The three phases of {@code mode}: post the data, settle the root, make it final. */
    static List<Phase> of(final RollupMode mode) {
      return mode == RollupMode.ZK ? List.of(COMMIT_BATCH, PROVE_BATCH, EXECUTE_BATCH)
          : List.of(POST_BATCH, PROPOSE_ROOT, FINALIZE);
    }
  }

  /**
   * One transaction the node sent, mined.
   *
   * @param minedAt {@link System#nanoTime()} when its receipt came back
   * @param sending nanoseconds from handing it over until its receipt (signing, EVM, sealing the block)
   * @param inputBytes its calldata: the batch data for a post to the inbox, else the selector and
   *     ABI-encoded arguments
   * @param inputGas what its calldata costs before the contract runs (EIP-2028)
   * @param postedGas of that, what the posted bytes alone cost (all of it for a post to the inbox,
   *     the first argument of a commit); 0 for the other phases
   * @param items the items of the batch it posted; 0 for the other phases
   * @param batchIndex the batch it is about: its first argument, or for a post its position among the posts
   */
  record Sent(long minedAt, long sending, long gasUsed, int inputBytes, long inputGas, long postedGas, int items,
      long batchIndex) {
    Sent withBatchIndex(final long index) {
      return new Sent(minedAt, sending, gasUsed, inputBytes, inputGas, postedGas, items, index);
    }
  }

  /** The devnet's gas schedule: what a transaction and its calldata cost. */
  static final GasSchedule GAS = new CancunGasSchedule();

  private final Map<Phase, List<Sent>> sent = new EnumMap<>(Phase.class);
  /** Where the optimistic rollup's batcher sends batches. */
  private final Address inbox;
  /** The items of zk batch i, which its state diff does not tell: the operator's record of it. */
  private LongToIntFunction committedItems = i -> {
    throw new IllegalStateException("TimedL1 cannot count the items of a state diff: call countCommittedItemsWith");
  };

  /** @param inbox the optimistic rollup's batch inbox; unused in zk mode */
  TimedL1(final L1Client l1, final Address inbox) {
    super(l1);
    this.inbox = inbox;
    for (final Phase phase : Phase.values()) {
      sent.put(phase, new ArrayList<>());
    }
  }

  /** Where the items of a committed zk batch are counted (its calldata holds a state diff, not the items). */
  synchronized void countCommittedItemsWith(final LongToIntFunction itemsOfBatch) {
    committedItems = itemsOfBatch;
  }

  /** The transactions of {@code phase} mined so far, oldest first. */
  synchronized List<Sent> sent(final Phase phase) {
    return List.copyOf(sent.get(phase));
  }

  @Override
  public L1Receipt sendAndWait(final Credentials from, final L1Transaction tx) throws L1Exception {
    final long start = System.nanoTime();
    final L1Receipt receipt = super.sendAndWait(from, tx);
    final long end = System.nanoTime();
    final byte[] input = tx.data();
    if (inbox.equals(tx.to())) {
      record(Phase.POST_BATCH, new Sent(end, end - start, receipt.gasUsed(), input.length, GAS.txData(input),
          GAS.txData(input), itemsPosted(Phase.POST_BATCH, input), -1));
      return receipt;
    }
    for (final Phase phase : Phase.values()) {
      if (phase == Phase.COMMIT_BATCH && phase.function.isCalledBy(input)) {
        final byte[] diff = (byte[]) phase.function.decodeCall(input).get(0).getValue();
        record(phase, new Sent(end, end - start, receipt.gasUsed(), input.length, GAS.txData(input),
            GAS.txData(diff), itemsPosted(phase, diff), -1));
      } else if (phase.function != null && phase.function.isCalledBy(input)) {
        final long batchIndex = new BigInteger(1, Arrays.copyOfRange(input, 4, 36)).longValueExact(); // its first argument
        record(phase, new Sent(end, end - start, receipt.gasUsed(), input.length, GAS.txData(input), 0, 0,
            batchIndex));
      }
    }
    return receipt;
  }

  private synchronized int itemsPosted(final Phase phase, final byte[] posted) {
    return phase == Phase.COMMIT_BATCH ? committedItems.applyAsInt(sent.get(phase).size())
        : BatchData.decode(posted).items().size();
  }

  /** Writes {@code tx} down; a post (batch index −1) gets its position among the posts. */
  private synchronized void record(final Phase phase, final Sent tx) {
    final List<Sent> list = sent.get(phase);
    list.add(tx.batchIndex() >= 0 ? tx : tx.withBatchIndex(list.size()));
  }
}
