package io.rolluplab.devnet.chain;

import io.rolluplab.devnet.evm.Fork;
import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.state.WorldState;
import io.rolluplab.devnet.tx.BlockContext;
import io.rolluplab.devnet.tx.CallRequest;
import io.rolluplab.devnet.tx.InvalidTransactionException;
import io.rolluplab.devnet.tx.Transaction;
import io.rolluplab.devnet.tx.TransactionProcessor;
import io.rolluplab.devnet.tx.TransactionResult;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.lang.System.Logger.Level;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.web3j.utils.Numeric;

/**
 * The L1 devnet as one object: a chain that starts with the funded {@link DevAccounts}, takes
 * signed transactions, mines them per its {@link MiningMode}, and answers what the JSON-RPC
 * server and the UI ask. Reads see the latest block's state unless they name a block: the state
 * after each of the last {@value StateHistory#KEPT} blocks is kept for those.
 *
 * <p>Thread-safe by one lock (this object's monitor): the RPC server, the UI and the interval
 * miner may call it from different threads, and every call sees a whole block or none of it.
 */
public final class Devnet implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Devnet.class.getName());

  private final DevnetConfig config;
  private final ChainClock clock;
  private final BlockBuilder builder;
  private final Miner miner;
  private final ChainHistory history = new ChainHistory();
  private final StateHistory states = new StateHistory();
  private final TxPool pool;
  private final List<Consumer<Block>> blockListeners = new CopyOnWriteArrayList<>();
  private final TreeMap<Integer, ChainSnapshot> snapshots = new TreeMap<>();
  private final TransactionProcessor processor;
  private int nextSnapshotId = 1;
  private WorldState state;
  /** Where blocks, clock moves and reverts are recorded; null for a devnet that lives in memory only. */
  private ChainJournal journal;

  /** Everything {@link #revert} puts back. */
  private record ChainSnapshot(int blockCount, WorldState state, List<Transaction> pending, ChainClock.Reading clock) {}

  /**
   * A devnet on the given wall clock and block timer; tests pass fakes of both. The interval miner
   * starts with {@link #start}.
   */
  public Devnet(final DevnetConfig config, final InstantSource wallClock, final BlockTimer timer) {
    this(config, wallClock, timer, OptionalLong.empty());
  }

  /** @param genesisTimestamp the genesis block's timestamp when replaying a journal; else "now" */
  private Devnet(final DevnetConfig config, final InstantSource wallClock, final BlockTimer timer,
      final OptionalLong genesisTimestamp) {
    this.config = config;
    this.clock = new ChainClock(wallClock);
    this.processor = new TransactionProcessor(Fork.CANCUN);
    this.builder = new BlockBuilder(processor, config.chainId());
    this.miner = new Miner(config.mining(), timer);
    this.state = new WorldState();
    for (final DevAccount account : DevAccounts.all()) {
      state.setBalance(account.address(), DevAccounts.INITIAL_BALANCE);
    }
    state.commit();
    final long timestamp = genesisTimestamp.orElseGet(clock::nextBlockTimestamp);
    history.append(builder.genesis(state, timestamp));
    states.append(0, state);
    clock.blockSealed(timestamp);
    this.pool = new TxPool(processor, state);
  }

  /** Creates a devnet on the system clock and starts mining. */
  public static Devnet start(final DevnetConfig config) {
    final Devnet devnet = new Devnet(config, InstantSource.system(), BlockTimer.daemonThread());
    devnet.start();
    return devnet;
  }

  /**
   * A devnet that survives restarts ({@code --data-dir}): it replays the chain recorded in
   * {@code journalFile} (a new file starts a new chain), then records every block, clock move and
   * revert there before anyone hears of it. Transactions still pending at a crash are not
   * recorded, as a node loses its mempool; snapshots do not survive a restart either.
   *
   * @throws IOException if the file cannot be read or written
   * @throws IllegalStateException if the file belongs to another chain or does not replay to the
   *     blocks it recorded
   */
  public static Devnet open(final DevnetConfig config, final Path journalFile, final InstantSource wallClock,
      final BlockTimer timer) throws IOException {
    final ChainJournal opened = ChainJournal.open(journalFile);
    try {
      final JournalReplay replay = JournalReplay.of(opened.entries(), config.chainId());
      final Devnet devnet = new Devnet(config, wallClock, timer, replay.genesisTimestamp());
      replay.into(devnet);
      if (replay.genesisTimestamp().isEmpty()) {
        final Block genesis = devnet.latestBlock();
        opened.append(new JournalEntry.Genesis(config.chainId(), genesis.header().timestamp(), genesis.hash()));
      }
      devnet.journal = opened;
      return devnet;
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
  }

  /** Starts the interval miner (does nothing in the other modes). */
  public void start() {
    miner.start(this::mine);
  }

  // ------------------------------------------------------------------ transactions and blocks

  /**
   * Accepts a signed transaction ({@code eth_sendRawTransaction}). In automine mode it is mined
   * before this returns, so its receipt is already there.
   *
   * @return the transaction hash
   * @throws InvalidTransactionException if it may not enter a block now; nothing has changed then
   */
  public synchronized byte[] submit(final byte[] rawTransaction) throws InvalidTransactionException {
    return submitDecoded(Transaction.decode(rawTransaction));
  }

  /**
   * {@link #submit(byte[])} for a transaction that an in-process sender signed and decoded itself
   * (the rollup's embedded L1 client): the devnet skips decoding the bytes and recovering the sender
   * from the signature, the costliest step of taking a transaction in. It trusts that
   * {@code tx.raw()} is the signed encoding of {@code tx}'s fields by {@code tx.sender()}'s key;
   * every other rule is checked as for any transaction.
   *
   * @return the transaction hash
   * @throws InvalidTransactionException if it may not enter a block now; nothing has changed then
   */
  public synchronized byte[] submitDecoded(final Transaction tx) throws InvalidTransactionException {
    if (miner.minesEachTransaction() && pool.isEmpty() && mineAlone(tx, false) == Alone.MINED) {
      return tx.hash();
    }
    pool.add(tx, nextContext());
    if (miner.minesEachTransaction()) {
      mine();
    }
    return tx.hash();
  }

  /**
   * {@link #submitDecoded}, but only if {@code tx} succeeds where it runs now: in automine, in its
   * own block; else on the pool's pending state. One that would revert or run out of gas is not
   * taken: nothing changes and no gas is paid. For a sender whose gas limit is a guess
   * ({@code GasEstimator.guess}): the run that tries the guess is the one that counts, instead of
   * a simulation before it.
   *
   * @return the transaction hash if it was taken, empty if it would have failed
   * @throws InvalidTransactionException if it may not enter a block now; nothing has changed then
   */
  public synchronized Optional<byte[]> submitIfItSucceeds(final Transaction tx) throws InvalidTransactionException {
    if (miner.minesEachTransaction() && pool.isEmpty()) {
      final Alone alone = mineAlone(tx, true);
      if (alone != Alone.NOT_TAKEN) {
        return alone == Alone.MINED ? Optional.of(tx.hash()) : Optional.empty();
      }
    }
    if (!pool.addIfItSucceeds(tx, nextContext())) {
      return Optional.empty();
    }
    if (miner.minesEachTransaction()) {
      mine();
    }
    return Optional.of(tx.hash());
  }

  /** What {@link #mineAlone} did: mined it, left it out because it failed, or could not put it in a block. */
  private enum Alone { MINED, FAILED, NOT_TAKEN }

  /**
   * Automine with nothing pending: seals {@code tx} in a block of its own at once, without first
   * running it on the pool's pending state, which is then the same state: running it in the block
   * is the check. If the block would not take it (the pool then says why: it refuses it with the
   * broken rule), or it failed there and {@code onlyIfItSucceeds}, nothing is sealed.
   */
  private Alone mineAlone(final Transaction tx, final boolean onlyIfItSucceeds) {
    final BlockContext context = nextContext();
    final int beforeBlock = state.snapshot();
    final BlockBuilder.Sealed sealed = build(context, List.of(tx));
    final List<Receipt> receipts = sealed.block().receipts();
    if (receipts.isEmpty() || onlyIfItSucceeds && !receipts.get(0).success()) {
      state.revertTo(beforeBlock); // below the state root just computed: the next root rebuilds the trie
      return receipts.isEmpty() ? Alone.NOT_TAKEN : Alone.FAILED;
    }
    finish(context, sealed);
    return Alone.MINED;
  }

  /** Seals a block with the pending transactions (best tip first) that fit ({@code evm_mine}). */
  public synchronized Block mine() {
    final BlockContext context = nextContext();
    return seal(context, pool.inBlockOrder(context.baseFee()));
  }

  /** Re-seals a journaled block: exactly {@code transactions}, in this order, at {@code timestamp}. */
  synchronized Block replay(final long timestamp, final List<Transaction> transactions) {
    clock.setNextBlockTimestamp(timestamp);
    return seal(nextContext(), transactions);
  }

  /** Sets the clock as a journal recorded it, after a replay. */
  synchronized void restoreClock(final ChainClock.Reading reading) {
    clock.restore(reading);
  }

  private Block seal(final BlockContext context, final List<Transaction> candidates) {
    return finish(context, build(context, candidates));
  }

  /** Applies {@code candidates} to the state and seals their block, which is not on the chain yet. */
  private BlockBuilder.Sealed build(final BlockContext context, final List<Transaction> candidates) {
    final int beforeBlock = state.snapshot();
    try {
      return builder.build(history.head().header(), context, state, candidates);
    } catch (RuntimeException e) {
      state.revertTo(beforeBlock); // a bug while building must not leave half a block in the state
      throw e;
    }
  }

  /** Puts a block {@link #build} sealed on the chain, and tells the pool, the journal and the listeners. */
  private Block finish(final BlockContext context, final BlockBuilder.Sealed sealed) {
    final Block block = sealed.block();
    state.commit();
    history.append(block);
    states.append(block.number(), state);
    clock.blockSealed(context.timestamp());
    final List<Transaction> left = new ArrayList<>(block.transactions());
    sealed.rejected().forEach(d -> left.add(d.transaction()));
    final List<TxPool.Dropped> dropped = new ArrayList<>(sealed.rejected());
    dropped.addAll(pool.advance(state, left, nextContext()));
    dropped.forEach(Devnet::logDropped);
    record(new JournalEntry.Sealed(block.number(), block.header().timestamp(), block.hash(),
        block.transactions().stream().map(Transaction::raw).toList(), clock.read()));
    blockListeners.forEach(listener -> listener.accept(block));
    return block;
  }

  /** Journals {@code entry} if this devnet has a journal, before any listener or caller hears of the change. */
  private void record(final JournalEntry entry) {
    if (journal != null) {
      journal.append(entry);
    }
  }

  private BlockContext nextContext() {
    return builder.nextContext(history.head(), clock.nextBlockTimestamp(), history::hashOf);
  }

  private static void logDropped(final TxPool.Dropped dropped) {
    LOG.log(Level.WARNING, "dropped pending transaction {0} from {1}: {2}",
        Numeric.toHexString(dropped.transaction().hash()), dropped.transaction().sender(),
        dropped.reason().getMessage());
  }

  /**
   * Calls {@code listener} with every new block, on the mining thread and under the devnet's lock:
   * it may read the devnet, but should hand slow work (network writes) to another thread.
   */
  public void onNewBlock(final Consumer<Block> listener) {
    blockListeners.add(listener);
  }

  public synchronized Block latestBlock() {
    return history.head();
  }

  /** The newest {@code count} blocks, newest first. */
  public synchronized List<Block> latestBlocks(final int count) {
    return history.latest(count);
  }

  public synchronized Optional<Block> block(final long number) {
    return history.byNumber(number);
  }

  public synchronized Optional<Block> blockByHash(final byte[] hash) {
    return history.byHash(hash);
  }

  public synchronized Optional<IncludedTransaction> transaction(final byte[] txHash) {
    return history.transaction(txHash);
  }

  public synchronized Optional<Receipt> receipt(final byte[] txHash) {
    return history.transaction(txHash).map(IncludedTransaction::receipt);
  }

  /**
   * Re-executes a mined transaction with {@code tracer} watching ({@code debug_traceTransaction}):
   * on the state after the parent block, after the transactions before it in its block, in its
   * block's context. Nothing of the chain changes.
   *
   * @return empty if no mined transaction has this hash
   * @throws StateUnavailableException if its parent block's state is no longer kept
   */
  public synchronized Optional<TransactionResult> trace(final byte[] txHash, final Tracer tracer) {
    final Optional<IncludedTransaction> found = history.transaction(txHash);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    final Block block = found.get().block();
    final WorldState replay = states.after(block.number() - 1);
    final BlockContext context = contextOf(block);
    try {
      for (int i = 0; i < found.get().index(); i++) {
        processor.process(replay, context, block.transactions().get(i), Tracer.NONE);
      }
      return Optional.of(processor.process(replay, context, found.get().transaction(), tracer));
    } catch (InvalidTransactionException e) {
      throw new IllegalStateException("a mined transaction is invalid on replay: " + e.getMessage(), e);
    }
  }

  /** What the transactions of a mined block saw: the context it was built in. */
  private BlockContext contextOf(final Block block) {
    final Block parent = history.byNumber(block.number() - 1).orElseThrow();
    return builder.nextContext(parent, block.header().timestamp(), history::hashOf);
  }

  /** Accepted transactions not mined yet, in arrival order. */
  public synchronized List<Transaction> pendingTransactions() {
    return pool.pending();
  }

  // ------------------------------------------------------------------ state at the latest block

  public synchronized BigInteger balance(final Address address) {
    return state.getBalance(address);
  }

  public synchronized long nonce(final Address address) {
    return state.getNonce(address);
  }

  public synchronized byte[] code(final Address address) {
    return state.getCode(address).clone();
  }

  public synchronized UInt256 storage(final Address address, final UInt256 key) {
    return state.getStorage(address, key);
  }

  /** The sender's next nonce counting its pending transactions ({@code eth_getTransactionCount} "pending"). */
  public synchronized long pendingNonce(final Address address) {
    return pool.nextNonce(address);
  }

  /**
   * A private copy of the state after block {@code number}, to read or to run calls on.
   *
   * @throws StateUnavailableException if the block does not exist or is older than the last
   *     {@value StateHistory#KEPT}
   */
  public synchronized WorldState stateAt(final long number) {
    return states.after(number);
  }

  /** The base fee the next block will charge. */
  public synchronized BigInteger nextBaseFee() {
    return nextContext().baseFee();
  }

  public long chainId() {
    return config.chainId();
  }

  public MiningMode miningMode() {
    return miner.mode();
  }

  /** {@code evm_setAutomine}: a block per transaction from now on, or not (see {@link Miner#setAutomine}). */
  public void setAutomine(final boolean on) {
    miner.setAutomine(on);
  }

  /**
   * Runs a call on a copy of the latest state, in the context of the next block, and throws the
   * copy away ({@code eth_call}); the tracer sees every step ({@code debug_traceCall}, the UI).
   */
  public synchronized TransactionResult call(final CallRequest request, final Tracer tracer)
      throws InvalidTransactionException {
    return processor.call(state.copy(), nextContext(), request, tracer);
  }

  /**
   * {@link #call(CallRequest, Tracer)} on the state after block {@code number}, in the context of
   * the block that followed it (as the first transaction of that block saw it).
   *
   * @throws StateUnavailableException if that block's state is not kept
   */
  public synchronized TransactionResult call(final CallRequest request, final long number, final Tracer tracer)
      throws InvalidTransactionException {
    if (number == history.head().number()) {
      return call(request, tracer);
    }
    final WorldState past = states.after(number);
    return processor.call(past, contextOf(history.byNumber(number + 1).orElseThrow()), request, tracer);
  }

  // ------------------------------------------------------------------ dev controls

  /**
   * {@code evm_increaseTime}: the next block is at least {@code seconds} later.
   *
   * @return how far the chain's clock is now ahead of the wall clock, in seconds
   */
  public synchronized long increaseTime(final long seconds) {
    clock.increaseTime(seconds);
    record(new JournalEntry.ClockMoved(clock.read()));
    return clock.offsetSeconds();
  }

  /** {@code evm_setNextBlockTimestamp}; it must be later than the latest block's. */
  public synchronized void setNextBlockTimestamp(final long timestamp) {
    clock.setNextBlockTimestamp(timestamp);
    record(new JournalEntry.ClockMoved(clock.read()));
  }

  /** The chain's current time, in seconds since 1970. */
  public synchronized long now() {
    return clock.now();
  }

  /**
   * {@code evm_snapshot}: remembers the whole chain (blocks, state, pending transactions, clock).
   *
   * @return the id to pass to {@link #revert}
   */
  public synchronized int snapshot() {
    final int id = nextSnapshotId++;
    snapshots.put(id, new ChainSnapshot(history.size(), state.copy(), pool.pending(), clock.read()));
    return id;
  }

  /**
   * {@code evm_revert}: puts the chain back as it was at snapshot {@code id}. That snapshot and all
   * later ones are used up, as in Hardhat and anvil: take a new snapshot to revert again.
   *
   * @return false if there is no such snapshot (never taken, or already used)
   */
  public synchronized boolean revert(final int id) {
    final ChainSnapshot snapshot = snapshots.get(id);
    if (snapshot == null) {
      return false;
    }
    snapshots.tailMap(id, true).clear();
    history.truncate(snapshot.blockCount());
    state = snapshot.state();
    states.revertTo(snapshot.blockCount() - 1, state);
    clock.restore(snapshot.clock());
    pool.restore(state, snapshot.pending(), nextContext()).forEach(Devnet::logDropped);
    record(new JournalEntry.Reverted(snapshot.blockCount(), clock.read()));
    return true;
  }

  /** Stops the interval miner and closes the journal. */
  @Override
  public void close() throws Exception {
    miner.close();
    if (journal != null) {
      journal.close();
    }
  }
}
