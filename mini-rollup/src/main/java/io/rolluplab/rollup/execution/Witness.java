package io.rolluplab.rollup.execution;

import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.CompactProof;

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
 */
public record Witness(
    AccountWitness sender, AccountWitness recipient, CompactProof withdrawal, AccountWitness feeVault, Deposit deposit) {

  /** The proof in fields an item does not use (any well-formed value would do: L1 does not read it). */
  public static final CompactProof NO_PROOF = CompactProof.EMPTY_TREE;
  public static final Witness EMPTY =
      new Witness(AccountWitness.UNUSED, AccountWitness.UNUSED, NO_PROOF, AccountWitness.UNUSED, null);

  /** An account leaf before its update, and its proof. */
  public record AccountWitness(Account account, CompactProof proof) {
    // CompactProof.EMPTY_TREE, not Witness.NO_PROOF: reading Witness here would start Witness's
    // class initialization from inside this one, and Witness.EMPTY would get a null UNUSED
    public static final AccountWitness UNUSED = new AccountWitness(Account.EMPTY, CompactProof.EMPTY_TREE);
  }

  Witness withSender(final AccountWitness w) {
    return new Witness(w, recipient, withdrawal, feeVault, deposit);
  }

  Witness withRecipient(final AccountWitness w) {
    return new Witness(sender, w, withdrawal, feeVault, deposit);
  }

  Witness withWithdrawal(final CompactProof p) {
    return new Witness(sender, recipient, p, feeVault, deposit);
  }

  Witness withFeeVault(final AccountWitness w) {
    return new Witness(sender, recipient, withdrawal, w, deposit);
  }

  Witness withDeposit(final Deposit d) {
    return new Witness(sender, recipient, withdrawal, feeVault, d);
  }
}
