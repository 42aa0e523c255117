package io.rolluplab.rollup.execution;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.l2tx.CompactTransfer;
import io.rolluplab.rollup.l2tx.L2Transaction;
import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.L2State;
import io.rolluplab.rollup.state.Withdrawal;
import io.rolluplab.rollup.execution.TransactionRules.Verdict;
import io.rolluplab.rollup.execution.Witness.AccountWitness;
import io.rolluplab.rollup.execution.Witness.RecipientByPrefix;
import java.math.BigInteger;
import java.util.Optional;
import java.util.function.Function;

/**
 * Executes batch items on an {@link L2State}: {@code S_{i+1} = apply(S_i, item_i)}
 * (L2-RULES.md §3). {@code L2Rules.sol} implements the same rules for the one-step proof; the
 * shared test vectors hold the two together.
 *
 * <p>Every rule is checked before the first write, so a rejected item changes nothing. Writes go
 * through the state's journal all the same, so that even an unexpected failure halfway (a balance
 * beyond 2^256, which L1 would refuse too) leaves the state as it was.
 */
public final class L2StateMachine {
  /** Collects every fee (the OP Stack's SequencerFeeVault address). */
  public static final Address FEE_VAULT = Address.fromHex("0x4200000000000000000000000000000000000011");
  /** Value sent here leaves L2: a withdrawal to the sender's own address on L1. */
  public static final Address WITHDRAWAL_ADDRESS = Address.fromHex("0x4200000000000000000000000000000000000016");

  private final L2State state;
  private final TransactionRules rules;
  private final DepositSource deposits;

  public L2StateMachine(final L2State state, final long l2ChainId, final DepositSource deposits) {
    this.state = state;
    this.rules = new TransactionRules(l2ChainId);
    this.deposits = deposits;
  }

  public L2State state() {
    return state;
  }

  /** The transaction rules it checks, with its chain id. */
  public TransactionRules rules() {
    return rules;
  }

  /**
   * Applies one item of a batch whose header says {@code l1FeePerByte}, and records its
   * {@link Witness}: what a one-step proof or a validity proof of this item needs.
   *
   * @return the outcome; the state is unchanged unless {@link ItemOutcome#applied()}
   */
  public ItemOutcome apply(final BatchItem item, final long l1FeePerByte) {
    return apply(item, l1FeePerByte, true, L2Transaction::recoverSender);
  }

  /**
   * As {@link #apply}, without the witness and without the roots before and after the item (all
   * three null in the {@link ItemOutcome}): what the sequencer and the derivations run on every
   * item. The witness costs a Merkle proof per touched leaf, and a root the hashing of every path
   * changed since the last root. Asked once at the end of a block or batch instead, a root hashes
   * the levels its items' paths share once; only a dispute or a proof asks for an item's roots and
   * witness, by executing the item again.
   */
  public ItemOutcome applyWithoutWitness(final BatchItem item, final long l1FeePerByte) {
    return apply(item, l1FeePerByte, false, L2Transaction::recoverSender);
  }

  /**
   * As {@link #applyWithoutWitness}, for an item this caller executed before: its signer is the
   * {@code signer} that execution recovered ({@link ItemOutcome#sender()}; null if it recovered
   * none, and the signature is checked again). A derivation executes a batch again when it becomes
   * final and to rebuild the state before a disputed item; the signature's verdict cannot have
   * changed since, and recovering it costs more than the rest of the item.
   */
  public ItemOutcome reapplyWithoutWitness(final BatchItem item, final long l1FeePerByte, final Address signer) {
    return apply(item, l1FeePerByte, false,
        signer == null ? L2Transaction::recoverSender : tx -> Optional.of(signer));
  }

  private ItemOutcome apply(final BatchItem item, final long l1FeePerByte, final boolean witnessed,
      final Function<L2Transaction, Optional<Address>> signers) {
    final int mark = state.mark();
    try {
      final ItemOutcome outcome = item.isDeposit() ? applyDeposit(item.depositIndex(), witnessed)
          : applyTransaction(item.body(), l1FeePerByte, witnessed, signers);
      state.commit();
      return outcome;
    } catch (RuntimeException e) {
      state.revertTo(mark);
      throw e;
    }
  }

