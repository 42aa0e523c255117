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
import io.rolluplab.rollup.l1.L1SentTransaction;
import io.rolluplab.rollup.l1.L1RevertException;
import io.rolluplab.rollup.l1.L1TimeoutException;
import io.rolluplab.rollup.l1.L1Transaction;
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
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.Credentials;
import org.web3j.utils.Numeric;

/**
 * Just enough of the {@code OptimisticRollup} for the batcher: {@code postBatch},
 * {@code postBatchCommitment}, {@code batchCount()} and their logs, one block per transaction. It
 * can lose the answer to the next send (mined, then a timeout), crash before sending, refuse the
 * next batch with {@code DepositOverdue}, and drop the last batch as L1 does withheld data.
 */
final class FakeRollupL1 implements L1Client {
  static final Address ROLLUP = Address.fromHex("0x00000000000000000000000000000000000a11a9");

  /** Every batch L1 accepted (data or only a hash), by index; a dropped one is removed. */
  final List<Bytes32> batches = new ArrayList<>();
  /** Every postBatch / postBatchCommitment call that was mined. */
  final List<String> mined = new ArrayList<>();
  private final List<L1Log> logs = new ArrayList<>();
  private final Map<Bytes32, L1Receipt> receipts = new HashMap<>();
  private long head = 1;
  private boolean loseNextAnswer;
  private boolean holdNext;
  private L1Receipt held;
  private boolean crashBeforeNextSend;
  private long overdueDeposit = -1;

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

  /** Refuses batches with {@code DepositOverdue(index)} until one consumes deposit {@code index}. */
  void depositOverdue(final long index) {
    overdueDeposit = index;
  }

  void dropLastBatch() {
    batches.remove(batches.size() - 1);
  }

  @Override
  public L1Receipt sendAndWait(final Credentials from, final L1Transaction tx) throws L1Exception {
    if (crashBeforeNextSend) {
      crashBeforeNextSend = false;
      throw new IllegalStateException("killed before the L1 transaction left");
    }
    final byte[] data = tx.data();
    final byte[] args = Arrays.copyOfRange(data, 4, data.length);
    final Log log;
    if (Arrays.equals(Arrays.copyOf(data, 4), OptimisticRollupContract.POST_BATCH.selector())) {
      final List<Type> decoded = FunctionReturnDecoder.decode(Numeric.toHexString(args),
          List.of(asType(TypeReference.create(DynamicBytes.class))));
      final byte[] batchData = (byte[]) decoded.get(0).getValue();
      final boolean consumesOverdue = BatchData.decode(batchData).items().stream()
          .anyMatch(item -> item.isDeposit() && item.depositIndex() == overdueDeposit);
      if (overdueDeposit >= 0 && !consumesOverdue) {
        throw L1RevertException.of("call to " + ROLLUP, overdueError(overdueDeposit), null);
      }
      overdueDeposit = -1;
      final Bytes32 hash = Bytes32.wrap(Keccak.hash(batchData));
      log = log(OptimisticRollupContract.BATCH_DATA_ACCEPTED.topic(), hash, 4);
      batches.add(hash);
      mined.add("postBatch");
    } else if (Arrays.equals(Arrays.copyOf(data, 4), OptimisticRollupContract.POST_BATCH_COMMITMENT.selector())) {
      final Bytes32 hash = Bytes32.wrap(args);
      log = log(OptimisticRollupContract.BATCH_DATA_WITHHELD.topic(), hash, 1);
      batches.add(hash);
      mined.add("postBatchCommitment");
    } else {
      throw new UnsupportedOperationException("the fake rollup knows only postBatch and postBatchCommitment");
    }
    head++;
    final Bytes32 txHash = Bytes32.of(BigInteger.valueOf(10_000 + head));
    final L1Receipt receipt = new L1Receipt(txHash, true, head, Bytes32.of(BigInteger.valueOf(head)),
        21_000 + 16L * data.length, BigInteger.ONE, null, List.of(log));
    logs.add(new L1Log(log, head, receipt.blockHash(), txHash, 0));
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

  /** A log of the batch at the next index: topic 1 the index, data the hash and {@code words - 1} more words. */
  private Log log(final UInt256 topic, final Bytes32 hash, final int moreWords) {
    final ByteBuffer data = ByteBuffer.allocate(32 * (1 + moreWords)).put(hash.toArray());
    return new Log(ROLLUP, List.of(topic, UInt256.valueOf(batches.size())), data.array());
  }

  private static byte[] overdueError(final long index) {
    final byte[] selector = Arrays.copyOf(Keccak.hash("DepositOverdue(uint256)".getBytes(StandardCharsets.US_ASCII)), 4);
    return ByteBuffer.allocate(36).put(selector).put(Numeric.toBytesPadded(BigInteger.valueOf(index), 32)).array();
  }

  @SuppressWarnings("unchecked")
  private static TypeReference<Type> asType(final TypeReference<?> type) {
    return (TypeReference<Type>) type;
  }

  @Override
  public byte[] call(final Address to, final byte[] data) {
    if (!Arrays.equals(data, OptimisticRollupContract.BATCH_COUNT.encode())) {
      throw new UnsupportedOperationException("the fake rollup answers only batchCount()");
    }
    return Numeric.toBytesPadded(BigInteger.valueOf(batches.size()), 32);
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
  public List<L1SentTransaction> transactionsTo(final Address to, final long fromBlock, final long toBlock) {
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
  public long nonce(final Address address) {
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
