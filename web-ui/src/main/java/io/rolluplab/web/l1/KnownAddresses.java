package io.rolluplab.web.l1;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.node.RollupDeployment;
import io.rolluplab.rollup.node.RollupNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names the explorer gives to L1 addresses: each rollup's contracts ("Bridge (zk)") and the
 * dev accounts ("dev account 3"). A name is what makes a page of hex readable.
 */
public final class KnownAddresses {
  /**
   * One of a rollup's contracts on L1.
   *
   * @param rollup the rollup's id, {@code optimistic} or {@code zk}
   * @param role what the contract does, in one phrase
   */
  public record Contract(String rollup, String name, Address address, String role) {
    /** The name with its rollup, as tables show it: {@code Bridge (zk)}. */
    public String label() {
      return name + " (" + rollup + ")";
    }
  }

  private static final Map<Address, String> DEV_ACCOUNTS = devAccountNames();

  private final List<Contract> contracts;
  private final Map<Address, String> names = new HashMap<>();

  private KnownAddresses(final List<Contract> contracts) {
    this.contracts = List.copyOf(contracts);
    names.putAll(DEV_ACCOUNTS);
    contracts.forEach(contract -> names.put(contract.address(), contract.label()));
  }

  /** The contracts of {@code rollups} (by id) and the dev accounts. */
  public static KnownAddresses of(final Map<String, RollupNode> rollups) {
    final List<Contract> contracts = new ArrayList<>();
    rollups.forEach((id, node) -> {
      final RollupDeployment d = node.deployment();
      contracts.add(new Contract(id, d.rollupName(), d.rollup(), d.disputeGame() != null
          ? "takes batch data and proposed roots; a root is final after its challenge window"
          : "takes committed batches, checks their proofs and executes them"));
      contracts.add(new Contract(id, "Bridge", d.bridge(), "queues deposits and pays withdrawals of final batches"));
      if (d.disputeGame() != null) {
        contracts.add(new Contract(id, "DisputeGame", d.disputeGame(),
            "plays the bisection and checks the one-step proof when a root is challenged"));
      }
      if (d.verifier() != null) {
        contracts.add(new Contract(id, "MockVerifier", d.verifier(),
            "accepts a proof signed by the registered prover key (a mock of a SNARK verifier)"));
      }
    });
    return new KnownAddresses(contracts);
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

  /** Every rollup contract, rollup by rollup. */
  public List<Contract> contracts() {
    return contracts;
  }

  public Optional<String> name(final Address address) {
    return Optional.ofNullable(address == null ? null : names.get(address));
  }

  public Optional<Contract> contract(final Address address) {
    return contracts.stream().filter(contract -> contract.address().equals(address)).findFirst();
  }
}
