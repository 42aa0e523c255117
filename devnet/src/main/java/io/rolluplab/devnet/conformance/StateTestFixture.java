package io.rolluplab.devnet.conformance;

import io.rolluplab.devnet.state.WorldState;
import io.rolluplab.devnet.types.Address;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One test of an ethereum/tests {@code GeneralStateTests} file: a pre-state, a block, a transaction
 * template and the Cancun post entries, each of which is one case to run.
 *
 * @param labels names of the data variants from {@code _info.labels} (data index → label), often
 *     empty
 */
public record StateTestFixture(
    String name,
    Map<Integer, String> labels,
    FixtureEnv env,
    Map<Address, FixtureAccount> pre,
    TransactionTemplate transaction,
    List<PostEntry> post) {

  /** Every test in a fixture file, in file order (execution-spec-tests files hold many). */
  public static List<StateTestFixture> parse(final Path file) throws IOException {
    return FixtureParser.parse(file);
  }

  /**
   * A fresh world state holding {@code pre}, ready for a transaction. Accounts that are empty in the
   * fixture are created too: they exist in the pre-state root.
   */
  public WorldState preState() {
    final WorldState state = new WorldState();
    pre.forEach((address, account) -> {
      state.createIfAbsent(address);
      state.setBalance(address, account.balance());
      state.setNonce(address, account.nonce());
      state.setCode(address, account.code());
      account.storage().forEach((key, value) -> state.setStorage(address, key, value));
    });
    // Loading went through the journaled setters; the transaction must see these values as the
    // "original" storage (EIP-2200) and must not be able to undo the loading itself.
    state.commit();
    state.beginTransaction();
    return state;
  }
}
