package io.rolluplab.rollup.bench;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.l1.L1Block;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.l1.L1Log;
import io.rolluplab.rollup.l1.L1LogFilter;
import io.rolluplab.rollup.l1.L1Receipt;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.web3j.crypto.Credentials;

/**
 * An {@link L1Client} that passes everything on and writes down every {@code postBatch} and
 * {@code proposeRoot} it sends: when it was mined, its gas and its bytes. The bench reads the
 * rollup's L1 cost here, as an L1 explorer would, without asking the roles.
 */
final class TimedL1 implements L1Client {

  /**
   * One transaction the node sent, mined.
   *
   * @param minedAt {@link System#nanoTime()} when its receipt came back
   * @param sending nanoseconds from handing it over until its receipt (signing, EVM, sealing the block)
   * @param inputBytes its calldata: selector and ABI-encoded arguments
   * @param items the items of the batch it posted; 0 for a proposal
   */
  record Sent(long minedAt, long sending, long gasUsed, int inputBytes, int items) {}

  private final L1Client l1;
  private final List<Sent> posts = new ArrayList<>();
  private final List<Sent> proposals = new ArrayList<>();

  TimedL1(final L1Client l1) {
    this.l1 = l1;
  }

  /** The {@code postBatch} transactions mined so far, oldest first. */
  synchronized List<Sent> posts() {
    return List.copyOf(posts);
  }

  /** The {@code proposeRoot} transactions mined so far, oldest first. */
  synchronized List<Sent> proposals() {
    return List.copyOf(proposals);
  }

  @Override
  public L1Receipt sendAndWait(final Credentials from, final L1Transaction tx) throws L1Exception {
    final long start = System.nanoTime();
    final L1Receipt receipt = l1.sendAndWait(from, tx);
    final long end = System.nanoTime();
    final byte[] input = tx.data();
    if (OptimisticRollupContract.POST_BATCH.isCalledBy(input)) {
      final byte[] data = (byte[]) OptimisticRollupContract.POST_BATCH.decodeCall(input).get(0).getValue();
      record(posts, new Sent(end, end - start, receipt.gasUsed(), input.length, BatchData.decode(data).items().size()));
    } else if (OptimisticRollupContract.PROPOSE_ROOT.isCalledBy(input)) {
      record(proposals, new Sent(end, end - start, receipt.gasUsed(), input.length, 0));
    }
    return receipt;
  }

  private synchronized void record(final List<Sent> list, final Sent sent) {
    list.add(sent);
  }

  @Override
  public long chainId() {
    return l1.chainId();
  }

  @Override
  public L1Block latestBlock() throws L1Exception {
    return l1.latestBlock();
  }

  @Override
  public L1Block block(final long number) throws L1Exception {
    return l1.block(number);
  }

  @Override
  public BigInteger balance(final Address address) throws L1Exception {
    return l1.balance(address);
  }

  @Override
  public byte[] call(final Address to, final byte[] data) throws L1Exception {
    return l1.call(to, data);
  }

  @Override
  public byte[] call(final Address to, final byte[] data, final long blockNumber) throws L1Exception {
    return l1.call(to, data, blockNumber);
  }

  @Override
  public List<L1Log> logs(final L1LogFilter filter) throws L1Exception {
    return l1.logs(filter);
  }

  @Override
  public Optional<L1Receipt> receipt(final Bytes32 transactionHash) throws L1Exception {
    return l1.receipt(transactionHash);
  }

  @Override
  public byte[] transactionInput(final Bytes32 transactionHash) throws L1Exception {
    return l1.transactionInput(transactionHash);
  }

  @Override
  public void increaseTime(final long seconds) throws L1Exception {
    l1.increaseTime(seconds);
  }

  @Override
  public L1Block mine() throws L1Exception {
    return l1.mine();
  }
}
