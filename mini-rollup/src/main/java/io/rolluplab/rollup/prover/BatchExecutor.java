package io.rolluplab.rollup.prover;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.ZkRollupContract;
import io.rolluplab.rollup.event.EventSink;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.prover.ExecutorEvent.BatchExecuted;
import io.rolluplab.rollup.prover.ExecutorEvent.BatchesReverted;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.step.StepGate;
import io.rolluplab.rollup.store.RollupStore;
import java.math.BigInteger;
import java.time.InstantSource;
import java.util.function.LongConsumer;
import org.web3j.crypto.Credentials;

/**
 * The zk rollup's third phase: {@code executeBatch} for every proven batch, in order, which makes
 * its root final. A separate step because L1 keeps it separate (zkSync executes after a delay, and
 * its executor also processes the batch's L1 messages); here it runs right after the prover.
 *
 * <p>It also takes back what can never be executed: when the prover finds a committed batch no
 * proof can exist for (it holds a transaction that breaks a rule), the operator sends
 * {@code revertBatches}, which un-commits every unproven batch, and the batcher posts their blocks
 * again, without the bad transaction. Without it the chain would stop: batches are proven in order.
 *
 * <p>Stateless: each tick reads {@code provenCount} and {@code executedCount} from L1, so a restart
 * or a failed send repeats nothing L1 already did.
 */
public final class BatchExecutor {
  private final L1Client l1;
  private final Credentials operator;
  private final Address rollup;
  private final RollupStore store;
  private final EventSink events;
  private final InstantSource clock;
  private final ProverDriver prover;
  private final LongConsumer rebatchFrom;
  /** Asked before each transition: step mode holds it there. */
  private StepGate gate = StepGate.OPEN;

  /**
   * @param rollup the {@code ZkRollup} whose proven batches it executes
   * @param operator the sequencer's key: only it may revert
   * @param prover tells when a committed batch cannot be proven, and is told when it is reverted
   * @param rebatchFrom has the batcher post the blocks of the reverted batches again, from a batch index on
   */
  public BatchExecutor(final Address rollup, final L1Client l1, final Credentials operator,
      final RollupStore store, final EventSink events, final InstantSource clock, final ProverDriver prover,
      final LongConsumer rebatchFrom) {
    this.prover = prover;
    this.rebatchFrom = rebatchFrom;
    this.rollup = rollup;
    this.l1 = l1;
    this.operator = operator;
    this.store = store;
    this.events = events;
    this.clock = clock;
  }

  /**
   * One turn: executes each proven batch not executed yet, then reverts the unproven batches if the
   * prover cannot prove the next one.
   *
   * @throws L1Exception if L1 cannot be read or refuses; the next tick starts over from L1's counters
   */
  public synchronized void tick() throws L1Exception {
    execute();
    if (prover.state() == ProverState.STUCK) {
      revert();
    }
  }

  private void revert() throws L1Exception {
    final long first = count(ZkRollupContract.PROVEN_COUNT);
    final long end = count(ZkRollupContract.BATCH_COUNT);
    final String revert = end > first ? "Revert batches " + first + " to " + (end - 1) + " on L1 (revertBatches): "
        : "Take back batch " + first + ": ";
    if (!gate.mayProceed(revert + "it cannot be proven, so the sequencer commits its blocks again without the bad"
        + " transaction.")) {
      return;
    }
    if (end > first) {
      final L1Receipt receipt = l1.sendAndWait(operator, L1Transaction.call(rollup, ZkRollupContract.revertBatches()));
      events.publish(new BatchesReverted(first, end, receipt.transactionHash(), receipt.gasUsed()));
    }
    rebatchFrom.accept(first);
    prover.reverted();
  }

  private void execute() throws L1Exception {
    final long proven = count(ZkRollupContract.PROVEN_COUNT);
    for (long i = count(ZkRollupContract.EXECUTED_COUNT); i < proven; i++) {
      if (!gate.mayProceed("Execute batch " + i + " on L1 (executeBatch): its proven root becomes final, and its"
          + " withdrawals can be paid.")) {
        return;
      }
      final L1Receipt receipt = l1.sendAndWait(operator,
          L1Transaction.call(rollup, ZkRollupContract.executeBatch(i)));
      final Bytes32 root = Bytes32.wrap((byte[]) ZkRollupContract.BATCH_EXECUTED.findIn(receipt.logs()).orElseThrow()
          .get(1).getValue());
      if (store.batches().get(i).isPresent()) {
        store.batches().setStatus(i, "executed", clock.instant());
      }
      events.publish(new BatchExecuted(i, root, receipt.transactionHash(), receipt.gasUsed()));
    }
  }

  /** Has each of its transitions wait at {@code stepGate} first (step mode); the gate is open until then. */
  public synchronized void gateSteps(final StepGate stepGate) {
    this.gate = stepGate;
  }

  private long count(final ContractFunction counter) throws L1Exception {
    return ((BigInteger) counter.decode(l1.call(rollup, counter.encode())).get(0).getValue()).longValueExact();
  }
}
