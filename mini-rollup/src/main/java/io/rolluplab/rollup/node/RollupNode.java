package io.rolluplab.rollup.node;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batcher.BatcherConfig;
import io.rolluplab.rollup.batcher.BatcherDriver;
import io.rolluplab.rollup.bridge.BridgeConfig;
import io.rolluplab.rollup.bridge.BridgeDriver;
import io.rolluplab.rollup.bridge.RelayerConfig;
import io.rolluplab.rollup.bridge.WithdrawalRelayer;
import io.rolluplab.rollup.challenger.ChallengerConfig;
import io.rolluplab.rollup.challenger.ChallengerDriver;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batcher.Batch;
import io.rolluplab.rollup.batcher.BatchPosting;
import io.rolluplab.rollup.batcher.BatcherKey;
import io.rolluplab.rollup.batcher.InboxPosting;
import io.rolluplab.rollup.batcher.StateDiffPosting;
import io.rolluplab.rollup.derivation.DerivedChain;
import io.rolluplab.rollup.derivation.DiffChain;
import io.rolluplab.rollup.derivation.L1Reader;
import io.rolluplab.rollup.event.EventLog;
import io.rolluplab.rollup.event.EventSink;
import io.rolluplab.rollup.event.RollupEvent;
import io.rolluplab.rollup.fault.Faults;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.node.NodeEvent.RollupDeployed;
import io.rolluplab.rollup.node.NodeEvent.RollupResumed;
import io.rolluplab.rollup.node.NodeEvent.TickFailed;
import io.rolluplab.rollup.node.NodeEvent.TickRecovered;
import io.rolluplab.rollup.proposer.ProposerConfig;
import io.rolluplab.rollup.proposer.ProposerDriver;
import io.rolluplab.rollup.proposer.WithheldBatch;
import io.rolluplab.rollup.prover.BatchExecutor;
import io.rolluplab.rollup.prover.ProverConfig;
import io.rolluplab.rollup.prover.ProverDriver;
import io.rolluplab.rollup.rpc.L2JsonRpcServer;
import io.rolluplab.rollup.sequencer.L1FeeSource;
import io.rolluplab.rollup.sequencer.SequencerConfig;
import io.rolluplab.rollup.sequencer.SequencerDriver;
import io.rolluplab.rollup.sequencer.SequencerEvent.BlockSealed;
import io.rolluplab.rollup.sequencer.SequencerQueries;
import io.rolluplab.rollup.sequencer.StoredSequencerJournal;
import io.rolluplab.rollup.sequencer.TransactionRejectedException;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.L2State;
import io.rolluplab.rollup.step.StepGate;
import io.rolluplab.rollup.step.StepMode;
import io.rolluplab.rollup.store.DeploymentTable;
import io.rolluplab.rollup.store.RollupStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.web3j.crypto.Credentials;

/**
 * One rollup instance, assembled: its contracts on L1, its roles, its event log and its L2
 * JSON-RPC endpoint. {@link #tick()} runs every role once, in a fixed order; {@link #start} has
 * one thread do that every {@code tickInterval}, so roles never run at the same time and a run
 * reads the same way each time.
 */
public final class RollupNode implements AutoCloseable {
  /** A role's turn; it may throw, and the node reports that instead of stopping. */
  @FunctionalInterface
  private interface Turn {
    void take() throws Exception;
  }

  /**
   * A role: its name, its turn, where it stands (its state machine's state, or null if it has none),
   * and the gate step mode holds it at (told when each turn ends).
   */
  private record Role(String name, Turn turn, Supplier<Object> state, StepMode.Gate gate) {}

  private static final String BRIDGE = "bridge";
  /** How many full batches the sequencer may seal ahead of the batcher before it is throttled. */
  static final int UNBATCHED_BATCHES = 10;
  /** The name of the thread that {@link #start} has run every role. */
  public static final String THREAD_NAME = "rollup-node";

