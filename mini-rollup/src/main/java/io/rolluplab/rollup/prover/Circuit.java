package io.rolluplab.rollup.prover;

import static io.rolluplab.rollup.prover.ConstraintCosts.ADD_256;
import static io.rolluplab.rollup.prover.ConstraintCosts.COMPARE_256;
import static io.rolluplab.rollup.prover.ConstraintCosts.ECDSA_VERIFY;
import static io.rolluplab.rollup.prover.ConstraintCosts.LEAF_UPDATE;
import static io.rolluplab.rollup.prover.ConstraintCosts.RLP_DECODE;
import static io.rolluplab.rollup.prover.ConstraintCosts.keccak;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.execution.ItemOutcome;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.execution.Rule;
import io.rolluplab.rollup.execution.TransactionRules;
import io.rolluplab.rollup.execution.TransactionRules.Verdict;
import io.rolluplab.rollup.execution.Witness.AccountWitness;
import io.rolluplab.rollup.execution.Witness.RecipientByPrefix;
import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.CompactProof;
import io.rolluplab.rollup.state.Withdrawal;
import io.rolluplab.rollup.statediff.StateDiff;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The constraints a validity circuit for our L2 rules would enforce, checked in plain Java on a
 * {@link BatchWitness}: the pre-root L1 holds, then every item from its own witness alone (the
 * rules of L2-RULES.md §3 and each Merkle update from its proof, starting at the root the previous
 * update left), then the deposit queue hash, the state diff the updates make (it must be the one L1
 * committed: this is what ties the posted diff to valid, signed transactions) and the post-root. A real
 * prover would turn the same checks into polynomial equations; this one records each as a
 * {@link Check}, so the UI can show what a proof would have proved.
 *
 * <p>Like zkSync's circuits, this one has no branch for "a transaction that breaks a rule does
 * nothing": every transaction item must pass rules 1, 1b and 2 to 7, or the circuit cannot be satisfied and
 * no proof exists (L2-RULES.md §4). So a batch holding an item the sequencer should have refused
 * cannot be proven.
 */
final class Circuit {
  private final TransactionRules rules;

  Circuit(final long l2ChainId) {
    this.rules = new TransactionRules(l2ChainId);
  }

