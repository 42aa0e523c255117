package io.rolluplab.rollup.l2tx;

import io.rolluplab.devnet.types.Address;
import java.util.Optional;

/**
 * Who a compact transfer's key prefix names (L2-RULES.md §2.1), like an abbreviated git commit
 * hash: the account whose key {@code H(address)} is the only leaf key that starts with the prefix,
 * in the state before the item. The state answers ({@code L2State::accountByKeyPrefix}).
 */
@FunctionalInterface
public interface RecipientNames {
  /**
   * Names nobody: for a transaction as a wallet sends it, which writes its recipient in full (only
   * the sequencer shortens it, when it seals the transaction into a block).
   */
  RecipientNames NONE = prefix -> Optional.empty();

  /** The account {@code prefix} (1 to 8 bytes) names, empty if it names none. */
  Optional<Address> accountByKeyPrefix(byte[] prefix);
}