  private final RollupNodeConfig config;
  private final RollupStore store;
  private final EventLog events;
  private final RollupDeployment deployment;
  private final SequencerDriver sequencer;
  private final BridgeDriver bridge;
  private final Faults faults;
  private final BatcherDriver batcher;
  private final L1Reader operatorReader;
  /** The operator's L2 derived from L1: batch data executed (optimistic), or state diffs applied (zk). */
  private final DerivedChain operatorView;
  private final DiffChain zkView;
  private final ProposerDriver proposer;
  private final ChallengerDriver challenger;
  private final ProverDriver prover;
  private final BatchExecutor executor;
  private final WithdrawalRelayer withdrawals;
  private final List<Role> roles;
  private final StepMode stepMode;
  private final Map<String, String> failing = new ConcurrentHashMap<>();
  /** The roles that skip their turns until resumed: the UI's pause buttons. */
  private final Set<String> paused = ConcurrentHashMap.newKeySet();
  /** Nanoseconds each role's turns took, in all. */
  private final Map<String, Long> spent = new LinkedHashMap<>();
  private ScheduledExecutorService loop;
  private L2JsonRpcServer rpc;

  private RollupNode(final L1Client l1, final Credentials operator, final Credentials challengerKey,
      final RollupNodeConfig config, final RollupStore store, final InstantSource clock, final StepMode stepMode)
      throws L1Exception {
    this.config = config;
    this.store = store;
    this.stepMode = stepMode;
    final ChainHeads heads = new ChainHeads();
    this.events = new EventLog(store.events(), heads, Clock.systemUTC());
    final EventSink sink = new EventSink() {
      @Override
      public void publish(final RollupEvent event) {
        publish(event, () -> { });
      }

      @Override
      public void publish(final RollupEvent event, final Runnable write) {
        if (event instanceof BlockSealed sealed) {
          heads.sawL2(sealed.number());
        }
        events.publish(event, write);
      }
    };
    final Optional<DeploymentTable.Row> earlierRow = store.deployment().get();
    if (earlierRow.isPresent() && earlierRow.get().batchFormat() != BatchData.FORMAT) {
      throw new IllegalStateException("the store's rollup contracts on L1 read batches of format "
          + earlierRow.get().batchFormat() + ", but this Rollup Lab writes format " + BatchData.FORMAT
          + " (mini-rollup/L2-RULES.md §2), which they do not read; start with a fresh --data-dir, or open this one"
          + " with the Rollup Lab version that wrote it");
    }
    final Optional<RollupDeployment> earlier = earlierRow.map(RollupDeployment::fromRow);
    if (earlier.isPresent() && earlier.get().mode() != config.mode()) {
      throw new IllegalStateException("the store holds a " + earlier.get().mode() + " rollup, but the node is"
          + " configured for " + config.mode() + "; start it in " + earlier.get().mode() + " mode on this store,"
          + " or use another --data-dir");
    }
    this.deployment = earlier.isPresent() ? earlier.get() : RollupDeployment.deploy(l1, operator, config);
    deployment.fundBatcher(l1, operator);
    heads.sawL1(l1.latestBlock());
    if (earlier.isEmpty()) {
      store.deployment().insert(deployment.toRow());
      events.publish(new RollupDeployed(deployment, config.l2ChainId()));
    }
    // a block never holds more items than a batch carries: the batcher does not split blocks;
    // the sequencer runs at most ten full batches ahead of the batcher
    final SequencerConfig sequencing = SequencerConfig.defaults(config.l2ChainId());
    this.sequencer = new SequencerDriver(sequencing.withBlockInterval(config.blockInterval())
        .withMaxItemsPerBlock(Math.min(sequencing.maxItemsPerBlock(), config.batchMaxItems()))
        .withMaxUnbatchedItems(UNBATCHED_BATCHES * config.batchMaxItems()),
        L1FeeSource.constant(config.l1FeePerByte()), clock, sink, new StoredSequencerJournal(store, config.l2ChainId()));
    heads.sawL2(sequencer.head().number());
    if (earlier.isPresent()) {
      events.publish(new RollupResumed(deployment, sequencer.head().number(), sequencer.pendingCount()));
    }
    final long firstUnread = store.l1Progress().get(BRIDGE).orElse(deployment.l1Block());
    this.bridge = new BridgeDriver(BridgeConfig.of(deployment.bridge(), firstUnread), l1, sequencer::enqueueDeposit,
        sink);
    final boolean zk = config.mode() == RollupMode.ZK;
    this.faults = new Faults(sink, sequencer::censorDeposits, config.mode(), store.faults());
    // the operator's own view of L2 computed from L1 alone, read again from the deployment on each start
    this.operatorReader = new L1Reader(l1, deployment, deployment.l1Block());
    this.operatorView = zk ? null : new DerivedChain(config.l2ChainId(), deployment.batchRules(l1));
    this.zkView = zk ? new DiffChain(config.l2ChainId()) : null;
    final BatchPosting posting = zk ? new StateDiffPosting(deployment.rollup(), operator, zkView)
        : new InboxPosting(deployment.rollup(), deployment.inbox().address(), deployment.inbox().firstBatcherNonce(),
            BatcherKey.of(operator), this::verdict);
    final BatcherConfig defaults = BatcherConfig.defaults(deployment.rollup(), posting, deployment.l1Block());
    this.batcher = new BatcherDriver(defaults.withLimits(defaults.maxBytes(), config.batchMaxItems(),
        config.batchMaxAge()), l1, sequencer, sequencer::forceInclude, store, faults, sink, clock);
    sequencer.watchBatcher(batcher::nextBlock);
    this.withdrawals = new WithdrawalRelayer(
        new RelayerConfig(config.mode(), deployment.rollup(), deployment.bridge(), deployment.l1Block()), l1, operator,
        sequencer, zk ? zkView : operatorView, store.withdrawals(), () -> faults.settings().replayWithdrawals(), sink);
    final Role bridgeRole = role(BRIDGE, () -> {
      heads.sawL1(l1.latestBlock());
      bridgeTurn();
    }, bridge::state, bridge::gateSteps);
    // bridge before sequencer, so a deposit seen in this round is in the block sealed in it;
    // the L1 head is read just before the bridge, so the bridge's events carry it;
    // batcher after sequencer, so a block sealed in this round can be posted in it;
    // the operator's view reads L1 just before the proposer (prover), so a batch posted in this round gets
    // its root (its proof) in it; withdrawals last, so a batch final in this round is paid out in it
    if (config.mode() == RollupMode.ZK) {
      this.proposer = null;
      this.challenger = null;
      this.prover = new ProverDriver(new ProverConfig(deployment.rollup(), config.l2ChainId(), config.provingDelay()),
          l1, operator, zkView, i -> batcher.recorded(i).map(Batch::data).map(BatchData::decode), store, faults, sink,
          clock);
      this.executor = new BatchExecutor(deployment.rollup(), l1, operator, store, sink, clock, prover,
          batcher::rewindTo);
      this.roles = List.of(bridgeRole,
          sequencerRole(),
          role("batcher", batcher::tick, batcher::state, batcher::gateSteps),
          role("prover", () -> {
            operatorReader.read(zkView::accept);
            prover.tick();
          }, prover::state, prover::gateSteps),
          role("executor", executor::tick, () -> null, executor::gateSteps),
          role("withdrawals", withdrawals::tick, () -> null, withdrawals::gateSteps));
    } else {
      this.prover = null;
      this.executor = null;
      this.proposer = new ProposerDriver(new ProposerConfig(deployment.rollup(), deployment.disputeGame()), l1,
          operator, operatorView::batch, () -> batcher.withheldBatch().map(b -> new WithheldBatch(b.index(),
              b.dataHash(), b.itemCount(), b.depositCount(), b.postRoot())), store, faults, sink, clock);
      this.challenger = new ChallengerDriver(l1, deployment, challengerKey, ChallengerConfig.of(config), sink, store);
      this.roles = List.of(bridgeRole,
          sequencerRole(),
          role("batcher", batcher::tick, batcher::state, batcher::gateSteps),
          role("proposer", () -> {
            operatorReader.read(operatorView::accept);
            proposer.tick();
          }, proposer::state, proposer::gateSteps),
          role("challenger", challenger::tick, challenger::state, challenger::gateSteps),
          role("withdrawals", withdrawals::tick, () -> null, withdrawals::gateSteps));
    }
  }

