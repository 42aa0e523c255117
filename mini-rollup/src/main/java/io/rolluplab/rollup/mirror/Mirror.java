package io.rolluplab.rollup.mirror;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.bridge.BridgeEvent.DepositObserved;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.event.EventLog;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Log;
import io.rolluplab.rollup.l1.L1LogFilter;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.l2tx.L2Transaction;
import io.rolluplab.rollup.mirror.MirrorEvent.DepositFoundOnL1;
import io.rolluplab.rollup.mirror.MirrorEvent.DepositMirrored;
import io.rolluplab.rollup.mirror.MirrorEvent.MirrorFailed;
import io.rolluplab.rollup.mirror.MirrorEvent.TransactionMirrored;
import io.rolluplab.rollup.mirror.MirrorEvent.TransactionNotMirrored;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.sequencer.SequencerEvent.TransactionAccepted;
import io.rolluplab.rollup.sequencer.TransactionLookup;
import io.rolluplab.rollup.sequencer.TransactionRejectedException;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.MirrorProgressTable;
import io.rolluplab.rollup.store.MirrorProgressTable.Pending;
import io.rolluplab.rollup.store.StoredEvent;
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
 * <p>Exactly once, across {@code kill -9}, as the batcher posts a batch: a crash between a copy and
 * saving its place copies that event again at the next start. A second copy of a transaction is
 * harmless (the other sequencer refuses it: its nonce is used, and a {@link MirrorFailed} says so),
 * but a second deposit would credit the other rollup twice. So before it sends a deposit the
 * mirror records it as pending, with the latest L1 block; at the next start, a pending deposit is
 * first looked for on L1: a {@code DepositQueued} from the mirror's account, for the same L2
 * address and amount, mined after that block. If L1 has it, it is not sent again
 * ({@link DepositFoundOnL1}). The mirror's account sends nothing else, and one deposit at a time,
 * so no other deposit can match.
 */
public final class Mirror implements AutoCloseable {
  /** The most events of one log {@link #tick()} reads at once. */
  private static final int PAGE = 500;

  /** One way of copying: the events of {@code from}'s log after {@code lastSeq} are made on {@code to}. */
  private static final class Direction {
    private final RollupNode from;
    private final RollupNode to;
    private long lastSeq;

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

  /** Mirrors, in order, every deposit and transaction each node logged since the last tick. */
  public synchronized void tick() {
    for (final Direction direction : directions) {
      for (List<StoredEvent> page = direction.from.events().since(direction.lastSeq, PAGE); !page.isEmpty();
          page = direction.from.events().since(direction.lastSeq, PAGE)) {
        for (final StoredEvent event : page) {
          final boolean copied = mirror(direction, event);
          direction.lastSeq = event.seq();
          if (copied) {
            direction.from.store().mirrorProgress().set(direction.lastSeq);
          }
        }
        direction.from.store().mirrorProgress().set(direction.lastSeq);
      }
    }
  }

  /** Copies {@code event} if it is a deposit or a transaction; returns whether it was one. */
  private boolean mirror(final Direction direction, final StoredEvent event) {
    if (event.type().equals(DepositObserved.class.getSimpleName())) {
      mirrorDeposit(direction, event.seq(), EventLog.read(event, DepositObserved.class).deposit());
      return true;
    }
    if (event.type().equals(TransactionAccepted.class.getSimpleName())) {
      mirrorTransaction(direction, EventLog.read(event, TransactionAccepted.class));
      return true;
    }
    return false;
  }

  /** Makes {@code deposit} (event {@code seq} of the other log) on this rollup, unless L1 shows it was made already. */
  private void mirrorDeposit(final Direction direction, final long seq, final Deposit deposit) {
    if (deposit.l1From().equals(accountAddress)) {
      return; // the mirror's own copy of a deposit made to the other Bridge
    }
    final String from = describe(direction.from);
    final MirrorProgressTable progress = direction.from.store().mirrorProgress();
    try {
      final Optional<Pending> pending = progress.pending().filter(p -> p.seq() == seq);
      if (pending.isPresent()) { // a run that died was making this deposit: did L1 mine it?
        final Optional<L1Log> made = findOnL1(direction.to, deposit, pending.get().afterL1Block());
        if (made.isPresent()) {
          direction.to.events().publish(new DepositFoundOnL1(from, deposit.index(), made.get().transactionHash()));
          return;
        }
      } else {
        progress.setPending(direction.lastSeq, new Pending(seq, l1.latestBlock().number()));
      }
      final L1Receipt receipt = l1.sendAndWait(account,
          L1Transaction.call(direction.to.deployment().bridge(), BridgeContract.deposit(deposit.l2To()))
              .withValue(deposit.amount()));
      direction.to.events().publish(
          new DepositMirrored(from, deposit.index(), deposit.l2To(), deposit.amount(), receipt.transactionHash()));
    } catch (L1Exception e) {
      direction.to.events().publish(new MirrorFailed(from, "deposit #" + deposit.index(),
          e.getMessage() + "; does the mirror account " + accountAddress + " still have ETH on L1?"));
    }
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

  private void mirrorTransaction(final Direction direction, final TransactionAccepted accepted) {
    if (copies.remove(accepted.hash())) {
      return; // the mirror's own copy of a transaction sent to the other instance
    }
    final String from = describe(direction.from);
    final Credentials key = knownKeys.get(accepted.sender());
    if (key == null) {
      direction.to.events().publish(new TransactionNotMirrored(from, accepted.hash(), accepted.sender(),
          "the lab knows the keys of the dev accounts only, and this transaction must be signed again for the other"
              + " chain id; send it from a dev account to have it mirrored"));
      return;
    }
    final L2Transaction tx = direction.from.l2().transaction(accepted.hash()).map(TransactionLookup::tx).orElse(null);
    if (tx == null) {
      direction.to.events().publish(new TransactionNotMirrored(from, accepted.hash(), accepted.sender(),
          "the sequencer no longer has it (evicted from its mempool before the mirror read it)"));
      return;
    }
    try {
      final Bytes32 copy = direction.to.submit(signFor(direction.to.l2ChainId(), tx, key));
      copies.add(copy);
      direction.to.events().publish(new TransactionMirrored(from, accepted.hash(), copy, accepted.sender(),
          accepted.nonce()));
    } catch (TransactionRejectedException e) {
      direction.to.events().publish(new MirrorFailed(from, "transaction " + accepted.hash().toShortHex(),
          "this rollup's sequencer refused the copy: " + e.getMessage()));
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
