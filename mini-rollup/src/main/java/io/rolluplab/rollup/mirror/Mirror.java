package io.rolluplab.rollup.mirror;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.rollup.bridge.BridgeEvent.DepositObserved;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.event.EventLog;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Log;
import io.rolluplab.rollup.l1.L1LogFilter;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1RevertException;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.l2tx.L2Transaction;
import io.rolluplab.rollup.mirror.MirrorEvent.DepositFoundOnL1;
import io.rolluplab.rollup.mirror.MirrorEvent.DepositMirrored;
import io.rolluplab.rollup.mirror.MirrorEvent.MirrorDelayed;
import io.rolluplab.rollup.mirror.MirrorEvent.MirrorFailed;
import io.rolluplab.rollup.mirror.MirrorEvent.TransactionFoundMirrored;
import io.rolluplab.rollup.mirror.MirrorEvent.TransactionMirrored;
import io.rolluplab.rollup.mirror.MirrorEvent.TransactionNotMirrored;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.sequencer.RejectReason;
import io.rolluplab.rollup.sequencer.SequencerEvent.TransactionAccepted;
import io.rolluplab.rollup.sequencer.TransactionLookup;
import io.rolluplab.rollup.sequencer.TransactionRejectedException;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.MirrorProgressTable;
import io.rolluplab.rollup.store.MirrorProgressTable.Pending;
import io.rolluplab.rollup.store.StoredEvent;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;

/**
 * Sends what users do on one rollup instance to the other as well, so the two (optimistic and zk)
 * run the same workload and their time to finality and L1 cost can be compared side by side.
 *
 * <p>It copies <em>intent</em>, not bytes: a signed L2 transaction names its chain id (EIP-155),
 * so the other instance would refuse it as it is.
 *
 * <ul>
 *   <li>A deposit to one Bridge becomes a deposit of the same amount for the same L2 address to
 *       the other Bridge, paid by the mirror's own L1 account; its deposits are not mirrored back.
 *   <li>An L2 transaction from an account whose key the mirror was given (the dev accounts) is
 *       signed again, with the same nonce, fees, recipient and value, for the other chain id.
 *       A transaction from any other key cannot be, and a {@link TransactionNotMirrored} event
 *       says so.
 * </ul>
 *
 * <p>It follows each instance's event log as an indexer does: it reads the events after the last one
 * it handled, acts on the deposits and transactions among them, and keeps its place in that
 * instance's store ({@link io.rolluplab.rollup.store.MirrorProgressTable}). The events after its
 * place are its queue, so a slow L1 deposit never holds up a node, and a restart on the same
 * {@code --data-dir} copies what it had not copied yet. Its place is saved after each copy.
 *
 * <p>In order, and nothing lost: an event whose copy fails for a reason that may pass (L1 cannot be
 * read or did not answer a send, the other sequencer's mempool is full or it is stopped) is tried
 * again on the next tick, and the events after it wait: a {@link MirrorDelayed} says so, once. Only
 * a refusal that would repeat (L1 reverts the deposit, the other sequencer breaks a rule) gives up
 * on an event, with a {@link MirrorFailed}.
 *
 * <p>Exactly once, across failures and {@code kill -9}, as the batcher posts a batch: a crash
 * between a copy and saving its place copies that event again at the next start.
 *
 * <ul>
 *   <li>A transaction's copy is signed deterministically (RFC 6979), so the second copy is the same
 *       transaction: if the other rollup has it already, pending or sealed, it is not sent again
 *       ({@link TransactionFoundMirrored}); its nonce would keep it out anyway.
 *   <li>A second deposit would credit the other rollup twice. So before it sends a deposit the
 *       mirror records it as pending, with the latest L1 block; on each later try (after a failure,
 *       or at the next start) it first looks for it on L1: a {@code DepositQueued} from the
 *       mirror's account, for the same L2 address and amount, mined after that block. If L1 has
 *       it, it is not sent again ({@link DepositFoundOnL1}).
 *   <li>A deposit still on its way when the mirror looks (a send that timed out, or a process
 *       killed while an external node's mempool held it) is not in the logs yet. So every try is
 *       signed with the same nonce: the count of the account's mined transactions, read before the
 *       logs. The earlier try and the new one compete for that nonce, and L1 mines at most one; if
 *       the earlier was mined before the count was read, its log is found.
 * </ul>
 *
 * <p>The mirror's account sends nothing else, and one deposit at a time, so no other deposit can
 * match, and no other transaction takes its nonces.
 */