  /** The sequencer's role; it shows "RUNNING (throttled)" while blocks take only deposits. */
  private Role sequencerRole() {
    return role("sequencer", sequencer::tick,
        () -> sequencer.throttled() ? sequencer.state() + " (throttled)" : sequencer.state(), sequencer::gateSteps);
  }

  /** A role whose driver asks its step-mode gate ({@code gated} hands the gate to the driver). */
  private Role role(final String name, final Turn turn, final Supplier<Object> state, final Consumer<StepGate> gated) {
    final StepMode.Gate gate = stepMode.gate(config.mode().name().toLowerCase(Locale.ROOT), name);
    gated.accept(gate);
    return new Role(name, turn, state, gate);
  }

  /**
   * The bridge's tick, then its progress to the store: after the sequencer stored the deposits it
   * handed over, so a restart reads again at worst a range whose deposits the sequencer ignores.
   */
  private void bridgeTurn() throws L1Exception {
    final long before = bridge.nextBlock();
    bridge.tick();
    if (bridge.nextBlock() != before) {
      store.l1Progress().set(BRIDGE, bridge.nextBlock());
    }
  }

  /**
   * Deploys a new rollup on {@code l1}, signed by {@code operator} (the sequencer's batcher and the
   * proposer; in zk mode the prover, whose key the verifier registers, and the executor), watched by
   * an honest challenger sending from {@code challenger}'s account (another account: it must not
   * share nonces or funds with the operator; unused in zk mode), with its store in memory. Its
   * roles are built but not running: call {@link #start} (or {@link #tick()} step by step).
   */
  public static RollupNode deploy(final L1Client l1, final Credentials operator, final Credentials challenger,
      final RollupNodeConfig config) throws L1Exception {
    return deploy(l1, operator, challenger, config, RollupStore.inMemory(), Clock.systemUTC());
  }

