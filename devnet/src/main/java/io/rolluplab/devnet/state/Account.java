package io.rolluplab.devnet.state;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.trie.SecureTrie;
import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One account of the world state: nonce, balance, code and storage.
 *
 * <p>Only {@link WorldState} changes an account, so that every change is journaled. The storage
 * root is cached and dropped on each storage write. The storage trie is kept too, with the slots
 * written since it was last brought up to date: a new root puts only those into it again, so a
 * contract with thousands of slots (a rollup's batches) rehashes a few paths per block, not its
 * whole storage. Trie nodes are immutable, so copies share them.
 *
 * <p>Copies share their storage until one of them writes to it (copy-on-write, per shard of slots:
 * see {@link SlotMap}): the devnet keeps a copy of the state after each recent block, and most
 * blocks touch a few slots of few contracts, so copying all storage each block would cost far
 * more than it saves.
 */
public final class Account {
  long nonce;
  BigInteger balance = BigInteger.ZERO;
  byte[] code = new byte[0];
  byte[] codeHash = Keccak.EMPTY;
  /** Written only by {@link WorldState}, which journals each write. */
  SlotMap storage;
  byte[] cachedStorageRoot;
  /** The storage trie as of the last storage root; null until the first. */
  SecureTrie storageTrie;
  /** Slots written since {@link #storageTrie} was brought up to date. */
  Set<UInt256> slotsChangedSinceRoot = new HashSet<>();

  Account() {
    this.storage = new SlotMap();
  }

  private Account(final Account other) {
    this.nonce = other.nonce;
    this.balance = other.balance;
    this.code = other.code;
    this.codeHash = other.codeHash;
    this.storage = other.storage.copy();
    this.cachedStorageRoot = other.cachedStorageRoot;
    this.storageTrie = other.storageTrie == null ? null : other.storageTrie.copy();
    this.slotsChangedSinceRoot = new HashSet<>(other.slotsChangedSinceRoot);
  }

  /** A copy that shares the storage with this account until either of them writes. */
  Account copy() {
    return new Account(this);
  }

  public long nonce() {
    return nonce;
  }

  public BigInteger balance() {
    return balance;
  }

  /** The code; callers must not modify the returned array. */
  public byte[] code() {
    return code;
  }

  public byte[] codeHash() {
    return codeHash;
  }

  /** Non-zero storage slots, read-only. */
  public Map<UInt256, UInt256> storage() {
    return storage.asMap();
  }

  public boolean hasCode() {
    return code.length > 0;
  }

  /** EIP-161: no nonce, no balance, no code. Storage does not count. */
  public boolean isEmpty() {
    return nonce == 0 && balance.signum() == 0 && code.length == 0;
  }
}
