package io.rolluplab.rollup.statediff;

import io.rolluplab.devnet.types.Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The account table the state diffs build on L1 (L2-RULES.md §5): index i is the i-th account a
 * committed diff introduced with its full address. Later diffs name it by its 4-byte index instead
 * of its 20 bytes, the biggest saving of the format after leaving out the signatures.
 *
 * <p>The table is not in the state tree: anyone who reads the diffs on L1 rebuilds it. (A real
 * circuit would need it in the state, as zkSync keeps each leaf's enumeration index in its tree,
 * to check the indexes; here the prover checks them against its own copy.)
 *
 * <p>Append-only, except that a revert takes back the accounts of the reverted batches
 * ({@link #truncate}). {@link #upTo} views the table as it was before some batch.
 */
public final class AccountIndex {
  private final List<Address> addresses;
  private final Map<Address, Integer> indexes;
  private final int size;

  public AccountIndex() {
    this(new ArrayList<>(), new HashMap<>(), -1);
  }

  private AccountIndex(final List<Address> addresses, final Map<Address, Integer> indexes, final int size) {
    this.addresses = addresses;
    this.indexes = indexes;
    this.size = size;
  }

  /** How many accounts have an index. */
  public int size() {
    return size < 0 ? addresses.size() : size;
  }

  /** The index of {@code address}, if a diff introduced it. */
  public OptionalInt indexOf(final Address address) {
    final Integer index = indexes.get(address);
    return index == null || index >= size() ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /**
   * @throws IllegalArgumentException if no account has that index
   */
  public Address address(final long index) {
    if (index < 0 || index >= size()) {
      throw new IllegalArgumentException("account index " + index + " is unknown: the diffs so far introduced "
          + size() + " accounts");
    }
    return addresses.get((int) index);
  }

  /** A read-only view of the first {@code count} accounts: the table as it stood before a later batch. */
  public AccountIndex upTo(final int count) {
    if (count < 0 || count > size()) {
      throw new IllegalArgumentException("count: the table has " + size() + " accounts, asked for " + count);
    }
    return new AccountIndex(addresses, indexes, count);
  }

  /** Gives {@code address} the next index. */
  void add(final Address address) {
    requireWritable();
    if (indexes.containsKey(address)) {
      throw new IllegalArgumentException("account " + address + " has index " + indexes.get(address)
          + " already: a diff introduces an address only once");
    }
    indexes.put(address, addresses.size());
    addresses.add(address);
  }

  /** Forgets every account from index {@code count} on (a revert). */
  public void truncate(final int count) {
    requireWritable();
    while (addresses.size() > count) {
      indexes.remove(addresses.remove(addresses.size() - 1));
    }
  }

  private void requireWritable() {
    if (size >= 0) {
      throw new IllegalStateException("a view of the account table (upTo) cannot be changed");
    }
  }
}
