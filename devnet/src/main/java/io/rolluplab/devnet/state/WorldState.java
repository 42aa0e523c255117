package io.rolluplab.devnet.state;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.trie.SecureTrie;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The world state (accounts and their storage) plus the per-transaction "accrued substate" of the
 * yellow paper: warm addresses and slots (EIP-2929), transient storage (EIP-1153), logs, the refund
 * counter, touched accounts (EIP-161), self-destructs and accounts created in this transaction
 * (EIP-6780).
 *
 * <p>Every change goes through a method here that first writes an undo entry to the journal.
 * {@link #snapshot()} marks a point; {@link #revertTo(int)} undoes everything after it. A call
 * frame snapshots when it starts and reverts if it fails, so a failing inner call leaves no trace.
 */
public final class WorldState {
  private final Map<Address, Account> accounts;
  private final List<JournalEntry> journal = new ArrayList<>();

  // ---- the account trie of the last state root, and what changed since (see StateRoot) ----
  /** Immutable nodes, so copies share it; null until the first root or after a deep revert. */
  SecureTrie accountTrie;
  /** Accounts written since {@link #accountTrie} was brought up to date. */
  final Set<Address> changedSinceRoot;
  /** The journal length when the root was computed: undoing below it undoes hashed changes. */
  int journalSizeAtRoot;

  // ---- accrued substate of the current transaction ----
  private final Set<Address> warmAddresses = new HashSet<>();
  private final Set<StorageSlot> warmSlots = new HashSet<>();
  private final Map<StorageSlot, UInt256> transientStorage = new HashMap<>();
  private final Map<StorageSlot, UInt256> originalStorage = new HashMap<>();
  private final Set<Address> touched = new LinkedHashSet<>();
  private final Set<Address> selfDestructs = new LinkedHashSet<>();
  private final Set<Address> createdInTransaction = new HashSet<>();
  private final List<Log> logs = new ArrayList<>();
  private long refund;

  /** A storage slot of one account: the key of warm-slot and transient-storage sets. */
  public record StorageSlot(Address address, UInt256 key) {}

  public WorldState() {
    this.accounts = new HashMap<>();
    this.changedSinceRoot = new HashSet<>();
  }

  private WorldState(final WorldState original, final Map<Address, Account> accounts) {
    this.accounts = accounts;
    this.accountTrie = original.accountTrie == null ? null : original.accountTrie.copy();
    this.changedSinceRoot = new HashSet<>(original.changedSinceRoot);
  }

  /**
   * A copy of the accounts with an empty journal, for chain snapshots, the state of past blocks
   * and eth_call. Storage maps are shared until either side writes (see {@link Account}), so a
   * copy costs one small object per account, not per storage slot.
   */
  public WorldState copy() {
    final Map<Address, Account> copied = new HashMap<>();
    accounts.forEach((address, account) -> copied.put(address, account.copy()));
    return new WorldState(this, copied);
  }

  // ------------------------------------------------------------------ journal

  /** Marks the current point in the journal; pass it to {@link #revertTo(int)}. */
  public int snapshot() {
    return journal.size();
  }

  /** Undoes every change made since {@code snapshot}, newest first. */
  public void revertTo(final int snapshot) {
    if (snapshot < journalSizeAtRoot) {
      accountTrie = null; // changes already in the trie are being undone: rebuild it next time
    }
    for (int i = journal.size() - 1; i >= snapshot; i--) {
      journal.remove(i).undo(this);
    }
  }

  /** Forgets the undo history (after a block is sealed): earlier snapshots become invalid. */
  public void commit() {
    journal.clear();
    journalSizeAtRoot = 0;
  }

  // ------------------------------------------------------------------ accounts (read)

  /** The account, or null when it does not exist. Do not modify it. */
  public Account get(final Address address) {
    return accounts.get(address);
  }

  public boolean exists(final Address address) {
    return accounts.containsKey(address);
  }

  /** EIP-161 "dead": absent, or present with no nonce, balance or code. */
  public boolean isDead(final Address address) {
    final Account a = accounts.get(address);
    return a == null || a.isEmpty();
  }

  public BigInteger getBalance(final Address address) {
    final Account a = accounts.get(address);
    return a == null ? BigInteger.ZERO : a.balance;
  }

  public long getNonce(final Address address) {
    final Account a = accounts.get(address);
    return a == null ? 0 : a.nonce;
  }

  public byte[] getCode(final Address address) {
    final Account a = accounts.get(address);
    return a == null ? new byte[0] : a.code;
  }

  /** The code hash, or zero for an account that does not exist (EXTCODEHASH, EIP-1052). */
  public byte[] getCodeHash(final Address address) {
    final Account a = accounts.get(address);
    return a == null ? new byte[32] : a.codeHash;
  }

  public UInt256 getStorage(final Address address, final UInt256 key) {
    final Account a = accounts.get(address);
    return a == null ? UInt256.ZERO : a.storage.getOrDefault(key, UInt256.ZERO);
  }

  /** The slot's value when the current transaction started (EIP-2200 net gas metering). */
  public UInt256 getOriginalStorage(final Address address, final UInt256 key) {
    final UInt256 original = originalStorage.get(new StorageSlot(address, key));
    return original != null ? original : getStorage(address, key);
  }

  /** All accounts, read-only: for state roots, explorers and tests. */
  public Map<Address, Account> accounts() {
    return Collections.unmodifiableMap(accounts);
  }

  // ------------------------------------------------------------------ accounts (write)

  /** The account to change, created if absent; every change touches the account (EIP-161). */
  private Account getOrCreate(final Address address) {
    changedSinceRoot.add(address);
    Account a = accounts.get(address);
    if (a == null) {
      a = new Account();
      accounts.put(address, a);
      journal.add(s -> s.accounts.remove(address));
    }
    touch(address);
    return a;
  }

  /** Creates the account if absent (an empty account, e.g. the target of a value-less call). */
  public void createIfAbsent(final Address address) {
    getOrCreate(address);
  }

  public void setBalance(final Address address, final BigInteger balance) {
    final Account a = getOrCreate(address);
    final BigInteger previous = a.balance;
    journal.add(s -> a.balance = previous);
    a.balance = balance;
  }

  public void addBalance(final Address address, final BigInteger amount) {
    setBalance(address, getBalance(address).add(amount));
  }

  public void subtractBalance(final Address address, final BigInteger amount) {
    setBalance(address, getBalance(address).subtract(amount));
  }

  /** Moves value between two accounts; the caller has checked the sender's balance. */
  public void transfer(final Address from, final Address to, final BigInteger amount) {
    subtractBalance(from, amount);
    addBalance(to, amount);
  }

  public void setNonce(final Address address, final long nonce) {
    final Account a = getOrCreate(address);
    final long previous = a.nonce;
    journal.add(s -> a.nonce = previous);
    a.nonce = nonce;
  }

  public void incrementNonce(final Address address) {
    setNonce(address, getNonce(address) + 1);
  }

  public void setCode(final Address address, final byte[] code) {
    final Account a = getOrCreate(address);
    final byte[] previousCode = a.code;
    final byte[] previousHash = a.codeHash;
    journal.add(s -> {
      a.code = previousCode;
      a.codeHash = previousHash;
    });
    a.code = code;
    a.codeHash = Keccak.hash(code);
  }

  public void setStorage(final Address address, final UInt256 key, final UInt256 value) {
    final Account a = getOrCreate(address);
    originalStorage.putIfAbsent(new StorageSlot(address, key), a.storage.getOrDefault(key, UInt256.ZERO));
    final UInt256 previous = value.isZero() ? a.storage.remove(key) : a.storage.put(key, value);
    final byte[] previousRoot = a.cachedStorageRoot;
    a.cachedStorageRoot = null;
    a.slotsChangedSinceRoot.add(key);
    journal.add(s -> {
      a.slotsChangedSinceRoot.add(key); // the trie may hold the undone value by now
      // a copy taken since the write may share the shard now: SlotMap copies it before undoing
      if (previous == null) {
        a.storage.remove(key);
      } else {
        a.storage.put(key, previous);
      }
      a.cachedStorageRoot = previousRoot;
    });
  }

  /**
   * Makes room for a new contract at {@code address} (CREATE/CREATE2 or a creation transaction):
   * any balance already sent there is kept, storage is wiped, and the account is remembered as
   * created in this transaction (so EIP-6780 lets it self-destruct fully).
   */
  public void createContractAccount(final Address address) {
    final Account previous = accounts.get(address);
    final Account fresh = new Account();
    changedSinceRoot.add(address);
    if (previous != null) {
      fresh.balance = previous.balance;
    }
    accounts.put(address, fresh);
    journal.add(s -> {
      if (previous == null) {
        s.accounts.remove(address);
      } else {
        s.accounts.put(address, previous);
      }
    });
    if (createdInTransaction.add(address)) {
      journal.add(s -> s.createdInTransaction.remove(address));
    }
  }

  /** Removes an account outright (end-of-transaction self-destruct, EIP-161 clearing). */
  public void deleteAccount(final Address address) {
    final Account previous = accounts.remove(address);
    changedSinceRoot.add(address);
    if (previous != null) {
      journal.add(s -> s.accounts.put(address, previous));
    }
  }

  // ------------------------------------------------------------------ substate

  /** Starts a new transaction: clears the substate of the previous one. */
  public void beginTransaction() {
    warmAddresses.clear();
    warmSlots.clear();
    transientStorage.clear();
    originalStorage.clear();
    touched.clear();
    selfDestructs.clear();
    createdInTransaction.clear();
    logs.clear();
    refund = 0;
  }

  /** Marks an address warm; returns true if it was cold (EIP-2929: the first access costs more). */
  public boolean warmAddress(final Address address) {
    if (warmAddresses.add(address)) {
      journal.add(s -> s.warmAddresses.remove(address));
      return true;
    }
    return false;
  }

  /** Marks a storage slot warm; returns true if it was cold. */
  public boolean warmSlot(final Address address, final UInt256 key) {
    final StorageSlot slot = new StorageSlot(address, key);
    if (warmSlots.add(slot)) {
      journal.add(s -> s.warmSlots.remove(slot));
      return true;
    }
    return false;
  }

  public UInt256 getTransientStorage(final Address address, final UInt256 key) {
    return transientStorage.getOrDefault(new StorageSlot(address, key), UInt256.ZERO);
  }

  public void setTransientStorage(final Address address, final UInt256 key, final UInt256 value) {
    final StorageSlot slot = new StorageSlot(address, key);
    final UInt256 previous = value.isZero() ? transientStorage.remove(slot) : transientStorage.put(slot, value);
    journal.add(s -> {
      if (previous == null) {
        s.transientStorage.remove(slot);
      } else {
        s.transientStorage.put(slot, previous);
      }
    });
  }

  /** EIP-161: remember that an account was touched, so it is deleted at the end if it is empty. */
  private void touch(final Address address) {
    if (touched.add(address)) {
      journal.add(s -> s.touched.remove(address));
    }
  }

  public void addLog(final Log log) {
    logs.add(log);
    journal.add(s -> s.logs.remove(s.logs.size() - 1));
  }

  /** Logs of the current transaction, oldest first. */
  public List<Log> logs() {
    return Collections.unmodifiableList(logs);
  }

  public void addRefund(final long gas) {
    final long previous = refund;
    journal.add(s -> s.refund = previous);
    refund += gas;
  }

  public void subtractRefund(final long gas) {
    addRefund(-gas);
  }

  public long refund() {
    return refund;
  }

  public boolean wasCreatedInTransaction(final Address address) {
    return createdInTransaction.contains(address);
  }

  /** Schedules an account for deletion at the end of the transaction (EIP-6780 rules apply). */
  public void markSelfDestructed(final Address address) {
    if (selfDestructs.add(address)) {
      journal.add(s -> s.selfDestructs.remove(address));
    }
  }

  /**
   * Ends a transaction: deletes the accounts that self-destructed, then every touched account that
   * is empty (EIP-161). The journal is kept, so a block can still be reverted as a whole.
   */
  public void finalizeTransaction() {
    for (final Address address : selfDestructs) {
      deleteAccount(address);
    }
    for (final Address address : touched) {
      if (isDead(address)) {
        deleteAccount(address);
      }
    }
  }
}
