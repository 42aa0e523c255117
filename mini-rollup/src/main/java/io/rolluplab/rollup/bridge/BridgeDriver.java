package io.rolluplab.rollup.bridge;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.bridge.BridgeEvent.BridgeCaughtUp;
import io.rolluplab.rollup.bridge.BridgeEvent.BridgeFellBehind;
import io.rolluplab.rollup.bridge.BridgeEvent.BridgeStopped;
import io.rolluplab.rollup.bridge.BridgeEvent.DepositObserved;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.event.Amount;
import io.rolluplab.rollup.event.EventSink;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Log;
import io.rolluplab.rollup.l1.L1LogFilter;
import io.rolluplab.rollup.step.StepGate;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.datatypes.Type;

/**
 * The bridge's deposit loop: reads the Bridge's {@code DepositQueued} logs block range by block
 * range and hands each deposit to the sequencer. {@link #tick()} is one turn; a scheduler calls it
 * often, tests and step mode call it directly.
 */
public final class BridgeDriver {
  private final BridgeConfig config;
  private final L1Client l1;
  private final DepositInbox inbox;
  private final EventSink events;
  private long nextBlock;
  private long nextDeposit;
  private BridgeState state = BridgeState.CATCHING_UP;
  /** Asked before each transition: step mode holds it there. */
  private StepGate gate = StepGate.OPEN;

  public BridgeDriver(final BridgeConfig config, final L1Client l1, final DepositInbox inbox, final EventSink events) {
    this.config = config;
    this.l1 = l1;
    this.inbox = inbox;
    this.events = events;
    this.nextBlock = config.firstBlock();
  }

  /**
   * One turn: observe the L1 head, read the deposits of the blocks not read yet (at most
   * {@code maxBlocksPerQuery}), hand each new one over, and only then count the blocks as read.
   *
   * @throws L1Exception if L1 cannot be read; nothing is counted as read, the next tick retries
   */
  public synchronized void tick() throws L1Exception {
    if (!state.reads()) {
      return;
    }
    final long head = l1.latestBlock().number();
    if (head < nextBlock) {
      return;
    }
    final long to = Math.min(head, nextBlock + config.maxBlocksPerQuery() - 1);
    final List<L1Log> logs = l1.logs(L1LogFilter.event(config.bridge(), BridgeContract.DEPOSIT_QUEUED, nextBlock, to));
    for (final L1Log log : logs) {
      if (!handOver(log)) {
        return; // held by step mode: the range is read again next turn
      }
    }
    nextBlock = to + 1;
    report(to, head);
  }

  /**
   * Reports one logged deposit and hands it to the sequencer, unless an earlier tick already did
   * (a tick that failed half-way reads the same range again): deposit indexes count up from 0 on
   * L1. The report comes first so the event feed reads in causal order: seen, then queued.
   *
   * @return false if step mode holds the hand-over back
   */
  private boolean handOver(final L1Log log) {
    final Deposit deposit = decode(log);
    if (deposit.index() < nextDeposit) {
      return true;
    }
    if (!gate.mayProceed("Hand deposit #" + deposit.index() + " (" + Amount.of(deposit.amount()) + " for "
        + deposit.l2To() + ", from L1 block " + log.blockNumber() + ") to the sequencer, for its next L2 block.")) {
      return false;
    }
    events.publish(new DepositObserved(deposit, log.blockNumber(), log.transactionHash()));
    inbox.enqueueDeposit(deposit.index(), deposit.l1From(), deposit.l2To(), deposit.amount());
    nextDeposit = deposit.index() + 1;
    return true;
  }

  private static Deposit decode(final L1Log log) {
    final List<Type> values = BridgeContract.DEPOSIT_QUEUED.decode(log.log()).orElseThrow(
        () -> new IllegalStateException("the filter asked for DepositQueued logs, got another: " + log));
    return new Deposit(((BigInteger) values.get(0).getValue()).longValueExact(),
        Address.fromHex((String) values.get(1).getValue()), Address.fromHex((String) values.get(2).getValue()),
        (BigInteger) values.get(3).getValue());
  }

  /** Publishes a change between catching up and watching; staying in a state is no event. */
  private void report(final long readUpTo, final long head) {
    final boolean atHead = readUpTo == head;
    if (atHead && state == BridgeState.CATCHING_UP) {
      state = state.caughtUp();
      events.publish(new BridgeCaughtUp(head));
    } else if (!atHead && state == BridgeState.WATCHING) {
      state = state.fellBehind();
      events.publish(new BridgeFellBehind(readUpTo, head));
    }
  }

  /** Has each of its transitions wait at {@code stepGate} first (step mode); the gate is open until then. */
  public synchronized void gateSteps(final StepGate stepGate) {
    this.gate = stepGate;
  }

  public synchronized void stop() {
    state = state.stop();
    events.publish(new BridgeStopped());
  }

  public synchronized BridgeState state() {
    return state;
  }

  /** The first L1 block the next tick reads. */
  public synchronized long nextBlock() {
    return nextBlock;
  }

  /** The index of the next deposit to hand over: how many have been. */
  public synchronized long depositsHandedOver() {
    return nextDeposit;
  }
}
