package io.rolluplab.rollup.contracts;

import static io.rolluplab.rollup.contracts.L1TestChain.ETHER;
import static io.rolluplab.rollup.contracts.L1TestChain.GWEI;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.execution.ItemOutcome;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.execution.TransactionRules;
import io.rolluplab.rollup.l2tx.CompactTransfer;
import io.rolluplab.rollup.l2tx.RecipientInFull;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.L2State;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;

/**
 * An optimistic rollup deployed on a fresh devnet, with an honest L2 node beside it that executes
 * every batch in Java and keeps the intermediate roots and witnesses a dispute needs.
 */
class RollupFixture {
  static final long L2_CHAIN_ID = 901;
  static final BigInteger BOND = ETHER;
  static final long CHALLENGE_PERIOD = 7 * 24 * 3600;
  static final long CLOCK_BUDGET = 3600;
  static final long FORCE_INCLUSION_DELAY = 24 * 3600;
  static final long REVEAL_PERIOD = 3600;
  static final long L1_FEE_PER_BYTE = 16;

  /** Deploys the contracts. */
  static final DevAccount DEPLOYER = DevAccounts.all().get(0);
  static final DevAccount PROPOSER = DevAccounts.all().get(1);
  static final DevAccount CHALLENGER = DevAccounts.all().get(2);
  static final DevAccount ALICE = DevAccounts.all().get(3);
  static final DevAccount BOB = DevAccounts.all().get(4);
  static final DevAccount PROVER = DevAccounts.all().get(5);
  static final DevAccount OUTSIDER = DevAccounts.all().get(6);
  /** The optimistic rollup's batcher: it sends nothing else, so its nonce counts its batches. */
  static final DevAccount BATCHER = DevAccounts.all().get(7);

  final L1TestChain chain = new L1TestChain();
  final Map<Long, Deposit> deposits = new HashMap<>();
  L2State l2 = new L2State();

  /** One batch as the honest node executed it: S_0 … S_n and each item's outcome (with witness). */
  record ExecutedBatch(BatchData data, List<Bytes32> roots, List<ItemOutcome> outcomes) {
    Bytes32 postRoot() {
      return roots.get(roots.size() - 1);
    }

    byte[] encoded() {
      return data.encode();
    }

    long depositCount() {
      return data.items().stream().filter(BatchItem::isDeposit).count();
    }

    Bytes32 dataHash() {
      return Bytes32.wrap(org.web3j.crypto.Hash.sha3(encoded()));
    }

    int itemCount() {
      return data.items().size();
    }
  }

  /** Queues a deposit on {@code bridge} and remembers it for the L2 node. */
  Receipt deposit(final Address bridge, final DevAccount from, final Address l2To, final BigInteger amount) {
    final Receipt receipt = chain.send(from, bridge, amount, BridgeContract.deposit(l2To));
    final long index = ((BigInteger) BridgeContract.DEPOSIT_QUEUED.findIn(receipt.logs()).orElseThrow().get(0).getValue()).longValueExact();
    deposits.put(index, new Deposit(index, from.address(), l2To, amount));
    return receipt;
  }

  /** Executes {@code items} on the honest L2 state, which moves on to the batch's post-state. */
  ExecutedBatch execute(final List<BatchItem> items) {
    final L2StateMachine machine = new L2StateMachine(l2, L2_CHAIN_ID, deposits::get);
    final List<Bytes32> roots = new ArrayList<>(List.of(l2.root()));
    final List<ItemOutcome> outcomes = new ArrayList<>();
    for (final BatchItem item : items) {
      outcomes.add(machine.apply(item, L1_FEE_PER_BYTE));
      roots.add(l2.root());
    }
    return new ExecutedBatch(new BatchData(L1_FEE_PER_BYTE, items), roots, outcomes);
  }

