package io.rolluplab.devnet.conformance;

import io.rolluplab.devnet.state.Account;
import io.rolluplab.devnet.state.WorldState;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.util.Map;
import java.util.TreeMap;

/**
 * Our post-state as text, for the verbose report. The fixtures hold only the expected root, not
 * the expected accounts, so the way to find a wrong root is to read our accounts and ask which
 * balance, nonce or slot the test's source says should be different.
 */
final class PostStateDump {
  private PostStateDump() {}

  /** One line per account (sorted by address) and one per non-zero storage slot. */
  static String format(final WorldState state) {
    final StringBuilder text = new StringBuilder();
    new TreeMap<>(state.accounts()).forEach((address, account) -> appendAccount(text, address, account));
    return text.toString();
  }

  private static void appendAccount(final StringBuilder text, final Address address, final Account account) {
    text.append("    ").append(address)
        .append(" nonce ").append(Long.toUnsignedString(account.nonce()))
        .append(" balance ").append(account.balance());
    if (account.hasCode()) {
      text.append(" code ").append(account.code().length).append(" bytes");
    }
    text.append('\n');
    final Map<UInt256, UInt256> storage = new TreeMap<>(account.storage());
    storage.forEach((key, value) ->
        text.append("      [").append(key.toQuantity()).append("] = ").append(value.toQuantity()).append('\n'));
  }
}
