package io.rolluplab.rollup.execution;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.CompactProof;
import io.rolluplab.rollup.state.L2State;
import java.util.Optional;

/**
 * The leaves one item touched, with their proofs: exactly what L1 needs to re-execute the item
 * from the pre-state root alone (the {@code Witness} of {@code L2Rules.sol}, field for field). Each
 * proof is against the root left by the update before it; fields an item did not need are empty.
 *
 * @param sender a transfer's sender, against the pre-root (rules 5 and later)
 * @param recipient a transfer's recipient after the sender's update; a deposit's {@code l2To}
 * @param withdrawal a withdrawal's (still empty) leaf after the sender's update
 * @param feeVault the fee vault after the recipient or withdrawal update
 * @param deposit the deposit a deposit item executed, else null
 * @param recipientByPrefix a compact transfer that names its recipient by a key prefix: which
 *     account that is, and the proof that shows it, against the pre-root (L2-RULES.md §2.1)
 */
public record Witness(AccountWitness sender, AccountWitness recipient, CompactProof withdrawal, AccountWitness feeVault,
    Deposit deposit, RecipientByPrefix recipientByPrefix) {

  /** The proof in fields an item does not use (any well-formed value would do: L1 does not read it). */
  public static final CompactProof NO_PROOF = CompactProof.EMPTY_TREE;
  public static final Witness EMPTY =
      new Witness(AccountWitness.UNUSED, AccountWitness.UNUSED, NO_PROOF, AccountWitness.UNUSED, null,
          RecipientByPrefix.UNUSED);

  /** An account leaf before its update, and its proof. */
  public record AccountWitness(Account account, CompactProof proof) {
    // CompactProof.EMPTY_TREE, not Witness.NO_PROOF: reading Witness here would start Witness's
    // class initialization from inside this one, and Witness.EMPTY would get a null UNUSED
    public static final AccountWitness UNUSED = new AccountWitness(Account.EMPTY, CompactProof.EMPTY_TREE);
  }

  /**
   * The proof of {@code prefix ‖ 0…0} against the pre-root, and the account whose leaf it ends at
   * when the prefix names one ({@link Address#ZERO} when it names none: L1 then reads that from the
   * proof alone).
   */
  public record RecipientByPrefix(Address account, CompactProof proof) {
    public static final RecipientByPrefix UNUSED = new RecipientByPrefix(Address.ZERO, CompactProof.EMPTY_TREE);

    /**
     * Whom {@code prefix} names in the state with this {@code root}, read from this witness alone as
     * L1 reads it ({@code L2Rules.recipientByPrefix}, L2-RULES.md §2.1): the account whose leaf the
     * proof ends at, when that leaf is at most 8·P levels down, its key starts with the prefix and
     * it is no withdrawal's leaf (whose value is its key); else nobody.
     *
     * @throws IllegalArgumentException if the proof does not verify under {@code root}, or the
     *     account's key is not that leaf's key: the witness is wrong, and L1 would revert
     */
    public Optional<Address> named(final Bytes32 root, final byte[] prefix) {
      final Bytes32 key = L2State.prefixKey(prefix);
      if (!proof.verifies(root, key, Bytes32.ZERO)) {
        throw new IllegalArgumentException("the proof of key prefix " + key + " does not verify under " + root);
      }
      final int bits = prefix.length * Byte.SIZE;
      if (proof.depth() > bits || !proof.hasOtherLeaf() || proof.otherKey().commonPrefixLength(key) < bits
          || proof.otherValue().equals(proof.otherKey())) {
        return Optional.empty();
      }
      if (!Account.key(account).equals(proof.otherKey())) {
        throw new IllegalArgumentException("the prefix names the leaf " + proof.otherKey() + ", not " + account
            + "'s key " + Account.key(account));
      }
      return Optional.of(account);
    }
  }

  Witness withSender(final AccountWitness w) {
    return new Witness(w, recipient, withdrawal, feeVault, deposit, recipientByPrefix);
  }

  Witness withRecipient(final AccountWitness w) {
    return new Witness(sender, w, withdrawal, feeVault, deposit, recipientByPrefix);
  }

  Witness withWithdrawal(final CompactProof p) {
    return new Witness(sender, recipient, p, feeVault, deposit, recipientByPrefix);
  }

  Witness withFeeVault(final AccountWitness w) {
    return new Witness(sender, recipient, withdrawal, w, deposit, recipientByPrefix);
  }

  Witness withDeposit(final Deposit d) {
    return new Witness(sender, recipient, withdrawal, feeVault, d, recipientByPrefix);
  }

  Witness withRecipientByPrefix(final RecipientByPrefix r) {
    return new Witness(sender, recipient, withdrawal, feeVault, deposit, r);
  }
}
