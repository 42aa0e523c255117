package io.rolluplab.devnet.state;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * One account of the world state: nonce, balance, code and storage.
 *
 * <p>Only {@link WorldState} changes an account, so that every change is journaled. The storage
 * root is cached and dropped on each storage write: computing a storage trie is the expensive part
 * of a state root.
 */
public final class Account {
  long nonce;
  BigInteger balance = BigInteger.ZERO;
  byte[] code = new byte[0];
  byte[] codeHash = Keccak.EMPTY;
  final Map<UInt256, UInt256> storage;
  byte[] cachedStorageRoot;

  Account() {
    this.storage = new HashMap<>();
  }

  private Account(final Account other) {
    this.nonce = other.nonce;
    this.balance = other.balance;
    this.code = other.code;
    this.codeHash = other.codeHash;
    this.storage = new HashMap<>(other.storage);
    this.cachedStorageRoot = other.cachedStorageRoot;
  }

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
    return java.util.Collections.unmodifiableMap(storage);
  }

  public boolean hasCode() {
    return code.length > 0;
  }

  /** EIP-161: no nonce, no balance, no code. Storage does not count. */
  public boolean isEmpty() {
    return nonce == 0 && balance.signum() == 0 && code.length == 0;
  }
}