  /**
   * Every check, in order; it stops at the first item that fails, since nothing after it could be
   * proven either.
   */
  List<Check> check(final BatchWitness w) {
    final List<Check> checks = new ArrayList<>();
    checks.add(new Check(-1, "pre-state root", w.preRoot().equals(w.onL1().preRoot()),
        "the batch starts from " + w.preRoot() + "; L1's last proven root is " + w.onL1().preRoot(), 0));
    Bytes32 root = w.onL1().preRoot();
    Bytes32 queueHash = w.previousQueueHash();
    int deposits = 0;
    final List<ItemOutcome> outcomes = w.execution().outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      final ItemOutcome outcome = outcomes.get(i);
      final BatchItem item = w.transactions().items().get(i);
      final Item circuit = new Item(i, root, checks);
      if (item.isDeposit()) {
        final Deposit deposit = outcome.witness().deposit();
        queueHash = Bytes32.hashPair(queueHash, deposit.hash());
        deposits++;
        root = circuit.credit("deposit recipient", deposit.l2To(), outcome.witness().recipient(), deposit.amount());
      } else {
        root = circuit.transaction(item.body(), w.transactions().l1FeePerByte(), outcome);
      }
      if (root == null) {
        return checks;
      }
      checks.add(new Check(i, "root after the item", root.equals(outcome.postRoot()),
          "the updates arrive at " + root + "; executing the item gives " + outcome.postRoot(), 0));
    }
    checks.add(new Check(-1, "deposit queue hash", queueHash.equals(w.onL1().depositQueueHash()),
        deposits + " deposits chain from " + w.previousQueueHash() + " to " + queueHash + "; L1 fixed "
            + w.onL1().depositQueueHash(), deposits * (keccak(128) + keccak(64))));
    final byte[] diff = w.execution().diff().encode();
    final Bytes32 diffHash = Bytes32.wrap(Keccak.hash(diff));
    checks.add(new Check(-1, "state diff", diffHash.equals(w.onL1().dataHash()),
        "the leaves the transactions changed, at their final values, encode to " + diff.length + " bytes hashing to "
            + diffHash + "; L1 committed " + w.onL1().dataHash(), keccak(diff.length) + diffEntries(w) * LEAF_UPDATE));
    checks.add(new Check(-1, "post-state root", root.equals(w.onL1().postRoot()),
        "the circuit arrives at " + root + "; the committed diff leads to " + w.onL1().postRoot(), 0));
    checks.add(new Check(-1, "public input hash", true, "H(pre-root, post-root, diff hash, queue hash) = "
        + w.onL1().hash(), keccak(4 * Bytes32.SIZE)));
    return checks;
  }

  /** The checks of one item, chaining Merkle updates from {@code root}. */
  private final class Item {
    private final int index;
    private final List<Check> checks;
    private Bytes32 root;

    Item(final int index, final Bytes32 root, final List<Check> checks) {
      this.index = index;
      this.root = root;
      this.checks = checks;
    }

    /** Rules 1, 1b and 2 to 7 on the sender's leaf (and a key prefix's proof) from the witness, then sender, recipient or withdrawal, fee vault. */
    Bytes32 transaction(final byte[] body, final long l1FeePerByte, final ItemOutcome outcome) {
      final AccountWitness senderLeaf = outcome.witness().sender();
      final RecipientByPrefix byPrefix = outcome.witness().recipientByPrefix();
      final Verdict verdict = rules.check(body, l1FeePerByte, address -> senderLeaf.account(),
          prefix -> byPrefix.named(root, prefix));
      if (!rulesHold(verdict, body.length)) {
        return null;
      }
      final Address sender = verdict.sender();
      final Account from = senderLeaf.account();
      if (!update("sender leaf update", Account.key(sender), from.leafValue(sender), senderLeaf.proof(),
          new Account(from.balance().subtract(verdict.cost()), from.nonce() + 1).leafValue(sender))) {
        return null;
      }
      final BigInteger value = verdict.tx().value();
      if (verdict.tx().to().equals(L2StateMachine.WITHDRAWAL_ADDRESS)) {
        final Bytes32 key = new Withdrawal(sender, sender, value, from.nonce()).hash();
        if (!update("withdrawal leaf written", key, Bytes32.ZERO, outcome.witness().withdrawal(), key)) {
          return null;
        }
      } else if (credit("recipient", verdict.tx().to(), outcome.witness().recipient(), value) == null) {
        return null;
      }
      return credit("fee vault", L2StateMachine.FEE_VAULT, outcome.witness().feeVault(), verdict.fee().total());
    }

    /** Adds {@code amount} to {@code address}'s leaf in the witness; the root after, or null if it fails. */
    Bytes32 credit(final String who, final Address address, final AccountWitness leaf, final BigInteger amount) {
      final Account before = leaf.account();
      final boolean ok = update(who + " leaf update", Account.key(address), before.leafValue(address), leaf.proof(),
          before.withBalance(before.balance().add(amount)).leafValue(address));
      return ok ? root : null;
    }

    /**
     * One Merkle update from its proof alone: the old value must verify under the current root,
     * then the new value along the same path gives the next root.
     */
    private boolean update(final String name, final Bytes32 key, final Bytes32 oldValue, final CompactProof proof,
        final Bytes32 newValue) {
      if (!proof.verifies(root, key, oldValue)) {
        checks.add(new Check(index, name, false, "the old leaf does not verify under " + root
            + proof.flaw(key, oldValue).map(flaw -> " (" + flaw + ")").orElse(""), LEAF_UPDATE + ADD_256));
        return false;
      }
      final Bytes32 next = proof.update(root, key, oldValue, newValue);
      checks.add(new Check(index, name, true, "the old leaf verifies under " + root + "; the new one gives " + next,
          LEAF_UPDATE + ADD_256));
      root = next;
      return true;
    }

    /** One check per rule, in order, up to the first broken one; true if all seven hold. */
    private boolean rulesHold(final Verdict verdict, final int bodyLength) {
      final Rule broken = verdict.brokenRule();
      for (final Rule rule : Rule.values()) {
        final boolean passed = broken == null || rule.ordinal() < broken.ordinal();
        checks.add(new Check(index, name(rule), passed, passed ? held(rule, verdict) : verdict.detail(),
            cost(rule, bodyLength)));
        if (!passed) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The leaves the diff lists: a circuit checks each against the final state, with a Merkle path
   * (and that no other leaf changed, by the same updates it already checked).
   */
  private static int diffEntries(final BatchWitness w) {
    final StateDiff diff = w.execution().diff();
    return diff.newAccounts().size() + diff.updatedAccounts().size() + diff.withdrawals().size();
  }

  private static String name(final Rule rule) {
    return switch (rule) {
      case MALFORMED -> "well-formed transfer";
      case UNKNOWN_RECIPIENT -> "recipient";
      case WRONG_CHAIN_ID -> "chain id";
      case BAD_SIGNATURE -> "signature";
      case GAS_LIMIT_TOO_LOW -> "gas limit";
      case NONCE_MISMATCH -> "nonce";
      case FEE_CAP_TOO_LOW -> "fee cap";
      case INSUFFICIENT_BALANCE -> "balance";
    };
  }

  /** The values a rule that held compared, in words (the verdict knows them once it passed). */
  private static String held(final Rule rule, final Verdict v) {
    if (v.tx() == null) {
      return "rule " + rule.code();
    }
    return switch (rule) {
      case MALFORMED -> "a plain transfer";
      case UNKNOWN_RECIPIENT -> "to " + v.tx().to();
      case WRONG_CHAIN_ID -> "chain id " + v.tx().chainId();
      case BAD_SIGNATURE -> "signed by " + v.sender();
      case GAS_LIMIT_TOO_LOW -> "gas limit " + v.tx().gasLimit();
      case NONCE_MISMATCH -> "nonce " + v.tx().nonce() + " is the sender's next";
      case FEE_CAP_TOO_LOW -> "fee cap " + v.tx().maxFeePerGas() + " wei";
      case INSUFFICIENT_BALANCE -> "balance " + v.senderAccount().balance() + " covers value + fee " + v.cost();
    };
  }

  private static long cost(final Rule rule, final int bodyLength) {
    return switch (rule) {
      case MALFORMED -> RLP_DECODE;
      case BAD_SIGNATURE -> keccak(bodyLength) + ECDSA_VERIFY; // the signing hash, then the signature
      case INSUFFICIENT_BALANCE -> ADD_256 + COMPARE_256;
      default -> COMPARE_256;
    };
  }
}
