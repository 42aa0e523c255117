package io.rolluplab.rollup.sequencer;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.L2State;
import java.util.HashMap;
import java.util.Map;

/**
 * The accounts as of the newest block sealed, which admission and queries read while the
 * sequencer's loop executes the next block on the chain's state, outside the sequencer's lock.
 * {@link #refresh} reads again the accounts the state says were written since; the driver calls it
 * under its lock when a built block leaves the mempool, so admission sees the block's effects and
 * the mempool without it at the same moment.
 */
final class HeadAccounts {
  private final L2State state;
  private final Map<Address, Account> accounts = new HashMap<>();

  /** A view of {@code state} as it is now, which from now on tracks its writes. */
  HeadAccounts(final L2State state) {
    this.state = state;
    state.trackWrites();
    accounts.putAll(state.accounts());
  }

  /** Reads again every account written since the last refresh. Only while nobody writes the state. */
  void refresh() {
    for (final Address address : state.takeWritten()) {
      final Account account = state.account(address);
      if (account.isEmpty()) {
        accounts.remove(address);
      } else {
        accounts.put(address, account);
      }
    }
  }

  Account account(final Address address) {
    return accounts.getOrDefault(address, Account.EMPTY);
  }

  long nonce(final Address address) {
    return account(address).nonce();
  }
}
