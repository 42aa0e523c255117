package io.rolluplab.rollup.state;

import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

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
  /** Old leaves, newest last, to undo writes. */
  private final Deque<Runnable> journal = new ArrayDeque<>();

  public L2State() {
    this(new SparseMerkleTree(), new HashMap<>());
  }

  private L2State(final SparseMerkleTree tree, final Map<Address, Account> accounts) {
    this.tree = tree;
    this.accounts = accounts;
  }

  /** An independent copy, without the journal. */
  public L2State copy() {
    return new L2State(tree.copy(), new HashMap<>(accounts));
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

  public CompactProof accountProof(final Address address) {
    return tree.proof(Account.key(address));
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
    tree.put(Account.key(address), account.leafValue(address));
    journal.push(() -> {
      tree = before;
      remember(address, old);
    });
    remember(address, account);
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

  private void remember(final Address address, final Account account) {
    if (account.isEmpty()) {
      accounts.remove(address);
    } else {
      accounts.put(address, account);
    }
  }
}