  /** A signed EIP-1559 L2 transfer of {@code value} wei (to the withdrawal address: a withdrawal). */
  static BatchItem transfer(final DevAccount from, final long nonce, final Address to, final BigInteger value) {
    final RawTransaction raw = RawTransaction.createEtherTransaction(L2_CHAIN_ID, BigInteger.valueOf(nonce),
        BigInteger.valueOf(21_000), to.toHex(), value, BigInteger.ZERO, GWEI.multiply(BigInteger.TWO));
    return new BatchItem(TransactionEncoder.signMessage(raw, from.credentials()));
  }

  /** A standard transfer in the compact form a batch carries it in (L2-RULES.md §2.1). */
  static BatchItem standardTransfer(final DevAccount from, final long nonce, final Address to, final BigInteger value) {
    final RawTransaction raw = RawTransaction.createTransaction(L2_CHAIN_ID, BigInteger.valueOf(nonce),
        CompactTransfer.STANDARD_GAS, to.toHex(), value, "", CompactTransfer.STANDARD_TIP, CompactTransfer.STANDARD_MAX_FEE);
    return new BatchItem(new TransactionRules(L2_CHAIN_ID).batchBody(TransactionEncoder.signMessage(raw, from.credentials())));
  }

  /** {@code count} transfers of 1000 wei each, alternating between Alice and Bob (both need L2 funds). */
  List<BatchItem> transfers(final int count) {
    return transfers(count, i -> false);
  }

  /** As {@link #transfers(int)}, but item i goes to the withdrawal address (an L2 withdrawal) where {@code isWithdrawal} holds. */
  List<BatchItem> transfers(final int count, final IntPredicate isWithdrawal) {
    return transfers(count, isWithdrawal, RollupFixture::transfer);
  }

  /** As {@link #transfers(int)}, but standard transfers in compact form, as the sequencer batches them. */
  List<BatchItem> standardTransfers(final int count) {
    return sealed(transfers(count, i -> false, RollupFixture::standardTransfer));
  }

  /**
   * {@code items} with each compact transfer in the form the sequencer seals it in, after the
   * honest L2 state: its recipient named by the shortest key prefix that names it in the state
   * before the item (L2-RULES.md §2.1).
   */
  List<BatchItem> sealed(final List<BatchItem> items) {
    final L2StateMachine scratch = new L2StateMachine(l2.copy(), L2_CHAIN_ID, deposits::get);
    final List<BatchItem> sealed = new ArrayList<>();
    for (final BatchItem item : items) {
      final BatchItem next = item.isDeposit() || item.body()[0] != CompactTransfer.KIND ? item
          : new BatchItem(scratch.rules().sealedBody(item.body(), RecipientInFull.decode(item.body(), L2_CHAIN_ID),
              scratch.state()::accountByKeyPrefix));
      scratch.applyWithoutWitness(next, L1_FEE_PER_BYTE);
      sealed.add(next);
    }
    return sealed;
  }

  /** How a fixture signs one transfer into a batch item. */
  interface TransferSigner {
    BatchItem sign(DevAccount from, long nonce, Address to, BigInteger value);
  }

  private List<BatchItem> transfers(final int count, final IntPredicate isWithdrawal, final TransferSigner signer) {
    final long aliceNonce = l2.nonce(ALICE.address());
    final long bobNonce = l2.nonce(BOB.address());
    final List<BatchItem> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      final boolean alicesTurn = i % 2 == 0;
      final DevAccount from = alicesTurn ? ALICE : BOB;
      final long nonce = (alicesTurn ? aliceNonce : bobNonce) + i / 2;
      final Address to = isWithdrawal.test(i) ? L2StateMachine.WITHDRAWAL_ADDRESS : (alicesTurn ? BOB : ALICE).address();
      items.add(signer.sign(from, nonce, to, BigInteger.valueOf(1000)));
    }
    return items;
  }

  /** How {@link ContractError#toString} writes the revert of a contract that could not pay {@code amount} wei to {@code recipient}. */
  static String paymentFailed(final Address recipient, final BigInteger amount) {
    return "PaymentFailed(" + recipient.toHex() + ", " + amount + ")";
  }

  /** A fake root for a liar to claim: it is no state anybody reached. */
  static Bytes32 fakeRoot(final long position) {
    return Bytes32.of(BigInteger.valueOf(0xBAD0000L + position));
  }
}
