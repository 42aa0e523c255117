package io.rolluplab.rollup.mirror;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.bridge.BridgeEvent.DepositObserved;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.event.RollupEvent;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.l2tx.L2Transaction;
import io.rolluplab.rollup.mirror.MirrorEvent.DepositMirrored;
import io.rolluplab.rollup.mirror.MirrorEvent.MirrorFailed;
import io.rolluplab.rollup.mirror.MirrorEvent.TransactionMirrored;
import io.rolluplab.rollup.mirror.MirrorEvent.TransactionNotMirrored;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.sequencer.SequencerEvent.TransactionAccepted;
import io.rolluplab.rollup.sequencer.TransactionLookup;
import io.rolluplab.rollup.sequencer.TransactionRejectedException;
import io.rolluplab.rollup.state.Bytes32;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * <p>The nodes hand their events over on their own threads; the mirror only queues them there
 * and acts in {@link #tick()}, so a slow L1 deposit never holds up a node.
 */
public final class Mirror implements AutoCloseable {
  private record Seen(RollupNode from, RollupNode to, RollupEvent event) {}

  private final L1Client l1;
  private final Credentials account;
  private final Address accountAddress;
  private final Map<Address, Credentials> knownKeys;
  private final Queue<Seen> seen = new ConcurrentLinkedQueue<>();
  private final Set<Bytes32> copies = new HashSet<>();
  private ScheduledExecutorService loop;

  /**
   * Watches {@code first} and {@code second} from now on.
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
    first.onEvent(event -> queueIfMirrored(first, second, event));
    second.onEvent(event -> queueIfMirrored(second, first, event));
  }

  private void queueIfMirrored(final RollupNode from, final RollupNode to, final RollupEvent event) {
    if (event instanceof DepositObserved || event instanceof TransactionAccepted) {
      seen.add(new Seen(from, to, event));
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

  /** Mirrors, in order, every deposit and transaction the nodes reported since the last tick. */
  public synchronized void tick() {
    for (Seen next = seen.poll(); next != null; next = seen.poll()) {
      if (next.event() instanceof DepositObserved observed) {
        mirrorDeposit(next, observed.deposit());
      } else if (next.event() instanceof TransactionAccepted accepted) {
        mirrorTransaction(next, accepted);
      }
    }
  }

  private void mirrorDeposit(final Seen seen, final Deposit deposit) {
    if (deposit.l1From().equals(accountAddress)) {
      return; // the mirror's own copy of a deposit made to the other Bridge
    }
    final String from = describe(seen.from());
    try {
      final L1Receipt receipt = l1.sendAndWait(account,
          L1Transaction.call(seen.to().deployment().bridge(), BridgeContract.deposit(deposit.l2To()))
              .withValue(deposit.amount()));
      seen.to().events().publish(
          new DepositMirrored(from, deposit.index(), deposit.l2To(), deposit.amount(), receipt.transactionHash()));
    } catch (L1Exception e) {
      seen.to().events().publish(new MirrorFailed(from, "deposit #" + deposit.index(),
          e.getMessage() + "; does the mirror account " + accountAddress + " still have ETH on L1?"));
    }
  }

  private void mirrorTransaction(final Seen seen, final TransactionAccepted accepted) {
    if (copies.remove(accepted.hash())) {
      return; // the mirror's own copy of a transaction sent to the other instance
    }
    final String from = describe(seen.from());
    final Credentials key = knownKeys.get(accepted.sender());
    if (key == null) {
      seen.to().events().publish(new TransactionNotMirrored(from, accepted.hash(), accepted.sender(),
          "the lab knows the keys of the dev accounts only, and this transaction must be signed again for the other"
              + " chain id; send it from a dev account to have it mirrored"));
      return;
    }
    final L2Transaction tx = seen.from().l2().transaction(accepted.hash()).map(TransactionLookup::tx).orElse(null);
    if (tx == null) {
      seen.to().events().publish(new TransactionNotMirrored(from, accepted.hash(), accepted.sender(),
          "the sequencer no longer has it (evicted from its mempool before the mirror read it)"));
      return;
    }
    try {
      final Bytes32 copy = seen.to().submit(signFor(seen.to().l2ChainId(), tx, key));
      copies.add(copy);
      seen.to().events().publish(new TransactionMirrored(from, accepted.hash(), copy, accepted.sender(),
          accepted.nonce()));
    } catch (TransactionRejectedException e) {
      seen.to().events().publish(new MirrorFailed(from, "transaction " + accepted.hash().toShortHex(),
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

  /** Stops the loop; what was queued and not yet mirrored is dropped. */
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
