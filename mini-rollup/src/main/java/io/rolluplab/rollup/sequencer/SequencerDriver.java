package io.rolluplab.rollup.sequencer;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.event.EventSink;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.execution.Rule;
import io.rolluplab.rollup.execution.TransactionRules;
import io.rolluplab.rollup.execution.TransactionRules.Verdict;
import io.rolluplab.rollup.l2tx.L2Transaction;
import io.rolluplab.rollup.l2tx.MalformedTransactionException;
import io.rolluplab.rollup.l2tx.RecipientNames;
import io.rolluplab.rollup.sequencer.SequencerEvent.DepositQueued;
import io.rolluplab.rollup.sequencer.SequencerEvent.MempoolFull;
import io.rolluplab.rollup.sequencer.SequencerEvent.MempoolHasRoom;
import io.rolluplab.rollup.sequencer.SequencerEvent.SequencerPaused;
import io.rolluplab.rollup.sequencer.SequencerEvent.SequencerResumed;
import io.rolluplab.rollup.sequencer.SequencerEvent.SequencerStopped;
import io.rolluplab.rollup.sequencer.SequencerEvent.SequencerThrottleLifted;
import io.rolluplab.rollup.sequencer.SequencerEvent.SequencerThrottled;
import io.rolluplab.rollup.sequencer.SequencerEvent.TransactionAccepted;
import io.rolluplab.rollup.sequencer.SequencerEvent.TransactionEvicted;
import io.rolluplab.rollup.sequencer.SequencerEvent.TransactionRejected;
import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.L2State;
import io.rolluplab.rollup.step.StepGate;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * The sequencer's loop and its two doors: {@link #submit} for users' transactions and
 * {@link #enqueueDeposit} for the bridge. {@link #tick()} is one turn of the loop; a scheduler
 * calls it often, tests and step mode call it directly with a fake clock. All methods are
 * synchronized: RPC threads submit and read while the loop seals. The lock guards the mempool, the
 * deposit queue and the view of the head's accounts ({@link HeadAccounts}), and is held briefly:
 * the loop executes a block and writes it down outside it (only the loop touches the chain's
 * state, admission reads the view), and a submission writes its acceptance down outside it. So
 * submissions are not kept waiting by execution or the store, nor sealing by submissions. A block
 * becomes the head once it is written, so nobody hears of a block a crash could lose; a
 * transaction goes into a block only once its acceptance is written, so no block holds one a crash
 * could forget.
 *
 * <p>Backpressure: while the batcher lags too far behind ({@link #watchBatcher}), blocks take no
 * transactions, and while the mempool is full, submissions are refused; each with one event when it
 * starts and one when it ends.
 */
public final class SequencerDriver implements SequencerQueries {
  /** How many nonces beyond a sender's next one the mempool holds back. */
  public static final int MAX_NONCE_GAP = 64;
  /**
   * How often the mempool is searched for held-back transactions to evict: the search visits every
   * sender in the pool, too much for every turn of a loop that turns every millisecond.
   */
  static final Duration EVICTION_SCAN_INTERVAL = Duration.ofSeconds(1);

  private final SequencerConfig config;
  private final L1FeeSource l1Fee;
  private final InstantSource clock;
  private final EventSink events;
  private final SequencerJournal journal;
  private final TransactionRules rules;
  private final DepositQueue deposits = new DepositQueue();
  private final Mempool pool = new Mempool();
  private final L2Chain chain;
  /** The accounts as of the newest block: what admission and queries read while a block executes. */
  private final HeadAccounts head;
  private final BlockBuilder builder;
  private SequencerState state = SequencerState.RUNNING;
  /** A teaching fault: while on, new deposits wait in the queue and blocks leave them out. */
  private boolean censoringDeposits;
  /** The highest deposit index L1 forced in: blocks include the deposits up to it even while censoring. */
  private long forcedThrough = -1;
  /** Asked before each transition: step mode holds it there. */
  private StepGate gate = StepGate.OPEN;
  /** Held for a whole {@link #tick}, so two ticks never overlap while one has let the lock go. */
  private final Object sealing = new Object();
  /** The block sealed and being written down: out of the mempool, not the head yet; null between ticks. */
  private L2Block storing;
  /** The first L2 block no batch on L1 holds, asked of the batcher each turn; null: nothing throttles sealing. */
  private volatile LongSupplier batcherProgress;
  private final UnbatchedItems unbatched = new UnbatchedItems();
  /** While on, blocks take only deposits: the batcher lags too far behind. */
  private boolean throttled;
  /** Submissions refused since the mempool filled up, 0 while it has room. */
  private long refusedWhileFull;
  /** When the mempool is next searched for transactions to evict. */
  private Instant nextEvictionScan = Instant.MIN;

  /** A sequencer on an empty L2 state that forgets everything when the process ends. */
  public SequencerDriver(final SequencerConfig config, final L1FeeSource l1Fee, final InstantSource clock,
      final EventSink events) {
    this(config, l1Fee, clock, events, SequencerJournal.NONE);
  }

  /**
   * A sequencer that writes its changes to {@code journal} and starts where the journal left off:
   * on an empty L2 state the first time (deposits are the only way value arrives), else on the
   * state its stored blocks re-execute to, with its accepted transactions back in the mempool.
   *
   * @throws IllegalStateException if a stored block does not re-execute to its stored state root
   */
  public SequencerDriver(final SequencerConfig config, final L1FeeSource l1Fee, final InstantSource clock,
      final EventSink events, final SequencerJournal journal) {
    this.config = config;
    this.l1Fee = l1Fee;
    this.clock = clock;
    this.events = events;
    this.journal = journal;
    this.rules = new TransactionRules(config.l2ChainId());
    final SequencerJournal.Saved saved = journal.saved();
    final Instant genesisTime = saved.blocks().isEmpty() ? clock.instant() : saved.blocks().get(0).timestamp();
    this.chain = new L2Chain(new L2State(), genesisTime, journal);
    this.head = new HeadAccounts(chain.state());
    final L2StateMachine machine = new L2StateMachine(chain.state(), config.l2ChainId(), deposits);
    this.builder = new BlockBuilder(chain, machine, deposits, pool, events, journal);
    if (saved.blocks().isEmpty()) {
      journal.sealed(chain.head());
    } else {
      restore(saved);
    }
  }

  /**
   * Queues the stored deposits again, re-executes the stored blocks after genesis in order, then
   * admits the accepted transactions no block holds, in the order they first arrived.
   */
  private void restore(final SequencerJournal.Saved saved) {
    saved.deposits().forEach(deposits::enqueue);
    saved.blocks().stream().skip(1).forEach(builder::replay);
    head.refresh();
    for (final byte[] body : saved.pending()) {
      final Bytes32 hash = Bytes32.wrap(Keccak.hash(body));
      if (chain.transaction(hash).isPresent()) {
        continue; // sealed before the crash, yet still listed as pending by its journal
      }
      try {
        pool.add(admit(hash, body, Optional.empty()));
      } catch (TransactionRejectedException e) {
        journal.dropped(hash); // admit published why
      }
    }
  }

  /**
   * One turn: observe the clock, evict transactions whose nonce gap never filled, and seal a block
   * if one is due (running, something to include, the interval since the head has passed). Only
   * picking the block's items and taking them out of the mempool hold the lock: the block is
   * executed and written down outside it, while submissions go on, and then made the head.
   */
  public void tick() {
    final LongSupplier progress = batcherProgress;
    // asked before taking this lock: the batcher's own lock is held while it reads blocks from here
    final OptionalLong firstUnbatched = progress == null ? OptionalLong.empty() : OptionalLong.of(progress.getAsLong());
    synchronized (sealing) {
      final BlockBuilder.Picked picked;
      synchronized (this) {
        throttleBy(firstUnbatched);
        picked = pickIfDue();
        noteRoomInPool();
      }
      if (picked == null) {
        return;
      }
      // only this loop writes the chain's state; admission reads the head's accounts meanwhile
      final BlockBuilder.Built built = builder.build(picked);
      synchronized (this) {
        builder.takeOut(built);
        head.refresh();
        storing = built.block();
        noteRoomInPool();
      }
      try {
        builder.store(built.block());
      } finally {
        synchronized (this) {
          chain.append(built.block()); // its items are applied to the state already, stored or not
          storing = null;
        }
      }
    }
  }

  /**
   * Throttles sealing by how far the batcher lags: {@code firstUnbatched} tells, each turn, the first
   * L2 block no batch on L1 holds. Without it, nothing throttles sealing.
   */
  public void watchBatcher(final LongSupplier firstUnbatched) {
    this.batcherProgress = firstUnbatched;
  }

  /**
   * Switches the throttle on once the blocks no batch holds reach {@code maxUnbatchedItems} items,
   * and off once they are down to half of it: in between it stays as it was, so a batcher that keeps
   * pace just at the limit does not switch it at every block.
   */
  private void throttleBy(final OptionalLong firstUnbatched) {
    if (firstUnbatched.isEmpty()) {
      return;
    }
    final long backlog = unbatched.from(firstUnbatched.getAsLong(), chain);
    if (!throttled && backlog >= config.maxUnbatchedItems()) {
      throttled = true;
      events.publish(new SequencerThrottled(backlog, config.maxUnbatchedItems()));
    } else if (throttled && backlog <= config.maxUnbatchedItems() / 2) {
      throttled = false;
      events.publish(new SequencerThrottleLifted(backlog));
    }
  }

  /** Ends an episode of refusals once sealing has emptied a quarter of the mempool, saying how many there were. */
  private void noteRoomInPool() {
    if (refusedWhileFull > 0 && pool.size() <= config.maxPoolSize() * 3L / 4) {
      events.publish(new MempoolHasRoom(pool.size(), config.maxPoolSize(), refusedWhileFull));
      refusedWhileFull = 0;
    }
  }

  /**
   * Evicts stale transactions (at most once every {@link #EVICTION_SCAN_INTERVAL}), then picks the
   * items of a block if one is due (deposits only while throttled); null if none is.
   */
  private BlockBuilder.Picked pickIfDue() {
    final Instant now = clock.instant();
    if (!now.isBefore(nextEvictionScan)) {
      nextEvictionScan = now.plus(EVICTION_SCAN_INTERVAL);
      evictHeldLongerThanTheTimeout(now);
    }
    final long depositsThrough = censoringDeposits ? forcedThrough : Long.MAX_VALUE;
    final boolean somethingToSeal = deposits.hasWaitingThrough(depositsThrough)
        || !throttled && pool.hasReady(head::nonce);
    final boolean due = !now.isBefore(chain.head().timestamp().plus(config.blockInterval()));
    if (state.seals() && somethingToSeal && due && gate.mayProceed("Seal L2 block " + (chain.head().number() + 1)
        + (throttled ? " from the deposits waiting only (the sequencer is throttled until the batcher catches up)."
            : " from the deposits and transactions waiting (soft confirmation: it is not on L1 yet)."))) {
      final int maxTransactions = throttled ? 0 : config.maxItemsPerBlock();
      return builder.pick(now, l1Fee.l1FeePerByte(), config.maxItemsPerBlock(), maxTransactions, depositsThrough);
    }
    return null;
  }

  /** Evicts the held-back transactions whose nonce gap did not fill within the timeout. */
  private void evictHeldLongerThanTheTimeout(final Instant now) {
    for (final PooledTransaction stale : pool.heldLongerThan(config.nonceGapTimeout(), now, head::nonce)) {
      pool.remove(stale);
      journal.dropped(stale.hash());
      events.publish(new TransactionEvicted(stale.hash(), stale.sender(), stale.nonce(),
          Duration.between(stale.receivedAt(), now)));
    }
  }

  /** Has each of its transitions wait at {@code stepGate} first (step mode); the gate is open until then. */
  public synchronized void gateSteps(final StepGate stepGate) {
    this.gate = stepGate;
  }

  /**
   * Teaching fault: while {@code on}, the sequencer leaves deposits out of its blocks (they wait in
   * the queue). L1's force-inclusion rule answers it: once a deposit is overdue, no batch that skips
   * it is accepted, and {@link #forceInclude} is what the batcher does about that.
   */
  public synchronized void censorDeposits(final boolean on) {
    censoringDeposits = on;
  }

  /**
   * Makes the next blocks include every waiting deposit up to index {@code depositIndex}, censoring
   * or not: L1 refuses batches without it ({@code DepositOverdue}).
   */
  public synchronized void forceInclude(final long depositIndex) {
    forcedThrough = Math.max(forcedThrough, depositIndex);
  }

  /**
   * Admits a signed transaction into the mempool after checking it against the pending state:
   * ready if its nonce is the sender's next, held back if it is ahead. It returns once the
   * acceptance is stored. The store's write runs outside this object's lock, beside sealing;
   * until it is committed the transaction is in the mempool as being stored, so admission counts it
   * and no block takes it.
   *
   * @return its hash
   * @throws TransactionRejectedException saying which rule it breaks and what to do
   */
  public Bytes32 submit(final byte[] body) throws TransactionRejectedException {
    final Bytes32 hash = Bytes32.wrap(Keccak.hash(body));
    final Optional<Signer> signer = recoverSenderEarly(body);
    final PooledTransaction tx;
    final boolean held;
    synchronized (this) {
      tx = admit(hash, body, signer);
      // admitted, its nonce is the sender's pending one (ready) or beyond it (held back for the gap)
      held = tx.nonce() > pool.pendingNonce(tx.sender(), head.nonce(tx.sender()));
      pool.addBeingStored(tx);
    }
    try {
      events.publish(new TransactionAccepted(hash, tx.sender(), tx.nonce(), held), () -> journal.accepted(tx));
    } catch (RuntimeException e) {
      synchronized (this) {
        pool.remove(tx); // not accepted after all: the caller hears why
      }
      throw e;
    }
    synchronized (this) {
      pool.stored(tx);
    }
    return hash;
  }

  /** Who signed a transaction, and its nonce: what {@link #recoverSenderEarly} learns. */
  private record Signer(Address sender, BigInteger nonce) {}

  /**
   * Recovers the signer of a transaction for this chain before {@link #submit} takes the lock: it is
   * most of the checking and needs no state, so RPC threads do it while the loop seals. The check
   * under the lock then finds the answer memoized ({@link L2Transaction#recoverSender}) and judges
   * everything else; a malformed body is left for it to reject, with its reason.
   *
   * @return the signer and nonce, empty if the body is malformed, for another chain or badly signed
   */
  private Optional<Signer> recoverSenderEarly(final byte[] body) {
    try {
      final L2Transaction tx = L2Transaction.decode(body);
      if (BigInteger.valueOf(config.l2ChainId()).equals(tx.chainId())) {
        return tx.recoverSender().map(sender -> new Signer(sender, tx.nonce()));
      }
    } catch (MalformedTransactionException e) {
      // rule 1: admit rejects it
    }
    return Optional.empty();
  }

  /**
   * Queues the L1 deposit {@code index}; the next block includes it, before any transaction. The
   * same deposit twice is ignored, so the bridge may replay logs after a restart.
   *
   * @throws IllegalArgumentException if {@code index} is not the next in L1 queue order
   */
  public synchronized void enqueueDeposit(final long index, final Address l1From, final Address l2To,
      final BigInteger amount) {
    final Deposit deposit = new Deposit(index, l1From, l2To, amount);
    if (deposits.enqueue(deposit)) {
      events.publish(new DepositQueued(deposit), () -> journal.depositQueued(deposit));
    }
  }

  public synchronized void pause() {
    state = state.pause();
    events.publish(new SequencerPaused());
  }

  public synchronized void resume() {
    state = state.resume();
    events.publish(new SequencerResumed());
  }

  public synchronized void stop() {
    state = state.stop();
    events.publish(new SequencerStopped());
  }

  /**
   * Checks a transaction for the mempool.
   *
   * @param signer its signer and nonce if known already ({@link #recoverSenderEarly}), else empty
   */
  private PooledTransaction admit(final Bytes32 hash, final byte[] body, final Optional<Signer> signer)
      throws TransactionRejectedException {
    if (!state.accepts()) {
      throw rejected(hash, RejectReason.NOT_ACCEPTING, "the sequencer is stopped");
    }
    if (pool.get(hash).isPresent() || maybeSealed(signer) && sealedTransaction(hash).isPresent()) {
      throw rejected(hash, RejectReason.ALREADY_KNOWN, "transaction " + hash + " is already known");
    }
    if (pool.size() >= config.maxPoolSize()) {
      if (refusedWhileFull++ == 0) {
        events.publish(new MempoolFull(config.maxPoolSize())); // the rest of the episode is counted, not published
      }
      throw new TransactionRejectedException(RejectReason.POOL_FULL,
          "the mempool holds its maximum of " + config.maxPoolSize() + " transactions");
    }
    final long l1FeePerByte = l1Fee.l1FeePerByte();
    final byte[] item = rules.batchBody(body);
    Verdict verdict = rules.check(item, l1FeePerByte, this::pendingAccount, RecipientNames.NONE);
    if (verdict.brokenRule() == Rule.NONCE_MISMATCH) {
      verdict = checkAsHeldBack(hash, item, l1FeePerByte, verdict);
    }
    if (!verdict.passed()) {
      throw rejected(hash, RejectReason.of(verdict.brokenRule()), verdict.brokenRule() + ": " + verdict.detail());
    }
    return new PooledTransaction(hash, body, new BatchItem(item), verdict.tx(), verdict.sender(), verdict.tx().nonce().longValueExact(),
        verdict.cost(), PooledTransaction.tipOf(verdict.tx()), pool.nextArrival(), clock.instant());
  }

  /**
   * A nonce other than the pending one: used already, pending already, too far ahead, or ahead by
   * a gap. In the last case the other rules are checked as if the gap were filled, and the
   * transaction is admitted to wait for it.
   */
  private Verdict checkAsHeldBack(final Bytes32 hash, final byte[] body, final long l1FeePerByte,
      final Verdict mismatch) throws TransactionRejectedException {
    final Address sender = mismatch.sender();
    final BigInteger nonce = mismatch.tx().nonce();
    final long stateNonce = head.nonce(sender);
    final long pendingNonce = pool.pendingNonce(sender, stateNonce);
    if (nonce.compareTo(BigInteger.valueOf(stateNonce)) < 0) {
      return mismatch;
    }
    if (nonce.compareTo(BigInteger.valueOf(pendingNonce + MAX_NONCE_GAP)) > 0) {
      throw rejected(hash, RejectReason.NONCE_TOO_FAR_AHEAD,
          "nonce " + nonce + " is more than " + MAX_NONCE_GAP + " beyond the sender's next, " + pendingNonce);
    }
    if (nonce.longValue() < pendingNonce || pool.hasNonce(sender, nonce.longValue())) {
      throw rejected(hash, RejectReason.NONCE_ALREADY_PENDING,
          "a transaction with nonce " + nonce + " from " + sender + " is already pending");
    }
    final BigInteger balance = pendingAccount(sender).balance();
    return rules.check(body, l1FeePerByte, address -> new Account(balance, nonce.longValue()), RecipientNames.NONE);
  }

  /** Publishes the rejection and returns the exception to throw. */
  private TransactionRejectedException rejected(final Bytes32 hash, final RejectReason reason, final String problem) {
    final TransactionRejectedException e = new TransactionRejectedException(reason, problem);
    events.publish(new TransactionRejected(hash, reason, e.getMessage()));
    return e;
  }

  /**
   * Whether a transaction from {@code signer} can be in a sealed block. Sealing a transaction
   * raised its sender's nonce past the transaction's, and nonces never go down, so one whose nonce
   * is not below its sender's is in no block: the chain's lookup, which reads the store for blocks
   * no longer in memory, is then skipped. Without a known signer, it may be.
   */
  private boolean maybeSealed(final Optional<Signer> signer) {
    return signer.map(s -> s.nonce().compareTo(BigInteger.valueOf(head.nonce(s.sender()))) < 0)
        .orElse(true);
  }

  private Account pendingAccount(final Address address) {
    final Account latest = head.account(address);
    final BigInteger balance = latest.balance().add(deposits.waitingCredit(address))
        .subtract(pool.pendingCost(address, latest.nonce()));
    return new Account(balance.max(BigInteger.ZERO), pool.pendingNonce(address, latest.nonce()));
  }

  @Override
  public long l2ChainId() {
    return config.l2ChainId();
  }

  @Override
  public synchronized L2Block head() {
    return chain.head();
  }

  @Override
  public synchronized Optional<L2Block> block(final long number) {
    return chain.block(number);
  }

  @Override
  public synchronized Optional<L2Block> block(final Bytes32 hash) {
    return chain.block(hash);
  }

  @Override
  public synchronized Optional<TransactionLookup> transaction(final Bytes32 hash) {
    return sealedTransaction(hash).or(() -> pool.get(hash)
        .map(p -> new TransactionLookup(hash, p.body(), p.tx(), p.sender(), null, -1)));
  }

  /**
   * A transaction in a sealed block: the chain's, or the one being written down (out of the
   * mempool already). Reported as pending (no block) until its block is the head.
   */
  private Optional<TransactionLookup> sealedTransaction(final Bytes32 hash) {
    return chain.transaction(hash).or(() -> storing == null ? Optional.empty() : storing.transactions().stream()
        .filter(t -> t.receipt().txHash().equals(hash)).findFirst()
        .map(t -> new TransactionLookup(hash, t.body(), t.tx(), t.receipt().from(), null, -1)));
  }

  @Override
  public synchronized Account account(final Address address, final boolean pending) {
    return pending ? pendingAccount(address) : head.account(address);
  }

  @Override
  public synchronized int pendingCount() {
    return pool.size();
  }

  @Override
  public synchronized int waitingDeposits() {
    return deposits.waitingCount();
  }

  @Override
  public synchronized SequencerState state() {
    return state;
  }

  @Override
  public synchronized boolean throttled() {
    return throttled;
  }

  @Override
  public long l1FeePerByte() {
    return l1Fee.l1FeePerByte();
  }
}
