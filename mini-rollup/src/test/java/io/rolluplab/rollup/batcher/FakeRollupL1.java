package io.rolluplab.rollup.batcher;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.devnet.types.UInt256;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.l1.L1Block;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Log;
import io.rolluplab.rollup.l1.L1LogFilter;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1RevertException;
import io.rolluplab.rollup.l1.L1SentTransaction;
import io.rolluplab.rollup.l1.L1TimeoutException;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.sequencer.SequencerFixture;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.web3j.crypto.Credentials;
import org.web3j.utils.Numeric;

/**
 * Just enough of an L1 with an {@code OptimisticRollup} for the batcher: transactions from the
 * batcher to the inbox (each in its own block, numbered by nonce), the batcher's nonce, its sent
 * transactions, {@code checkBatch}, and the {@code RootRolledBack} log a withheld batch waits for.
 * It can lose the answer to the next send (mined, then a timeout), hold the next transaction pending,
 * crash before sending, and say a deposit is overdue.
 */
final class FakeRollupL1 implements L1Client {
  static final Address ROLLUP = Address.fromHex("0x00000000000000000000000000000000000a11a9");
  static final Address INBOX = OptimisticRollupContract.batchInbox(SequencerFixture.CHAIN_ID);
  /** The batcher's transaction with this nonce is batch 0. */
  static final long FIRST_NONCE = 3;

  /** The data hash of every batch sent, by index. */
  final List<Bytes32> batches = new ArrayList<>();
  /** What was mined, in order: "batch" for each batch sent to the inbox. */
  final List<String> mined = new ArrayList<>();
  private final List<L1SentTransaction> sent = new ArrayList<>();
  private final List<L1Log> logs = new ArrayList<>();
  private final Map<Bytes32, L1Receipt> receipts = new HashMap<>();
  private long head = 1;
  private boolean loseNextAnswer;
  private boolean holdNext;
  private L1Receipt held;
  private boolean crashBeforeNextSend;
  private long overdueDeposit = -1;

  /** What the operator's view made of each batch: see {@link #judge}; a batch not judged counts. */
  private final Map<Long, Optional<BatchPosting.Verdict>> verdicts = new HashMap<>();

  /** How the batcher posts to this L1. */
  InboxPosting posting(final Credentials batcher) {
    return new InboxPosting(ROLLUP, INBOX, FIRST_NONCE, batcher,
        index -> verdicts.getOrDefault(index, Optional.of(BatchPosting.Verdict.COUNTS)));
  }

  /** The operator's view says {@code verdict} of batch {@code index} (empty: not derived yet). */
  void judge(final long index, final Optional<BatchPosting.Verdict> verdict) {
    verdicts.put(index, verdict);
  }

  void loseNextAnswer() {
    loseNextAnswer = true;
  }

  /** The next transaction times out and stays pending (no receipt) until {@link #mineHeld}. */
  void holdNextTransaction() {
    holdNext = true;
  }

  void mineHeld() {
    receipts.put(held.transactionHash(), held);
    held = null;
  }

  void crashBeforeNextSend() {
    crashBeforeNextSend = true;
  }

  /** {@code checkBatch} says {@code DepositOverdue(index)} until a batch consumes deposit {@code index}. */
  void depositOverdue(final long index) {
    overdueDeposit = index;
  }

  /** The claim about batch {@code index} is withdrawn ({@code RootRolledBack}). */
  void rollBack(final long index) {
    head++;
    final Log log = new Log(ROLLUP, List.of(OptimisticRollupContract.ROOT_ROLLED_BACK.topic(), UInt256.valueOf(index),
        UInt256.ZERO), new byte[0]);
    logs.add(new L1Log(log, head, Bytes32.of(BigInteger.valueOf(head)), Bytes32.of(BigInteger.valueOf(20_000 + head)),
        0));
  }

