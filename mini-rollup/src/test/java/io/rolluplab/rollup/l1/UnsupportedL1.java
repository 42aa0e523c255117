package io.rolluplab.rollup.l1;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.web3j.crypto.Credentials;

/**
 * An L1 that can do nothing: a test's fake extends it and overrides only what the code under test
 * may use, so any other call fails loudly.
 */
public abstract class UnsupportedL1 implements L1Client {

  @Override
  public long chainId() {
    return 31337;
  }

  @Override
  public L1Block latestBlock() throws L1Exception {
    throw unsupported("latestBlock");
  }

  @Override
  public L1Block block(final long number) throws L1Exception {
    throw unsupported("block");
  }

  @Override
  public BigInteger balance(final Address address) throws L1Exception {
    throw unsupported("balance");
  }

  @Override
  public long nonce(final Address address) throws L1Exception {
    throw unsupported("nonce");
  }

  @Override
  public byte[] call(final Address to, final byte[] data) throws L1Exception {
    throw unsupported("call");
  }

  @Override
  public byte[] call(final Address to, final byte[] data, final long blockNumber) throws L1Exception {
    throw unsupported("call");
  }

  @Override
  public List<L1Log> logs(final L1LogFilter filter) throws L1Exception {
    throw unsupported("logs");
  }

  @Override
  public L1Receipt sendAndWait(final Credentials from, final L1Transaction tx) throws L1Exception {
    throw unsupported("sendAndWait");
  }

  @Override
  public Optional<L1Receipt> receipt(final Bytes32 transactionHash) throws L1Exception {
    throw unsupported("receipt");
  }

  @Override
  public byte[] transactionInput(final Bytes32 transactionHash) throws L1Exception {
    throw unsupported("transactionInput");
  }

  @Override
  public List<L1SentTransaction> transactionsFrom(final Address from, final long fromBlock, final long toBlock)
      throws L1Exception {
    throw unsupported("transactionsFrom");
  }

  @Override
  public byte[] rawHeader(final long number) throws L1Exception {
    throw unsupported("rawHeader");
  }

  @Override
  public List<byte[]> rawTransactions(final long number) throws L1Exception {
    throw unsupported("rawTransactions");
  }

  @Override
  public void increaseTime(final long seconds) throws L1Exception {
    throw unsupported("increaseTime");
  }

  @Override
  public L1Block mine() throws L1Exception {
    throw unsupported("mine");
  }

  private UnsupportedOperationException unsupported(final String method) {
    return new UnsupportedOperationException(getClass().getSimpleName() + " has no " + method
        + "(): override it in the fake if the code under test needs it");
  }
}
