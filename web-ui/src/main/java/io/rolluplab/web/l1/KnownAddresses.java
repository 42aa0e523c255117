package io.rolluplab.web.l1;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.tx.Transaction;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.node.RollupDeployment;
import io.rolluplab.rollup.node.RollupNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names the explorer gives to L1 addresses: each rollup's contracts ("Bridge (zk)"), the
 * optimistic rollup's batcher and batch inbox, and the dev accounts ("dev account 3"). It also
 * knows which transactions are batches: the optimistic rollup's batches are no contract calls but
 * the batcher's plain transactions to the inbox (L2-RULES.md §2.2). A name is what makes a page of
 * hex readable.
 */
public final class KnownAddresses {
  /**
   * One of a rollup's addresses on L1: a contract, or the batcher's account or the batch inbox,
   * which have no code.
   *
   * @param rollup the rollup's id, {@code optimistic} or {@code zk}
   * @param role what it does, in one phrase
   */
  public record RollupAddress(String rollup, String name, Address address, String role) {
    /** The name with its rollup, as tables show it: {@code Bridge (zk)}. */
    public String label() {
      return name + " (" + rollup + ")";
    }
  }

  /**
   * A batch of an optimistic rollup: its batcher's transaction with nonce {@code firstBatcherNonce
   * + index}.
   *
   * @param toInbox whether it was sent to the batch inbox; one sent anywhere else counts as empty
   */
  public record InboxBatch(String rollup, long index, boolean toInbox) {
    /** {@code to the inbox}, or that it went elsewhere: the feed writes "batch 7 to the inbox". */
    public String destination() {
      return toInbox ? "to the inbox" : "sent elsewhere, so counting as empty";
    }
  }

  private static final Map<Address, String> DEV_ACCOUNTS = devAccountNames();

  private final List<RollupAddress> rollupAddresses;
  /** The optimistic rollups' inboxes by their batchers, with the rollups' ids. */
  private final Map<Address, Map.Entry<String, RollupDeployment.Inbox>> inboxes;
  private final Map<Address, String> names = new HashMap<>();

  private KnownAddresses(final List<RollupAddress> rollupAddresses,
      final Map<Address, Map.Entry<String, RollupDeployment.Inbox>> inboxes) {
    this.rollupAddresses = List.copyOf(rollupAddresses);
    this.inboxes = Map.copyOf(inboxes);
    names.putAll(DEV_ACCOUNTS);
    rollupAddresses.forEach(known -> names.put(known.address(), known.label()));
  }

  /** The addresses of {@code rollups} (by id) and the dev accounts. */
  public static KnownAddresses of(final Map<String, RollupNode> rollups) {
    final List<RollupAddress> known = new ArrayList<>();
    final Map<Address, Map.Entry<String, RollupDeployment.Inbox>> inboxes = new HashMap<>();
    rollups.forEach((id, node) -> {
      final RollupDeployment d = node.deployment();
      known.add(new RollupAddress(id, d.rollupName(), d.rollup(), d.inbox() != null
          ? "takes the proposers' claims about batches and their roots, and data challenges; a root is final after"
              + " its challenge window"
          : "takes committed batches, checks their proofs and executes them"));
      known.add(new RollupAddress(id, "Bridge", d.bridge(), "queues deposits and pays withdrawals of final batches"));
      if (d.disputeGame() != null) {
        known.add(new RollupAddress(id, "DisputeGame", d.disputeGame(),
            "plays the bisection and checks the one-step proof when a root is challenged"));
      }
      if (d.verifier() != null) {
        known.add(new RollupAddress(id, "MockVerifier", d.verifier(),
            "accepts a proof signed by the registered prover key (a mock of a SNARK verifier)"));
      }
      if (d.inbox() != null) {
        final RollupDeployment.Inbox inbox = d.inbox();
        final String nonce = inbox.firstBatcherNonce() == 0 ? "i" : inbox.firstBatcherNonce() + " + i";
        known.add(new RollupAddress(id, "batcher", inbox.batcher(), "sends the batches and nothing else: batch i is"
            + " its transaction with nonce " + nonce + ", a plain transaction to the batch inbox"));
        known.add(new RollupAddress(id, "batch inbox", inbox.address(), "receives the batches: each is the call data"
            + " of a batcher's transaction to it, and as the address has no code, L1 runs nothing and stores nothing"
            + " for them"));
        inboxes.put(inbox.batcher(), Map.entry(id, inbox));
      }
    });
    return new KnownAddresses(known, inboxes);
  }

  /** "dev account 3" for the dev accounts, on either layer: their keys sign on both. */
  public static Optional<String> devAccount(final Address address) {
    return Optional.ofNullable(DEV_ACCOUNTS.get(address));
  }

  private static Map<Address, String> devAccountNames() {
    final Map<Address, String> names = new HashMap<>();
    for (final DevAccount account : DevAccounts.all()) {
      names.put(account.address(), "dev account " + account.index());
    }
    return Map.copyOf(names);
  }

  /** Every rollup's contracts, then its batcher and inbox, rollup by rollup. */
  public List<RollupAddress> rollupAddresses() {
    return rollupAddresses;
  }

  public Optional<String> name(final Address address) {
    return Optional.ofNullable(address == null ? null : names.get(address));
  }

  public Optional<RollupAddress> rollupAddress(final Address address) {
    return rollupAddresses.stream().filter(known -> known.address().equals(address)).findFirst();
  }

  /** The batch {@code tx} is, if a batcher sent it with a nonce from its rollup's first batch on. */
  public Optional<InboxBatch> batch(final Transaction tx) {
    final Map.Entry<String, RollupDeployment.Inbox> found = inboxes.get(tx.sender());
    if (found == null) {
      return Optional.empty();
    }
    final RollupDeployment.Inbox inbox = found.getValue();
    final BigInteger index = tx.nonce().subtract(BigInteger.valueOf(inbox.firstBatcherNonce()));
    return index.signum() < 0 ? Optional.empty()
        : Optional.of(new InboxBatch(found.getKey(), index.longValueExact(), inbox.address().equals(tx.to())));
  }
}
