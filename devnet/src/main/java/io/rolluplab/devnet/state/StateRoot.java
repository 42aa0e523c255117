package io.rolluplab.devnet.state;

import io.rolluplab.devnet.trie.SecureTrie;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;

/**
 * The state root of a block header: the root of the secure account trie, whose key is
 * keccak256(address) and value RLP[nonce, balance, storageRoot, codeHash]. Each account's storage
 * is its own secure trie (key keccak256(32-byte slot), value RLP(value)), committed to by its
 * storageRoot.
 *
 * <p>Storage tries are the expensive part, so each account keeps its storage root until a storage
 * write drops it (see {@link WorldState#setStorage}): a new state root recomputes only the storage
 * of accounts whose storage changed.
 */
public final class StateRoot {
  private StateRoot() {}

  /**
   * The state root. The account trie is kept in the state between roots, and only accounts written
   * since the last root are put into it again: a block that touches three accounts rehashes three
   * paths, not every account (the trie's nodes are immutable and cache their hashes).
   */
  public static byte[] compute(final WorldState state) {
    if (state.accountTrie == null) {
      state.accountTrie = new SecureTrie();
      state.changedSinceRoot.addAll(state.accounts().keySet());
    }
    for (final Address address : state.changedSinceRoot) {
      final Account account = state.get(address);
      if (account == null) {
        state.accountTrie.remove(address.toArray());
      } else {
        state.accountTrie.put(address.toArray(), encode(account));
      }
    }
    state.changedSinceRoot.clear();
    state.journalSizeAtRoot = state.snapshot();
    return state.accountTrie.rootHash();
  }

  /**
   * The root of the account's storage trie, computed only if a storage write dropped the cache: the
   * first time from every slot, then by putting into the kept trie only the slots written since.
   */
  public static byte[] storageRoot(final Account account) {
    if (account.cachedStorageRoot == null) {
      if (account.storageTrie == null) {
        account.storageTrie = new SecureTrie();
        account.slotsChangedSinceRoot.addAll(account.storage.asMap().keySet());
      }
      for (final UInt256 slot : account.slotsChangedSinceRoot) {
        // Zero slots are never stored: WorldState removes a slot set to zero.
        final UInt256 value = account.storage.getOrDefault(slot, null);
        if (value == null) {
          account.storageTrie.remove(slot.toBytes());
        } else {
          account.storageTrie.put(slot.toBytes(), RlpEncoder.encode(RlpString.create(value.toMinimalBytes())));
        }
      }
      account.slotsChangedSinceRoot.clear();
      account.cachedStorageRoot = account.storageTrie.rootHash();
    }
    return account.cachedStorageRoot.clone();
  }

  /** Nonces are unsigned 64-bit (EIP-2681 allows up to 2^64 - 1, which is -1 as a long). */
  private static BigInteger unsigned(final long nonce) {
    return new BigInteger(Long.toUnsignedString(nonce));
  }

  private static byte[] encode(final Account account) {
    return RlpEncoder.encode(
        new RlpList(
            RlpString.create(unsigned(account.nonce)),
            RlpString.create(account.balance),
            RlpString.create(storageRoot(account)),
            RlpString.create(account.codeHash)));
  }
}
