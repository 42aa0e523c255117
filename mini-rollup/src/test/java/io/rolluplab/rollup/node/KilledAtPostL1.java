package io.rolluplab.rollup.node;

import io.rolluplab.devnet.types.Address;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.web3j.crypto.Credentials;

/**
 * An L1 client whose process "dies" at the batcher's {@code postBatch}: just before the transaction
 * leaves, or just after it is mined and before anyone hears back. The throw stands for the kill;
 * the test then drops the node and opens a new one on the same data directory.
 */
final class KilledAtPostL1 implements L1Client {
  enum When { BEFORE_SENDING, AFTER_MINING }

  private final L1Client l1;
  private final When when;

  KilledAtPostL1(final L1Client l1, final When when) {
    this.l1 = l1;
    this.when = when;
  }

  @Override
  public L1Receipt sendAndWait(final Credentials from, final L1Transaction tx) throws L1Exception {
    final boolean posting = tx.data().length >= 4
        && Arrays.equals(Arrays.copyOf(tx.data(), 4), OptimisticRollupContract.POST_BATCH.selector());
    if (posting && when == When.BEFORE_SENDING) {
      throw new IllegalStateException("killed before the batch left");
    }
    final L1Receipt receipt = l1.sendAndWait(from, tx);
    if (posting) {
      throw new IllegalStateException("killed after the batch was mined");
    }
    return receipt;
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
