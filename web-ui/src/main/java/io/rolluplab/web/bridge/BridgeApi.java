package io.rolluplab.web.bridge;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.event.Amount;
import io.rolluplab.rollup.execution.Fee;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.l2tx.L2Signer;
import io.rolluplab.rollup.node.RollupNode;
import io.rolluplab.rollup.sequencer.TransactionRejectedException;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.web.Lab;
import io.rolluplab.web.http.Exchange;
import io.rolluplab.web.http.HexParams;
import io.rolluplab.web.http.HttpError;
import io.rolluplab.web.http.Input;
import io.rolluplab.web.http.Reply;
import io.rolluplab.web.http.Router;
import io.rolluplab.web.http.Routes;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Map;
import org.web3j.crypto.RawTransaction;

/**
 * Moving ether between the layers from the dev accounts: a deposit on L1 into a rollup's Bridge, a
 * withdrawal and a transfer on L2 (signed by the lab with the dev account's key, as a wallet would);
 * and where each deposit and withdrawal is on its way to finality.
 */
public final class BridgeApi implements Routes {
  public static final String DEPOSIT = "/api/bridge/deposit";
  public static final String WITHDRAW = "/api/bridge/withdraw";
  public static final String TRANSFER = "/api/l2/transfer";
  public static final String DEPOSITS = "/api/rollups/{rollup}/deposits";
  public static final String WITHDRAWALS = "/api/rollups/{rollup}/withdrawals";
  public static final String WITHDRAWAL = "/api/rollups/{rollup}/withdrawals/{id}";
  /**
   * The dev accounts a user may send from: 6 pays the mirror's deposits and 7–9 operate the
   * rollups, and a transaction of theirs could take a nonce a role is about to use.
   */
  static final int USER_ACCOUNTS = 6;
  /** Deposits and withdrawals listed at most. */
  static final int MAX_LISTED = 200;

  private final Lab lab;

  public BridgeApi(final Lab lab) {
    this.lab = lab;
  }

  @Override
  public void register(final Router router) {
    router.post(DEPOSIT, "Deposits on L1 into a rollup's Bridge: {\"rollup\", \"from\": dev account 0-5, \"to\": L2"
        + " address (default: the sender's), \"amountWei\"}; answers the L1 transaction and the deposit's queue index.",
        this::deposit);
    router.post(WITHDRAW, "Withdraws from L2 to the same address on L1: {\"rollup\", \"from\": dev account 0-5,"
        + " \"amountWei\"}; the lab signs the L2 transaction with the dev key.", this::withdraw);
    router.post(TRANSFER, "An L2 transfer {\"rollup\", \"from\": dev account 0-5, \"to\", \"amountWei\"}, signed by the"
        + " lab with the dev key; answers its hash.", this::transfer);
    router.get(DEPOSITS, "A rollup's deposits, newest first, each with its progress: L1 transaction, queued, L2 block,"
        + " batch, final (?limit=N, default 20).", this::deposits);
    router.get(WITHDRAWALS, "A rollup's withdrawals, newest first, each with its status (INCLUDED, WAITING_FOR_ROOT,"
        + " IN_CHALLENGE_WINDOW with seconds left, PROVEN, FINAL, PAID) and progress (?limit=N, default 20).",
        this::withdrawals);
    router.get(WITHDRAWAL, "One withdrawal by its hash (0x and 64 hex digits).", this::withdrawal);
  }

  /** What a deposit answers. */
  public record DepositMade(String rollup, long queueIndex, Bytes32 l1Tx, long l1Block, Address from, Address to,
      BigInteger amountWei, String sentence) {}

  private Reply deposit(final Exchange exchange) throws IOException {
    final Input input = exchange.input();
    final RollupNode rollup = exchange.rollupField("rollup");
    final DevAccount from = devAccount(input);
    final Address to = input.optional("to").isPresent() ? input.address("to") : from.address();
    final BigInteger wei = input.amountWei();
    final BigInteger balance = lab.devnet().balance(from.address());
    if (balance.compareTo(wei) < 0) {
      throw HttpError.badRequest("dev account " + from.index() + " has " + Amount.of(balance) + " on L1, less"
          + " than the " + Amount.of(wei) + " to deposit; deposit less");
    }
    final L1Receipt receipt;
    try {
      receipt = lab.l1().sendAndWait(from.credentials(),
          L1Transaction.call(rollup.deployment().bridge(), BridgeContract.deposit(to)).withValue(wei));
    } catch (L1Exception e) {
      throw HttpError.conflict("the deposit's L1 transaction failed: " + e.getMessage());
    }
    final long queueIndex = BridgeContract.DEPOSIT_QUEUED.findIn(receipt.logs())
        .map(fields -> ((BigInteger) fields.get(0).getValue()).longValueExact())
        .orElseThrow(() -> new IllegalStateException("the Bridge logged no DepositQueued for "
            + receipt.transactionHash()));
    final String id = Lab.idOf(rollup.mode());
    final String sentence = "Deposited " + Amount.of(wei) + " from dev account " + from.index() + " for "
        + to.toChecksumHex() + " on the " + id + " rollup: L1 block " + receipt.blockNumber() + " queued it as"
        + " deposit #" + queueIndex + ", and the sequencer credits it in its next L2 block.";
    return exchange.done(BridgePage.ROUTE + "?rollup=" + id + "&deposit=" + queueIndex, sentence,
        new DepositMade(id, queueIndex, receipt.transactionHash(), receipt.blockNumber(), from.address(), to, wei,
            sentence));
  }

