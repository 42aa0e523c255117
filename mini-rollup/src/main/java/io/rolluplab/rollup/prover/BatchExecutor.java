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
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.step.StepGate;
import io.rolluplab.rollup.store.RollupStore;
import java.math.BigInteger;
import java.time.InstantSource;
import org.web3j.crypto.Credentials;

/**
 * The zk rollup's third phase: {@code executeBatch} for every proven batch, in order, which makes
 * its root final. A separate step because L1 keeps it separate (zkSync executes after a delay, and
 * its executor also processes the batch's L1 messages); here it runs right after the prover.
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
  /** Asked before each transition: step mode holds it there. */
  private StepGate gate = StepGate.OPEN;

  /** @param rollup the {@code ZkRollup} whose proven batches it executes */
  public BatchExecutor(final Address rollup, final L1Client l1, final Credentials operator,
      final RollupStore store, final EventSink events, final InstantSource clock) {
    this.rollup = rollup;
    this.l1 = l1;
    this.operator = operator;
    this.store = store;
    this.events = events;
    this.clock = clock;
  }

  /**
   * One turn: executes each proven batch not executed yet.
   *
   * @throws L1Exception if L1 cannot be read or refuses; the next tick starts over from L1's counters
   */
  public synchronized void tick() throws L1Exception {
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