  /** A deposit credits its amount to {@code l2To}: no fee, no signature, always valid. */
  private ItemOutcome applyDeposit(final long index, final boolean witnessed) {
    final Bytes32 preRoot = rootIf(witnessed);
    final Deposit deposit = deposits.deposit(index);
    final AccountWitness recipient = credit(deposit.l2To(), deposit.amount(), witnessed);
    final Witness witness = witnessed ? Witness.EMPTY.withDeposit(deposit).withRecipient(recipient) : null;
    final String reason = "deposit #" + Long.toUnsignedString(index) + " credited " + deposit.amount() + " wei to " + deposit.l2To();
    return new ItemOutcome(null, reason, null, null, Fee.NONE, null, preRoot, rootIf(witnessed), witness);
  }

  /**
   * A signed transaction: rules 1, 1b and 2 to 7 in order, then sender, recipient (or
   * withdrawal), fee vault.
   */
  private ItemOutcome applyTransaction(final byte[] body, final long l1FeePerByte, final boolean witnessed,
      final Function<L2Transaction, Optional<Address>> signers) {
    final Bytes32 preRoot = rootIf(witnessed);
    final Verdict verdict = rules.check(body, l1FeePerByte, state::account, state::accountByKeyPrefix, signers);
    final Address sender = verdict.sender();
    final Account from = verdict.senderAccount();
    // from rule 5 on, the sender's leaf was read: L1 needs it to check the rule the same way
    Witness witness = !witnessed ? null : from == null ? Witness.EMPTY
        : Witness.EMPTY.withSender(new AccountWitness(from, state.accountProof(sender)));
    final byte[] prefix = !witnessed || verdict.brokenRule() == Rule.MALFORMED ? new byte[0]
        : CompactTransfer.recipientPrefix(body);
    if (prefix.length > 0) {
      // whom the prefix names, or that it names nobody, L1 reads from the prefix's proof (rule 1b)
      final Address named = verdict.tx() == null ? Address.ZERO : verdict.tx().to();
      witness = witness.withRecipientByPrefix(new RecipientByPrefix(named, state.keyPrefixProof(prefix)));
    }
    if (!verdict.passed()) {
      final String reason = verdict.brokenRule() + ": " + verdict.detail();
      return new ItemOutcome(verdict.brokenRule(), reason, sender, verdict.tx(), Fee.NONE, null, preRoot, preRoot,
          witness);
    }
    final L2Transaction tx = verdict.tx();
    state.setAccount(sender, new Account(from.balance().subtract(verdict.cost()), from.nonce() + 1));
    Withdrawal withdrawal = null;
    if (tx.to().equals(WITHDRAWAL_ADDRESS)) {
      withdrawal = new Withdrawal(sender, sender, tx.value(), from.nonce());
      if (witnessed) {
        witness = witness.withWithdrawal(state.withdrawalProof(withdrawal.hash()));
      }
      state.addWithdrawal(withdrawal);
    } else {
      final AccountWitness recipient = credit(tx.to(), tx.value(), witnessed);
      witness = witnessed ? witness.withRecipient(recipient) : null;
    }
    final AccountWitness feeVault = credit(FEE_VAULT, verdict.fee().total(), witnessed);
    witness = witnessed ? witness.withFeeVault(feeVault) : null;
    final String reason = withdrawal != null
        ? sender + " withdrew " + tx.value() + " wei to L1"
        : sender + " sent " + tx.value() + " wei to " + tx.to();
    return new ItemOutcome(null, reason, sender, tx, verdict.fee(), withdrawal, preRoot, rootIf(witnessed), witness);
  }

  /** The state root now if the item is {@code witnessed} (its proofs are against it), else null: not hashed. */
  private Bytes32 rootIf(final boolean witnessed) {
    return witnessed ? state.root() : null;
  }

  /** Adds {@code amount} to {@code address}; returns its leaf as it was, with its proof if {@code witnessed}, else null. */
  private AccountWitness credit(final Address address, final BigInteger amount, final boolean witnessed) {
    final Account before = state.account(address);
    final AccountWitness witness = witnessed ? new AccountWitness(before, state.accountProof(address)) : null;
    state.setAccount(address, before.withBalance(before.balance().add(amount)));
    return witness;
  }
}
