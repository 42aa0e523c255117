package io.rolluplab.rollup.state;

import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The whole L2 state: accounts and withdrawals as leaves of one {@link SparseMerkleTree}, whose
 * root is what L1 sees.
 *
 * <p>Writes are journaled: {@link #mark()} and {@link #revertTo(int)} undo everything written in
 * between, so an item that fails halfway leaves no trace. The journal keeps the tree as it was
 * before each write (a free copy: see {@link SparseMerkleTree}), so undoing never removes a leaf.
 */
public final class L2State {
  /** Replaced by an older copy to undo writes (copies of the tree are free). */
  private SparseMerkleTree tree;
  private final Map<Address, Account> accounts;
  /** Each account leaf's key H(address), to its address: a key prefix names an account by it. */
  private final Map<Bytes32, Address> addresses;
  /**
   * The other way, each address written to its key, kept once computed: a key never changes, and
   * hashing it again cost a Keccak permutation on every write.
   */
  private final Map<Address, Bytes32> keys;
  /** Old leaves, newest last, to undo writes. */
  private final Deque<Runnable> journal = new ArrayDeque<>();
  /** The accounts written since {@link #takeWritten} was last called; null unless {@link #trackWrites} was. */
  private Set<Address> written;

  public L2State() {
    this(new SparseMerkleTree(), new HashMap<>(), new HashMap<>(), new HashMap<>());
  }

  private L2State(final SparseMerkleTree tree, final Map<Address, Account> accounts,
      final Map<Bytes32, Address> addresses, final Map<Address, Bytes32> keys) {
    this.tree = tree;
    this.accounts = accounts;
    this.addresses = addresses;
    this.keys = keys;
  }

  /**
   * From now on, remembers which accounts are written, for {@link #takeWritten}: for a reader
   * that keeps a view of the accounts and reads again only those that changed.
   */
  public void trackWrites() {
    written = new HashSet<>();
  }

  /** The accounts written (or undone) since the last call, or since {@link #trackWrites}. */
  public Set<Address> takeWritten() {
    final Set<Address> taken = Set.copyOf(written);
    written.clear();
    return taken;
  }

  /** An independent copy, without the journal (nor tracking writes). */
  public L2State copy() {
    return new L2State(tree.copy(), new HashMap<>(accounts), new HashMap<>(addresses), new HashMap<>(keys));
  }

  public Bytes32 root() {
    return tree.root();
  }

  public Account account(final Address address) {
    return accounts.getOrDefault(address, Account.EMPTY);
  }

  public BigInteger balance(final Address address) {
    return account(address).balance();
  }

  public long nonce(final Address address) {
    return account(address).nonce();
  }

  /** All non-empty accounts. */
  public Map<Address, Account> accounts() {
    return Map.copyOf(accounts);
  }

  public boolean hasWithdrawal(final Bytes32 withdrawalHash) {
    return !withdrawalHash.isZero() && tree.get(withdrawalHash).equals(withdrawalHash);
  }

  /**
   * The account a compact transfer's key prefix names (L2-RULES.md §2.1): the one whose key is the
   * only leaf key starting with {@code prefix}. Empty if no key or several start with it, or if
   * the one leaf that does is a withdrawal's.
   */
  public Optional<Address> accountByKeyPrefix(final byte[] prefix) {
    return tree.onlyKeyStartingWith(prefixKey(prefix), prefix.length * Byte.SIZE).map(addresses::get);
  }

  /** The proof of {@code prefix ‖ 0…0}: how L1 checks which account, if any, the prefix names. */
  public CompactProof keyPrefixProof(final byte[] prefix) {
    return tree.proof(prefixKey(prefix));
  }

  /** {@code prefix ‖ 0…0}, the key whose path leads to the leaf a prefix names. */
  public static Bytes32 prefixKey(final byte[] prefix) {
    return Bytes32.wrap(Arrays.copyOf(prefix, Bytes32.SIZE));
  }

  public CompactProof accountProof(final Address address) {
    return tree.proof(keyOf(address));
  }

  /** The proof for a withdrawal's leaf: inclusion once written, exclusion before. */
  public CompactProof withdrawalProof(final Bytes32 withdrawalHash) {
    return tree.proof(withdrawalHash);
  }

  /**
   * Writes {@code address}'s leaf.
   *
   * @throws IllegalArgumentException if a non-empty account would become empty: a leaf is never
   *     removed (L2-RULES.md §1.1), and the rules never ask for it
   */
  public void setAccount(final Address address, final Account account) {
    final Account old = account(address);
    final SparseMerkleTree before = tree.copy();
    final Bytes32 key = keyOf(address);
    tree.put(key, account.leafValue(address));
    journal.push(() -> {
      tree = before;
      remember(address, key, old);
    });
    remember(address, key, account);
  }

  /** Records a withdrawal leaf; it is never removed (except by {@link #revertTo}). */
  public void addWithdrawal(final Withdrawal withdrawal) {
    final Bytes32 hash = withdrawal.hash();
    final SparseMerkleTree before = tree.copy();
    tree.put(hash, hash);
    journal.push(() -> tree = before);
  }

  /** A point to {@link #revertTo}: the number of writes so far. */
  public int mark() {
    return journal.size();
  }

  /** Undoes every write after {@code mark}, newest first. */
  public void revertTo(final int mark) {
    while (journal.size() > mark) {
      journal.pop().run();
    }
  }

  /** Forgets the journal: the writes so far can no longer be undone. */
  public void commit() {
    journal.clear();
  }

  private Bytes32 keyOf(final Address address) {
    return keys.computeIfAbsent(address, Account::key);
  }

  private void remember(final Address address, final Bytes32 key, final Account account) {
    if (written != null) {
      written.add(address);
    }
    if (account.isEmpty()) {
      accounts.remove(address);
      addresses.remove(key);
    } else {
      accounts.put(address, account);
      addresses.put(key, address);
    }
  }
}