public final class Mirror implements AutoCloseable {
  /** The most events of one log {@link #tick()} reads at once. */
  private static final int PAGE = 500;

  /** What became of one event of a log. */
  private enum Outcome {
    /** Not a deposit nor a transaction: nothing to copy. */
    NOTHING_TO_COPY,
    /** Copied, found copied already, or given up on: the mirror moves past it. */
    DONE,
    /** Not copied yet, for a reason that may pass: the mirror tries it again on its next tick. */
    TRY_AGAIN
  }

  /** One way of copying: the events of {@code from}'s log after {@code lastSeq} are made on {@code to}. */
  private static final class Direction {
    private final RollupNode from;
    private final RollupNode to;
    private long lastSeq;
    /** The event the last {@link MirrorDelayed} was about, so a retried event is reported once. */
    private long delayedSeq = -1;
    /**
     * The index in {@code to}'s deposit queue of the last deposit the mirror made, until {@code to}
     * has queued it: the events after it (a transfer of what it credits) wait until then. -1 if none.
     */
    private long awaitedDeposit = -1;

    private Direction(final RollupNode from, final RollupNode to) {
      this.from = from;
      this.to = to;
      // where the last run stopped, or (the first time) from now on
      this.lastSeq = from.store().mirrorProgress().get().orElse(from.events().lastSeq());
    }
  }

  private final L1Client l1;
  private final Credentials account;
  private final Address accountAddress;
  private final Map<Address, Credentials> knownKeys;
  private final List<Direction> directions;
  /** The transactions the mirror submitted, whose acceptance it must not copy back. */
  private final Set<Bytes32> copies = new HashSet<>();
  private ScheduledExecutorService loop;

  /**
   * Watches {@code first} and {@code second}: from where it stopped if their stores hold its place,
   * from now on if not.
   *
   * @param account pays the mirrored deposits on L1; use an account no role signs with, or the two
   *     compete for nonces
   * @param knownKeys the accounts whose L2 transactions are mirrored
   */
  public Mirror(final RollupNode first, final RollupNode second, final L1Client l1, final Credentials account,
      final Collection<Credentials> knownKeys) {
    this.l1 = l1;
    this.account = account;
    this.accountAddress = Address.fromHex(account.getAddress());
    this.knownKeys = knownKeys.stream()
        .collect(Collectors.toMap(key -> Address.fromHex(key.getAddress()), Function.identity(), (a, b) -> a));
    this.directions = List.of(new Direction(first, second), new Direction(second, first));
    // the copies made before a restart whose acceptance is still ahead in the log
    for (final Direction direction : directions) {
      direction.from.events().since(direction.lastSeq).stream()
          .filter(event -> event.type().equals(TransactionMirrored.class.getSimpleName()))
          .forEach(event -> copies.add(EventLog.read(event, TransactionMirrored.class).copy()));
    }
  }

