package io.rolluplab.rollup.l1;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.web3j.crypto.Credentials;

/**
 * An {@link L1Client} that hands every call to another one. A wrapper that watches or changes one
 * call (the bench timing the node's transactions, a test "killing" the node mid-send) extends it and
 * overrides only that call.
 */
public abstract class ForwardingL1 implements L1Client {
  private final L1Client l1;

  protected ForwardingL1(final L1Client l1) {
    this.l1 = l1;
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
  public long nonce(final Address address) throws L1Exception {
    return l1.nonce(address);
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
  public L1Receipt sendAndWait(final Credentials from, final L1Transaction tx) throws L1Exception {
    return l1.sendAndWait(from, tx);
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
  public List<L1SentTransaction> transactionsFrom(final Address from, final long fromBlock, final long toBlock)
      throws L1Exception {
    return l1.transactionsFrom(from, fromBlock, toBlock);
  }

  @Override
  public byte[] rawHeader(final long number) throws L1Exception {
    return l1.rawHeader(number);
  }

  @Override
  public List<byte[]> rawTransactions(final long number) throws L1Exception {
    return l1.rawTransactions(number);
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
