package io.rolluplab.rollup.execution;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.l2tx.CompactTransfer;
import io.rolluplab.rollup.l2tx.L2Transaction;
import io.rolluplab.rollup.l2tx.MalformedTransactionException;
import io.rolluplab.rollup.l2tx.RecipientNames;
import io.rolluplab.rollup.l2tx.UnknownRecipientException;
import io.rolluplab.rollup.state.Account;
import java.math.BigInteger;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rules 1, 1b and 2 to 7 of L2-RULES.md §3, checked in order. The state machine checks them against the
 * state to execute an item; the sequencer's mempool checks them against the pending state to admit
 * a transaction. One implementation, so the two never disagree on what is valid.
 */
public final class TransactionRules {
  private final BigInteger l2ChainId;

  public TransactionRules(final long l2ChainId) {
    this.l2ChainId = BigInteger.valueOf(l2ChainId);
  }

  /**
   * The body a signed transaction takes in a batch, and so the length its L1 data fee is charged
   * on: the compact form of a standard transfer, else the signed bytes (L2-RULES.md §2). Bytes that
   * do not decode stay as they are; rule 1 rejects them.
   */
  public byte[] batchBody(final byte[] signed) {
    try {
      return CompactTransfer.batchBody(signed, L2Transaction.decode(signed), l2ChainId.longValueExact());
    } catch (MalformedTransactionException e) {
      return signed.clone();
    }
  }

  /**
   * The body a transaction takes when it is sealed into a block with the state before it known: a
   * compact transfer to an account that has a leaf names it by the shortest key prefix that does
   * (L2-RULES.md §2.1), except the withdrawal address; any other body stays as it is.
   *
   * @param body its body as {@link #batchBody} wrote it
   * @param tx that body decoded
   * @param names who a prefix names in the state before this item
   */
  public byte[] sealedBody(final byte[] body, final L2Transaction tx, final RecipientNames names) {
    return body.length > 0 && body[0] == CompactTransfer.KIND && !tx.to().equals(L2StateMachine.WITHDRAWAL_ADDRESS)
        ? CompactTransfer.withRecipientPrefix(body, tx.to(), names) : body;
  }

  /**
   * The transaction in a batch body of any form (rules 1 and 1b).
   *
   * @param names who a key prefix names, in the state before this item
   */
  public L2Transaction decode(final byte[] body, final RecipientNames names)
      throws MalformedTransactionException, UnknownRecipientException {
    return CompactTransfer.decodeBody(body, l2ChainId.longValueExact(), names);
  }

  /**
   * The verdict on a transaction body as a batch carries it ({@link #batchBody}).
   *
   * @param accounts the sender's account as the caller sees it; read only once rules 1 to 4 passed
   * @param names who a key prefix names in the state before this item; {@link RecipientNames#NONE}
   *     for a transaction as a wallet sent it
   */
  public Verdict check(final byte[] body, final long l1FeePerByte, final Function<Address, Account> accounts,
      final RecipientNames names) {
    return check(body, l1FeePerByte, accounts, names, L2Transaction::recoverSender);
  }

  /**
   * As {@link #check(byte[], long, Function, RecipientNames)}, with the signer (rule 3) taken from
   * {@code signers} instead of recovered from the signature: for a caller that checked this very
   * item's signature before and vouches for the answer.
   */
  public Verdict check(final byte[] body, final long l1FeePerByte, final Function<Address, Account> accounts,
      final RecipientNames names, final Function<L2Transaction, Optional<Address>> signers) {
    final L2Transaction tx;
    try {
      tx = decode(body, names);
    } catch (MalformedTransactionException e) {
      return Verdict.broken(Rule.MALFORMED, e.getMessage(), null, null, null);
    } catch (UnknownRecipientException e) {
      return Verdict.broken(Rule.UNKNOWN_RECIPIENT, e.getMessage(), null, null, null);
    }
    if (!l2ChainId.equals(tx.chainId())) {
      return Verdict.broken(Rule.WRONG_CHAIN_ID, tx.chainId() == null
          ? "legacy signature without EIP-155 chain id" : "chain id " + tx.chainId() + ", expected " + l2ChainId,
          tx, null, null);
    }
    final Optional<Address> recovered = signers.apply(tx);
    if (recovered.isEmpty()) {
      return Verdict.broken(Rule.BAD_SIGNATURE, "the signature recovers no sender", tx, null, null);
    }
    final Address sender = recovered.get();
    if (tx.gasLimit().compareTo(Fee.TRANSFER_GAS) < 0) {
      return Verdict.broken(Rule.GAS_LIMIT_TOO_LOW, "gas limit " + tx.gasLimit() + " < " + Fee.TRANSFER_GAS, tx, sender, null);
    }
    final Account from = accounts.apply(sender);
    if (!tx.nonce().equals(BigInteger.valueOf(from.nonce()))) {
      return Verdict.broken(Rule.NONCE_MISMATCH, "nonce " + tx.nonce() + ", the sender's next is " + from.nonce(), tx, sender, from);
    }
    if (tx.maxFeePerGas().compareTo(Fee.L2_BASE_FEE) < 0) {
      return Verdict.broken(Rule.FEE_CAP_TOO_LOW,
          "fee cap " + tx.maxFeePerGas() + " wei < base fee " + Fee.L2_BASE_FEE, tx, sender, from);
    }
    final Fee fee = Fee.of(tx, body.length, l1FeePerByte);
    final BigInteger cost = tx.value().add(fee.total()); // beyond 2^256 it exceeds any balance, as rule 7 wants
    if (cost.compareTo(from.balance()) > 0) {
      return Verdict.broken(Rule.INSUFFICIENT_BALANCE, "balance " + from.balance() + " < value + fee " + cost, tx, sender, from);
    }
    return new Verdict(null, "valid", tx, sender, from, fee);
  }

  /**
   * What {@link #check} found, with everything known by the time it stopped.
   *
   * @param brokenRule the first rule broken, null if the transaction passed all seven
   * @param tx the decoded transaction, its recipient resolved; null if it is malformed or names no
   *     recipient
   * @param sender the recovered sender, null before rule 3 passed
   * @param senderAccount the sender's account as read, null before rule 5
   * @param fee what it pays if executed, {@link Fee#NONE} unless it passed
   */
  public record Verdict(Rule brokenRule, String detail, L2Transaction tx, Address sender, Account senderAccount, Fee fee) {

    static Verdict broken(final Rule rule, final String detail, final L2Transaction tx, final Address sender,
        final Account senderAccount) {
      return new Verdict(rule, detail, tx, sender, senderAccount, Fee.NONE);
    }

    public boolean passed() {
      return brokenRule == null;
    }

    /** Value plus fee: what the sender's balance loses. */
    public BigInteger cost() {
      return tx.value().add(fee.total());
    }
  }
}