  /** What a withdrawal or transfer answers: the L2 transaction's hash. */
  public record L2Sent(String rollup, Bytes32 hash, Address from, Address to, BigInteger amountWei, String sentence) {}

  private Reply withdraw(final Exchange exchange) throws IOException {
    final Input input = exchange.input();
    final RollupNode rollup = exchange.rollupField("rollup");
    final DevAccount from = devAccount(input);
    final BigInteger wei = input.amountWei();
    final Bytes32 hash = sendL2(rollup, from, L2StateMachine.WITHDRAWAL_ADDRESS, wei);
    final String id = Lab.idOf(rollup.mode());
    final String sentence = "Withdrawing " + Amount.of(wei) + " from dev account " + from.index() + " on the "
        + id + " rollup: L2 transaction " + hash + " sends it to the withdrawal address; it is paid on L1 once"
        + " its batch is final.";
    return exchange.done(BridgePage.ROUTE + "?rollup=" + id, sentence,
        new L2Sent(id, hash, from.address(), L2StateMachine.WITHDRAWAL_ADDRESS, wei, sentence));
  }

  private Reply transfer(final Exchange exchange) throws IOException {
    final Input input = exchange.input();
    final RollupNode rollup = exchange.rollupField("rollup");
    final DevAccount from = devAccount(input);
    final Address to = input.address("to");
    final BigInteger wei = input.amountWei();
    final Bytes32 hash = sendL2(rollup, from, to, wei);
    final String id = Lab.idOf(rollup.mode());
    final String sentence = "Sent " + Amount.of(wei) + " from dev account " + from.index() + " to "
        + to.toChecksumHex() + " on the " + id + " rollup: L2 transaction " + hash + ".";
    return exchange.done(BridgePage.ROUTE + "?rollup=" + id, sentence,
        new L2Sent(id, hash, from.address(), to, wei, sentence));
  }

  /**
   * Signs a transfer from {@code from} as a wallet does (EIP-1559, the rollup's chain id, the
   * account's next nonce, paying the L2 base fee and no tip) and hands it to the sequencer.
   */
  private static Bytes32 sendL2(final RollupNode rollup, final DevAccount from, final Address to,
      final BigInteger wei) {
    final long nonce = rollup.l2().account(from.address(), true).nonce();
    final RawTransaction raw = RawTransaction.createTransaction(rollup.l2ChainId(), BigInteger.valueOf(nonce),
        Fee.TRANSFER_GAS, to.toHex(), wei, "", BigInteger.ZERO, Fee.L2_BASE_FEE);
    try {
      return rollup.submit(L2Signer.sign(raw, rollup.l2ChainId(), from.keyPair()));
    } catch (TransactionRejectedException e) {
      throw HttpError.badRequest("the sequencer refused the L2 transaction from dev account " + from.index() + ": "
          + e.getMessage());
    }
  }

  private static DevAccount devAccount(final Input input) {
    return DevAccounts.all().get((int) input.number("from", 0, USER_ACCOUNTS - 1));
  }

  private Reply deposits(final Exchange exchange) {
    final RollupNode rollup = exchange.rollup("rollup");
    final int limit = (int) exchange.queryNumber("limit", 20, 1, MAX_LISTED);
    return Reply.json(Map.of("deposits", queries(rollup).deposits(limit)));
  }

  private Reply withdrawals(final Exchange exchange) {
    final RollupNode rollup = exchange.rollup("rollup");
    final int limit = (int) exchange.queryNumber("limit", 20, 1, MAX_LISTED);
    return Reply.json(Map.of("withdrawals", queries(rollup).withdrawals(limit)));
  }

  private Reply withdrawal(final Exchange exchange) {
    final RollupNode rollup = exchange.rollup("rollup");
    final Bytes32 id = HexParams.hash(exchange.path("id"), "withdrawal hash");
    return Reply.json(queries(rollup).withdrawal(id).orElseThrow(() -> HttpError.notFound(
        "the " + exchange.path("rollup") + " rollup has seen no withdrawal " + id + " (yet: the relayer records one"
            + " within a second of its L2 block)")));
  }

  private BridgeQueries queries(final RollupNode rollup) {
    return new BridgeQueries(lab, rollup);
  }
}