  /**
   * As {@link #deploy(L1Client, Credentials, Credentials, RollupNodeConfig)}, with the given store (the node
   * closes it) and the clock the sequencer seals blocks by. A store from an earlier run (a file
   * store under {@code --data-dir}) is resumed instead: its deployment is used, nothing is
   * deployed, the L2 is rebuilt from its blocks and the bridge reads L1 on from where it stopped.
   *
   * @throws IllegalStateException if a stored L2 block does not re-execute to its stored state root
   */
  public static RollupNode deploy(final L1Client l1, final Credentials operator, final Credentials challenger,
      final RollupNodeConfig config, final RollupStore store, final InstantSource clock) throws L1Exception {
    return deploy(l1, operator, challenger, config, store, clock, new StepMode(clock));
  }

  /**
   * As {@link #deploy(L1Client, Credentials, Credentials, RollupNodeConfig, RollupStore, InstantSource)},
   * with its roles held by {@code stepMode}: the lab shares one between its rollups, so one "Next
   * step" moves one role of either.
   */
  public static RollupNode deploy(final L1Client l1, final Credentials operator, final Credentials challenger,
      final RollupNodeConfig config, final RollupStore store, final InstantSource clock, final StepMode stepMode)
      throws L1Exception {
    try {
      return new RollupNode(l1, operator, challenger, config, store, clock, stepMode);
    } catch (L1Exception | RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /**
   * Serves the L2 JSON-RPC on 127.0.0.1:{@code l2RpcPort} (0: any free port) and starts ticking.
   *
   * @throws IOException if the port cannot be bound; nothing is running then
   */
  public synchronized RollupNode start(final int l2RpcPort) throws IOException {
    if (loop != null) {
      throw new IllegalStateException("the rollup node is already running");
    }
    rpc = L2JsonRpcServer.start(sequencer, store, l2RpcPort);
    loop = Executors.newSingleThreadScheduledExecutor(task -> {
      final Thread thread = new Thread(task, THREAD_NAME);
      thread.setDaemon(true);
      return thread;
    });
    loop.scheduleWithFixedDelay(this::tick, 0, config.tickInterval().toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  /**
   * One round: each role takes its turn, in order. A role that fails does not stop the others;
   * its failure is an event the first time it happens, and so is its recovery.
   */
  public synchronized void tick() {
    for (final Role role : roles) {
      if (paused.contains(role.name())) {
        role.gate().turnEnded(); // a paused role wants no step: it gives up a pending one
        continue;
      }
      final long start = System.nanoTime();
      try {
        role.turn().take();
        if (failing.remove(role.name()) != null) {
          events.publish(new TickRecovered(role.name()));
        }
      } catch (Exception e) {
        final String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (!problem.equals(failing.put(role.name(), problem))) {
          events.publish(new TickFailed(role.name(), problem));
        }
      } finally {
        role.gate().turnEnded();
        spent.merge(role.name(), System.nanoTime() - start, Long::sum);
      }
    }
  }

  /** The roles' names, in the order they take their turns. */
  public List<String> roleNames() {
    return roles.stream().map(Role::name).toList();
  }

  /**
   * Where each role stands, in turn order: its state machine's state ({@code IDLE}, {@code POSTING}…),
   * {@code "paused"} while paused, {@code "failing: ..."} while its turns fail, or {@code "running"}
   * for a role without a state machine.
   */
  public Map<String, String> roleStates() {
    final Map<String, String> states = new LinkedHashMap<>();
    for (final Role role : roles) {
      final Object state = role.state().get();
      states.put(role.name(), paused.contains(role.name()) ? "paused"
          : failing.containsKey(role.name()) ? "failing: " + failing.get(role.name())
          : state == null ? "running" : state.toString());
    }
    return states;
  }

  /**
   * Stops {@code role} taking its turns (the others go on) until {@link #resume}: to watch what the
   * rest of the rollup does without it, e.g. withdrawals waiting while the proposer is paused.
   *
   * @return false if it was paused already
   * @throws IllegalArgumentException if the node has no such role, naming the ones it has
   */
  public boolean pause(final String role) {
    return paused.add(requireRole(role));
  }

  /** Lets a paused {@code role} take its turns again; false if it was not paused. */
  public boolean resume(final String role) {
    return paused.remove(requireRole(role));
  }

  /** The paused roles, in turn order. */
  public List<String> pausedRoles() {
    return roleNames().stream().filter(paused::contains).toList();
  }

  private String requireRole(final String role) {
    if (!roleNames().contains(role)) {
      throw new IllegalArgumentException("a " + config.mode().name().toLowerCase(Locale.ROOT)
          + " rollup node has no role \"" + role + "\"; its roles are " + String.join(", ", roleNames()));
    }
    return role;
  }

  /** How long each role's turns took in all since the node was built, in tick order: where a busy node's time goes. */
  public synchronized Map<String, Duration> timeSpent() {
    final Map<String, Duration> times = new LinkedHashMap<>();
    spent.forEach((role, nanos) -> times.put(role, Duration.ofNanos(nanos)));
    return times;
  }

  /** Step mode: holds each role before its transitions while on (shared with the lab's other rollup, if any). */
  public StepMode stepMode() {
    return stepMode;
  }

  /** What the operator's view made of optimistic batch {@code batchIndex}; a final one counted (it was checked when sent). */
  private Optional<BatchPosting.Verdict> verdict(final long batchIndex) {
    if (batchIndex < operatorView.settledCount()) {
      return Optional.of(BatchPosting.Verdict.COUNTS);
    }
    return operatorView.batch(batchIndex).map(b -> new BatchPosting.Verdict(b.invalidReason()));
  }

  public RollupDeployment deployment() {
    return deployment;
  }

  public long l2ChainId() {
    return config.l2ChainId();
  }

  /** What the L2 looks like now: blocks, accounts, the mempool. */
  public SequencerQueries l2() {
    return sequencer;
  }

  /**
   * Hands a signed L2 transaction to the sequencer, as {@code eth_sendRawTransaction} does; it is
   * stored before this returns.
   *
   * @return its hash
   * @throws TransactionRejectedException saying which rule it breaks
   */
  public Bytes32 submit(final byte[] signed) throws TransactionRejectedException {
    return sequencer.submit(signed);
  }

  public EventLog events() {
    return events;
  }

  /** What the node stored: for queries over its history, such as {@link io.rolluplab.rollup.mirror.Comparison}. */
  public RollupStore store() {
    return store;
  }

  /** The teaching faults: switch them to watch the protocol answer a misbehaving operator. */
  public Faults faults() {
    return faults;
  }

  /**
   * The optimistic L2 as the operator derives it from L1 alone: what its proposer claims, and what
   * withdrawals are proven against.
   */
  public DerivedChain operatorView() {
    if (operatorView == null) {
      throw new IllegalStateException("a zk rollup node derives state diffs, not batch data: ask diffView()");
    }
    return operatorView;
  }

  /**
   * {@code read} applied to the operator's view between two ticks. Threads other than the node's
   * (the web UI's) read the view only so: a replay walks the batches that the roles change.
   */
  public synchronized <T> T readOperatorView(final Function<DerivedChain, T> read) {
    return read.apply(operatorView());
  }

  /**
   * The zk L2 as the operator derives it from L1's state diffs alone: balances, nonces,
   * withdrawals and roots, but no transactions (L1 never saw them).
   */
  public DiffChain diffView() {
    if (zkView == null) {
      throw new IllegalStateException("an optimistic rollup node executes batch data, it has no diffs: ask"
          + " operatorView()");
    }
    return zkView;
  }

  /** The L2 state the operator derived from L1 alone, in either mode: the root it arrives at must be the sequencer's. */
  public L2State derivedState() {
    return zkView != null ? zkView.state() : operatorView.state();
  }

  /**
   * {@code address} in the operator's view of L2 (derived from L1 alone), with the proof of its leaf:
   * what a one-step proof or a withdrawal shows L1. Read between two ticks, as the roles read it.
   */
  public synchronized ProvenAccount provenAccount(final Address address) {
    final L2State state = derivedState();
    final long batches = zkView != null ? zkView.committedCount() : operatorView.executedCount();
    return new ProvenAccount(address, state.account(address), batches, state.root(),
        state.accountProof(address));
  }

  /** Where the proposer stands (step mode and tests). */
  public ProposerDriver proposer() {
    if (proposer == null) {
      throw new IllegalStateException("a zk rollup node has no proposer: its roots are proven; ask prover()");
    }
    return proposer;
  }

  /** Where the prover stands (step mode and tests). */
  public ProverDriver prover() {
    if (prover == null) {
      throw new IllegalStateException("an optimistic rollup node has no prover: its roots are proposed; ask proposer()");
    }
    return prover;
  }

  public RollupMode mode() {
    return config.mode();
  }

  /** Where the batcher stands (step mode and tests). */
  public BatcherDriver batcher() {
    return batcher;
  }

  /** The L2 JSON-RPC endpoint's URL, once {@link #start}ed. */
  public String l2RpcUrl() {
    if (rpc == null) {
      throw new IllegalStateException("the rollup node serves no L2 JSON-RPC until it is started");
    }
    return rpc.url();
  }

  /** Stops ticking, stops the roles, closes the L2 JSON-RPC endpoint and the store. */
  @Override
  public void close() throws Exception {
    if (loop != null) {
      loop.shutdown();
      loop.awaitTermination(5, TimeUnit.SECONDS);
    }
    synchronized (this) {
      bridge.stop();
      sequencer.stop();
      if (rpc != null) {
        rpc.close();
      }
      store.close();
    }
  }
}