  /** Runs {@link #tick()} every {@code interval} on its own thread, until {@link #close()}. */
  public synchronized Mirror start(final Duration interval) {
    if (loop != null) {
      throw new IllegalStateException("the mirror is already running");
    }
    loop = Executors.newSingleThreadScheduledExecutor(task -> {
      final Thread thread = new Thread(task, "rollup-mirror");
      thread.setDaemon(true);
      return thread;
    });
    loop.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  /**
   * Mirrors, in order, every deposit and transaction each node logged since the last tick; in each
   * direction, up to an event whose copy must be tried again.
   */
  public synchronized void tick() {
    for (final Direction direction : directions) {
      copy(direction);
    }
  }

  private void copy(final Direction direction) {
    if (direction.awaitedDeposit >= 0) {
      if (direction.to.store().deposits().get(direction.awaitedDeposit).isEmpty()) {
        return; // its bridge has not seen the deposit yet: a copied transfer of that ETH would be refused
      }
      direction.awaitedDeposit = -1;
    }
    final MirrorProgressTable progress = direction.from.store().mirrorProgress();
    for (List<StoredEvent> page = direction.from.events().since(direction.lastSeq, PAGE); !page.isEmpty();
        page = direction.from.events().since(direction.lastSeq, PAGE)) {
      for (final StoredEvent event : page) {
        final Outcome outcome = mirror(direction, event);
        if (outcome == Outcome.TRY_AGAIN) {
          return; // its place stays before it, and a deposit's pending record stays too
        }
        direction.lastSeq = event.seq();
        if (outcome == Outcome.DONE) {
          progress.set(direction.lastSeq);
        }
        if (direction.awaitedDeposit >= 0) {
          return;
        }
      }
      progress.set(direction.lastSeq);
    }
  }

  private Outcome mirror(final Direction direction, final StoredEvent event) {
    if (event.type().equals(DepositObserved.class.getSimpleName())) {
      return mirrorDeposit(direction, event.seq(), EventLog.read(event, DepositObserved.class).deposit());
    }
    if (event.type().equals(TransactionAccepted.class.getSimpleName())) {
      return mirrorTransaction(direction, event.seq(), EventLog.read(event, TransactionAccepted.class));
    }
    return Outcome.NOTHING_TO_COPY;
  }

  /**
   * Makes {@code deposit} (event {@code seq} of the other log) on this rollup, unless L1 shows it was
   * made already by an earlier try (see the class comment).
   */
  private Outcome mirrorDeposit(final Direction direction, final long seq, final Deposit deposit) {
    if (deposit.l1From().equals(accountAddress)) {
      return Outcome.DONE; // the mirror's own copy of a deposit made to the other Bridge
    }
    final String from = describe(direction.from);
    final MirrorProgressTable progress = direction.from.store().mirrorProgress();
    try {
      final long nonce = l1.nonce(accountAddress); // before the logs: see the class comment
      final Optional<Pending> pending = progress.pending().filter(p -> p.seq() == seq);
      if (pending.isPresent()) { // an earlier try, of this run or of one that died: did L1 mine it?
        final Optional<L1Log> made = findOnL1(direction.to, deposit, pending.get().afterL1Block());
        if (made.isPresent()) {
          direction.awaitedDeposit = queueIndex(made.get().log());
          direction.to.events().publish(new DepositFoundOnL1(from, deposit.index(), made.get().transactionHash()));
          return Outcome.DONE;
        }
      } else {
        progress.setPending(direction.lastSeq, new Pending(seq, l1.latestBlock().number()));
      }
      final L1Receipt receipt = l1.sendAndWait(account,
          L1Transaction.call(direction.to.deployment().bridge(), BridgeContract.deposit(deposit.l2To()))
              .withValue(deposit.amount()).withNonce(nonce));
      direction.awaitedDeposit = receipt.logs().stream().filter(log -> BridgeContract.DEPOSIT_QUEUED.decode(log)
          .isPresent()).mapToLong(Mirror::queueIndex).findFirst().orElse(-1);
      direction.to.events().publish(
          new DepositMirrored(from, deposit.index(), deposit.l2To(), deposit.amount(), receipt.transactionHash()));
      return Outcome.DONE;
    } catch (L1RevertException e) {
      direction.to.events().publish(new MirrorFailed(from, "deposit #" + deposit.index(), e.getMessage()));
      return Outcome.DONE;
    } catch (L1Exception e) {
      return delayed(direction, seq, "deposit #" + deposit.index(), e.getMessage()
          + "; if L1 is reachable, does the mirror account " + accountAddress + " still have ETH on L1?");
    }
  }

  /** The deposit's index in its Bridge's queue, from its {@code DepositQueued} log. */
  private static long queueIndex(final Log depositQueued) {
    return ((BigInteger) BridgeContract.DEPOSIT_QUEUED.decode(depositQueued).orElseThrow().get(0).getValue())
        .longValueExact();
  }

  /** Reports, once per event, that the copy of event {@code seq} waits for its next try. */
  private Outcome delayed(final Direction direction, final long seq, final String action, final String problem) {
    if (direction.delayedSeq != seq) {
      direction.delayedSeq = seq;
      direction.to.events().publish(new MirrorDelayed(describe(direction.from), action, problem));
    }
    return Outcome.TRY_AGAIN;
  }

  /**
   * The log of the mirror's copy of {@code deposit} to {@code to}'s Bridge, if L1 mined one after
   * block {@code afterL1Block}.
   */
  private Optional<L1Log> findOnL1(final RollupNode to, final Deposit deposit, final long afterL1Block)
      throws L1Exception {
    final long head = l1.latestBlock().number();
    if (head <= afterL1Block) {
      return Optional.empty();
    }
    final L1LogFilter filter = new L1LogFilter(to.deployment().bridge(), Arrays.asList(
        BridgeContract.DEPOSIT_QUEUED.topic(), null, accountAddress.toWord(), deposit.l2To().toWord()),
        afterL1Block + 1, head);
    return l1.logs(filter).stream()
        .filter(log -> BridgeContract.DEPOSIT_QUEUED.decode(log.log())
            .map(values -> values.get(3).getValue().equals(deposit.amount())).orElse(false))
        .findFirst();
  }

  private Outcome mirrorTransaction(final Direction direction, final long seq, final TransactionAccepted accepted) {
    if (copies.remove(accepted.hash())) {
      return Outcome.DONE; // the mirror's own copy of a transaction sent to the other instance
    }
    final String from = describe(direction.from);
    final Credentials key = knownKeys.get(accepted.sender());
    if (key == null) {
      direction.to.events().publish(new TransactionNotMirrored(from, accepted.hash(), accepted.sender(),
          "the lab knows the keys of the dev accounts only, and this transaction must be signed again for the other"
              + " chain id; send it from a dev account to have it mirrored"));
      return Outcome.DONE;
    }
    final L2Transaction tx = direction.from.l2().transaction(accepted.hash()).map(TransactionLookup::tx).orElse(null);
    if (tx == null) {
      direction.to.events().publish(new TransactionNotMirrored(from, accepted.hash(), accepted.sender(),
          "the sequencer no longer has it (evicted from its mempool before the mirror read it)"));
      return Outcome.DONE;
    }
    final byte[] signed = signFor(direction.to.l2ChainId(), tx, key);
    final Bytes32 copy = Bytes32.wrap(Keccak.hash(signed));
    if (direction.to.l2().transaction(copy).isPresent()) { // copied before a restart: the same bytes
      copies.add(copy);
      direction.to.events().publish(new TransactionFoundMirrored(from, accepted.hash(), copy));
      return Outcome.DONE;
    }
    try {
      direction.to.submit(signed);
      copies.add(copy);
      direction.to.events().publish(new TransactionMirrored(from, accepted.hash(), copy, accepted.sender(),
          accepted.nonce()));
      return Outcome.DONE;
    } catch (TransactionRejectedException e) {
      final String action = "transaction " + accepted.hash().toShortHex();
      final String problem = "this rollup's sequencer refused the copy: " + e.getMessage();
      if (e.reason() == RejectReason.POOL_FULL || e.reason() == RejectReason.NOT_ACCEPTING) {
        return delayed(direction, seq, action, problem);
      }
      direction.to.events().publish(new MirrorFailed(from, action, problem));
      return Outcome.DONE;
    }
  }

  /** The same transfer, in the same envelope (legacy or EIP-1559), signed for {@code chainId}. */
  private static byte[] signFor(final long chainId, final L2Transaction tx, final Credentials key) {
    final RawTransaction raw = tx.legacy()
        ? RawTransaction.createEtherTransaction(tx.nonce(), tx.maxFeePerGas(), tx.gasLimit(), tx.to().toHex(),
            tx.value())
        : RawTransaction.createTransaction(chainId, tx.nonce(), tx.gasLimit(), tx.to().toHex(), tx.value(), "",
            tx.maxPriorityFeePerGas(), tx.maxFeePerGas());
    return TransactionEncoder.signMessage(raw, chainId, key);
  }

  /** "the OptimisticRollup's": whose action a mirror event copies. */
  private static String describe(final RollupNode node) {
    return "the " + node.deployment().rollupName() + "'s";
  }

  /** Stops the loop; what it has not mirrored yet waits in the logs for the next mirror on the same stores. */
  @Override
  public void close() throws InterruptedException {
    final ScheduledExecutorService running;
    synchronized (this) {
      running = loop;
    }
    if (running != null) {
      running.shutdown();
      running.awaitTermination(5, TimeUnit.SECONDS);
    }
  }
}