  @Override
  public L1Receipt sendAndWait(final Credentials from, final L1Transaction tx) throws L1Exception {
    if (crashBeforeNextSend) {
      crashBeforeNextSend = false;
      throw new IllegalStateException("killed before the L1 transaction left");
    }
    if (!INBOX.equals(tx.to())) {
      throw new UnsupportedOperationException("the fake L1 takes only batches sent to the inbox");
    }
    final Address sender = Address.fromHex(from.getAddress());
    if (tx.nonce() == null || tx.nonce() != nonce(sender)) {
      throw new L1Exception("nonce too low: the batcher's next nonce is " + nonce(sender) + ", got " + tx.nonce());
    }
    final byte[] data = tx.data();
    head++;
    final Bytes32 txHash = Bytes32.of(BigInteger.valueOf(10_000 + head));
    sent.add(new L1SentTransaction(txHash, head, 0, sender, tx.nonce(), INBOX, data));
    batches.add(Bytes32.wrap(Keccak.hash(data)));
    mined.add("batch");
    final L1Receipt receipt = new L1Receipt(txHash, true, head, Bytes32.of(BigInteger.valueOf(head)),
        21_000 + 16L * data.length, BigInteger.ONE, null, List.of());
    if (holdNext) {
      holdNext = false;
      held = receipt; // its effects are visible early: only its receipt waits
      throw new L1TimeoutException(txHash, "no receipt in time (still pending)");
    }
    receipts.put(txHash, receipt);
    if (loseNextAnswer) {
      loseNextAnswer = false;
      throw new L1TimeoutException(txHash, "no receipt in time (the answer was lost)");
    }
    return receipt;
  }

  private static byte[] overdueError(final long index) {
    final byte[] selector = Arrays.copyOf(Keccak.hash("DepositOverdue(uint256)".getBytes(StandardCharsets.US_ASCII)), 4);
    return ByteBuffer.allocate(36).put(selector).put(Numeric.toBytesPadded(BigInteger.valueOf(index), 32)).array();
  }

  /** {@code checkBatch}: refuses a batch that leaves the overdue deposit out, else returns its counts. */
  @Override
  public byte[] call(final Address to, final byte[] data) throws L1Exception {
    if (!to.equals(ROLLUP) || !OptimisticRollupContract.CHECK_BATCH.isCalledBy(data)) {
      throw new UnsupportedOperationException("the fake rollup answers only checkBatch");
    }
    final BatchData batch = BatchData.decode((byte[]) OptimisticRollupContract.CHECK_BATCH.decodeCall(data).get(0)
        .getValue());
    if (overdueDeposit >= 0 && batch.items().stream().noneMatch(i -> i.isDeposit() && i.depositIndex() == overdueDeposit)) {
      throw L1RevertException.of("call to " + ROLLUP, overdueError(overdueDeposit), null);
    }
    overdueDeposit = -1;
    return ByteBuffer.allocate(64).put(Numeric.toBytesPadded(BigInteger.valueOf(batch.items().size()), 32))
        .put(Numeric.toBytesPadded(BigInteger.valueOf(batch.depositCount()), 32)).array();
  }

  @Override
  public long nonce(final Address address) {
    return FIRST_NONCE + sent.stream().filter(tx -> tx.from().equals(address)).count();
  }

  @Override
  public List<L1SentTransaction> transactionsFrom(final Address from, final long fromBlock, final long toBlock) {
    return sent.stream().filter(tx -> tx.from().equals(from))
        .filter(tx -> tx.blockNumber() >= fromBlock && tx.blockNumber() <= toBlock).toList();
  }

  @Override
  public List<L1Log> logs(final L1LogFilter filter) {
    return logs.stream().filter(l -> l.blockNumber() >= filter.fromBlock() && l.blockNumber() <= filter.toBlock())
        .filter(l -> matches(l.log().topics(), filter.topics())).toList();
  }

  private static boolean matches(final List<UInt256> topics, final List<UInt256> wanted) {
    for (int i = 0; i < wanted.size(); i++) {
      if (wanted.get(i) != null && (i >= topics.size() || !topics.get(i).equals(wanted.get(i)))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Optional<L1Receipt> receipt(final Bytes32 transactionHash) {
    return Optional.ofNullable(receipts.get(transactionHash));
  }

  @Override
  public byte[] transactionInput(final Bytes32 transactionHash) {
    throw new UnsupportedOperationException();
  }

  @Override
  public byte[] rawHeader(final long number) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<byte[]> rawTransactions(final long number) {
    throw new UnsupportedOperationException();
  }

  @Override
  public long chainId() {
    return 31337;
  }

  @Override
  public L1Block latestBlock() {
    return new L1Block(head, Bytes32.of(BigInteger.valueOf(head)), 1_700_000_000L + head * 12);
  }

  @Override
  public L1Block block(final long number) {
    return new L1Block(number, Bytes32.of(BigInteger.valueOf(number)), 1_700_000_000L + number * 12);
  }

  @Override
  public BigInteger balance(final Address address) {
    throw new UnsupportedOperationException();
  }

  @Override
  public byte[] call(final Address to, final byte[] data, final long blockNumber) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void increaseTime(final long seconds) {
    throw new UnsupportedOperationException();
  }

  @Override
  public L1Block mine() {
    throw new UnsupportedOperationException();
  }
}
