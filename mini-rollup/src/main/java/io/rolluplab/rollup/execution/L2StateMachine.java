package io.rolluplab.rollup.execution;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.l2tx.L2Transaction;
import io.rolluplab.rollup.l2tx.MalformedTransactionException;
import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.L2State;
import io.rolluplab.rollup.state.Withdrawal;
import io.rolluplab.rollup.execution.Witness.AccountWitness;
import java.math.BigInteger;
import java.util.Optional;

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
  private final BigInteger l2ChainId;
  private final DepositSource deposits;

  public L2StateMachine(final L2State state, final long l2ChainId, final DepositSource deposits) {
    this.state = state;
    this.l2ChainId = BigInteger.valueOf(l2ChainId);
    this.deposits = deposits;
  }

  public L2State state() {
    return state;
  }

  /**
   * Applies one item of a batch whose header says {@code l1FeePerByte}.
   *
   * @return the outcome; the state is unchanged unless {@link ItemOutcome#applied()}
   */
  public ItemOutcome apply(final BatchItem item, final long l1FeePerByte) {
    final int mark = state.mark();
    try {
      final ItemOutcome outcome =
          item.isDeposit() ? applyDeposit(item.depositIndex()) : applyTransaction(item.body(), l1FeePerByte);
      state.commit();
      return outcome;
    } catch (RuntimeException e) {
      state.revertTo(mark);
      throw e;
    }
  }

  /** A deposit credits its amount to {@code l2To}: no fee, no signature, always valid. */
  private ItemOutcome applyDeposit(final long index) {
    final Bytes32 preRoot = state.root();
    final Deposit deposit = deposits.deposit(index);
    final Witness witness = Witness.EMPTY.withDeposit(deposit).withRecipient(credit(deposit.l2To(), deposit.amount()));
    final String reason = "deposit #" + Long.toUnsignedString(index) + " credited " + deposit.amount() + " wei to " + deposit.l2To();
    return new ItemOutcome(null, reason, null, Fee.NONE, null, preRoot, state.root(), witness);
  }

  /** A signed transaction: rules 1 to 7 in order, then sender, recipient (or withdrawal), fee vault. */
  private ItemOutcome applyTransaction(final byte[] body, final long l1FeePerByte) {
    final Bytes32 preRoot = state.root();
    final Rejector reject = new Rejector(preRoot);
    final L2Transaction tx;
    try {
      tx = L2Transaction.decode(body);
    } catch (MalformedTransactionException e) {
      return reject.because(Rule.MALFORMED, e.getMessage());
    }
    if (!l2ChainId.equals(tx.chainId())) {
      return reject.because(Rule.WRONG_CHAIN_ID,
          tx.chainId() == null ? "legacy signature without EIP-155 chain id" : "chain id " + tx.chainId() + ", expected " + l2ChainId);
    }
    final Optional<Address> recovered = tx.recoverSender();
    if (recovered.isEmpty()) {
      return reject.because(Rule.BAD_SIGNATURE, "the signature recovers no sender");
    }
    final Address sender = recovered.get();
    reject.sender = sender;
    if (tx.gasLimit().compareTo(Fee.TRANSFER_GAS) < 0) {
      return reject.because(Rule.GAS_LIMIT_TOO_LOW, "gas limit " + tx.gasLimit() + " < " + Fee.TRANSFER_GAS);
    }
    final Account from = state.account(sender);
    reject.witness = Witness.EMPTY.withSender(new AccountWitness(from, state.accountProof(sender)));
    if (!tx.nonce().equals(BigInteger.valueOf(from.nonce()))) {
      return reject.because(Rule.NONCE_MISMATCH, "nonce " + tx.nonce() + ", the sender's next is " + from.nonce());
    }
    if (tx.maxFeePerGas().compareTo(Fee.L2_BASE_FEE) < 0) {
      return reject.because(Rule.FEE_CAP_TOO_LOW, "fee cap " + tx.maxFeePerGas() + " wei < base fee " + Fee.L2_BASE_FEE);
    }
    final Fee fee = Fee.of(tx, body.length, l1FeePerByte);
    final BigInteger total = tx.value().add(fee.total()); // beyond 2^256 it exceeds any balance, as rule 7 wants
    if (total.compareTo(from.balance()) > 0) {
      return reject.because(Rule.INSUFFICIENT_BALANCE, "balance " + from.balance() + " < value + fee " + total);
    }

    state.setAccount(sender, new Account(from.balance().subtract(total), from.nonce() + 1));
    Witness witness = reject.witness;
    Withdrawal withdrawal = null;
    if (tx.to().equals(WITHDRAWAL_ADDRESS)) {
      withdrawal = new Withdrawal(sender, sender, tx.value(), from.nonce());
      witness = witness.withWithdrawal(state.withdrawalProof(withdrawal.hash()));
      state.addWithdrawal(withdrawal);
    } else {
      witness = witness.withRecipient(credit(tx.to(), tx.value()));
    }
    witness = witness.withFeeVault(credit(FEE_VAULT, fee.total()));
    final String reason = withdrawal != null
        ? sender + " withdrew " + tx.value() + " wei to L1"
        : sender + " sent " + tx.value() + " wei to " + tx.to();
    return new ItemOutcome(null, reason, sender, fee, withdrawal, preRoot, state.root(), witness);
  }

  /** Adds {@code amount} to {@code address}; returns its leaf as it was, with its proof. */
  private AccountWitness credit(final Address address, final BigInteger amount) {
    final Account before = state.account(address);
    final AccountWitness witness = new AccountWitness(before, state.accountProof(address));
    state.setAccount(address, before.withBalance(before.balance().add(amount)));
    return witness;
  }

  /** Builds the outcome of a rejected item from what is known when the rule breaks. */
  private static final class Rejector {
    private final Bytes32 preRoot;
    private Address sender;
    private Witness witness = Witness.EMPTY;

    Rejector(final Bytes32 preRoot) {
      this.preRoot = preRoot;
    }

    ItemOutcome because(final Rule rule, final String detail) {
      return new ItemOutcome(rule, rule + ": " + detail, sender, Fee.NONE, null, preRoot, preRoot, witness);
    }
  }
}
