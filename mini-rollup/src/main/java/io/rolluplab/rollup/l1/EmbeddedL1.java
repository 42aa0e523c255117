package io.rolluplab.rollup.l1;

import io.rolluplab.devnet.chain.Block;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.IncludedTransaction;
import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.devnet.chain.StateUnavailableException;
import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.rpc.GasEstimator;
import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.devnet.rpc.LogFilter;
import io.rolluplab.devnet.rpc.RpcException;
import io.rolluplab.devnet.rpc.TransactionRequest;
import io.rolluplab.devnet.tx.CallRequest;
import io.rolluplab.devnet.tx.InvalidTransactionException;
import io.rolluplab.devnet.tx.Transaction;
import io.rolluplab.devnet.tx.TransactionResult;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.web3j.crypto.Credentials;

/**
 * L1 as direct calls into the in-process {@link Devnet}: no network and no JSON, but the same
 * answers {@link JsonRpcL1} gets from that devnet's RPC server. It reuses the server's gas
 * estimator and log filter, so both paths estimate and match alike.
 *
 * <p><b>Mining.</b> In automine mode (the default) the devnet mines each transaction as it
 * arrives. In manual or interval mode {@link #sendAndWait} seals a block itself at once instead of
 * waiting for one that may never come (manual) or comes seconds later (interval): the rollup's
 * operators must not stall on how the L1 mines. That block also takes whatever else is pending. A
 * lesson that wants to pause between steps pauses the roles (step mode), not the L1.
 *
 * <p><b>Nonces.</b> Sends go through one lock, so that reading the sender's next nonce and
 * submitting are one step: two threads never sign the same nonce, and the devnet, which refuses
 * nonce gaps, always gets them in order.
 *
 * <p><b>Signing.</b> It hands the devnet the signed bytes together with their fields, sender
 * included, as it signed them: the devnet need not decode them nor recover the sender from the
 * signature, which cost more than the rest of taking the transaction in. The bytes, hash and
 * receipt are the ones {@link JsonRpcL1} gets.
 *
 * <p><b>Gas.</b> Without a given gas limit, it runs the transaction once to find a revert (nothing is
 * sent then, as with {@code eth_estimateGas}) and to guess a limit from the gas it used, and hands
 * it over with that limit (plus headroom) on the condition that it succeeds: the devnet's own run
 * of it, in its block, tries the guess. The gas estimate of a JSON-RPC node tries its guess in a
 * second simulation first. Only if the guess fails is nothing mined, and it estimates a limit that
 * was tried and sends again.
 */
public final class EmbeddedL1 implements L1Client {
  private final Devnet devnet;
  private final GasEstimator estimator;
  private final Object sendLock = new Object();

  public EmbeddedL1(final Devnet devnet) {
    this.devnet = devnet;
    this.estimator = new GasEstimator(devnet);
  }

  @Override
  public long chainId() {
    return devnet.chainId();
  }

  @Override
  public L1Block latestBlock() {
    return l1Block(devnet.latestBlock());
  }

  @Override
  public L1Block block(final long number) throws L1Exception {
    return l1Block(mined(number));
  }

  @Override
  public BigInteger balance(final Address address) {
    return devnet.balance(address);
  }

  @Override
  public long nonce(final Address address) {
    return devnet.nonce(address);
  }

  @Override
  public byte[] call(final Address to, final byte[] data) throws L1Exception {
    try {
      return output(devnet.call(callOf(to, data), Tracer.NONE), to);
    } catch (InvalidTransactionException e) {
      throw new L1Exception("the devnet cannot run a call to " + to + ": " + e.getMessage(), e);
    }
  }

  @Override
  public byte[] call(final Address to, final byte[] data, final long blockNumber) throws L1Exception {
    try {
      return output(devnet.call(callOf(to, data), blockNumber, Tracer.NONE), to);
    } catch (InvalidTransactionException | StateUnavailableException e) {
      throw new L1Exception("the devnet cannot run a call to " + to + " at block " + blockNumber + ": "
          + e.getMessage(), e);
    }
  }

  private static CallRequest callOf(final Address to, final byte[] data) {
    return new CallRequest(null, to, BigInteger.ZERO, data, null, null);
  }

  private static byte[] output(final TransactionResult result, final Address to) throws L1RevertException {
    if (!result.success()) {
      throw L1RevertException.of("call to " + to, revertData(result), null);
    }
    return result.output();
  }

  /** The revert data of a REVERT; a halt (out of gas, invalid opcode) has none. */
  private static byte[] revertData(final TransactionResult result) {
    return result.reverted() ? result.output() : new byte[0];
  }

  @Override
  public List<L1Log> logs(final L1LogFilter filter) {
    final LogFilter matcher = new LogFilter(Set.of(filter.address()),
        filter.topics().stream().map(topic -> topic == null ? null : Set.of(topic)).toList());
    final long last = Math.min(filter.toBlock(), devnet.latestBlock().number());
    final List<L1Log> found = new ArrayList<>();
    for (long number = filter.fromBlock(); number <= last; number++) {
      final Block block = devnet.block(number).orElseThrow();
      final Bytes32 blockHash = Bytes32.wrap(block.hash());
      int logIndex = 0;
      for (final Receipt receipt : block.receipts()) {
        for (final Log log : receipt.logs()) {
          if (matcher.matches(log)) {
            found.add(new L1Log(log, number, blockHash, Bytes32.wrap(receipt.transactionHash()), logIndex));
          }
          logIndex++;
        }
      }
    }
    return found;
  }

  @Override
  public L1Receipt sendAndWait(final Credentials from, final L1Transaction tx) throws L1Exception {
    final Address sender = OperatorSigning.sender(from);
    final byte[] hash;
    if (tx.gasLimit() != null) {
      hash = submit(from, sender, tx, tx.gasLimit(), false).orElseThrow();
    } else {
      final Optional<byte[]> guessed =
          submit(from, sender, tx, OperatorSigning.withHeadroom(estimate(sender, tx, true)), true);
      hash = guessed.isPresent() ? guessed.get()
          : submit(from, sender, tx, OperatorSigning.withHeadroom(estimate(sender, tx, false)), false).orElseThrow();
    }
    if (devnet.receipt(hash).isEmpty()) {
      devnet.mine(); // manual or interval mining: see the class comment
    }
    final IncludedTransaction included = devnet.transaction(hash).orElseThrow(() -> new L1Exception(
        OperatorSigning.describe(Bytes32.wrap(hash), tx) + " was dropped before it was mined; the devnet's log "
            + "says why: fix that and send it again"));
    final L1Receipt receipt = l1Receipt(included);
    if (!receipt.success()) {
      final TransactionResult replay = devnet.trace(hash, Tracer.NONE).orElseThrow();
      throw L1RevertException.of(OperatorSigning.describe(receipt.transactionHash(), tx), revertData(replay),
          receipt.transactionHash());
    }
    return receipt;
  }

  /**
   * Signs {@code tx} with its nonce, else the sender's next, and hands it to the devnet, already decoded (see
   * the class comment); if {@code onlyIfItSucceeds}, the devnet takes it only if it succeeds.
   *
   * @return its hash; empty if the devnet did not take it because it would have failed
   */
  private Optional<byte[]> submit(final Credentials from, final Address sender, final L1Transaction tx,
      final long gas, final boolean onlyIfItSucceeds) throws L1Exception {
    synchronized (sendLock) {
      final long nonce = tx.nonce() != null ? tx.nonce() : devnet.pendingNonce(sender);
      final Transaction signed = OperatorSigning.signDecoded(devnet.chainId(), nonce, gas,
          OperatorSigning.DEFAULT_TIP, devnet.nextBaseFee(), tx, from);
      try {
        return onlyIfItSucceeds ? devnet.submitIfItSucceeds(signed)
            : Optional.of(devnet.submitDecoded(signed));
      } catch (InvalidTransactionException e) {
        throw new L1Exception("the devnet refused the " + tx.target() + " from " + sender + ": " + e.getMessage(), e);
      }
    }
  }

  /**
   * The devnet's gas estimate, which finds a revert before anything is sent: its first guess
   * (one run of the transaction), which {@link #sendAndWait} sends only if it succeeds with it, so
   * the block tries the guess; else, if {@code guess} is false, a limit tried to succeed.
   * {@code sendAndWait} adds headroom to either.
   */
  private long estimate(final Address sender, final L1Transaction tx, final boolean guess) throws L1Exception {
    final TransactionRequest request =
        new TransactionRequest(sender, tx.to(), null, null, null, null, tx.value(), tx.data(), null);
    final long latest = devnet.latestBlock().number();
    try {
      return guess ? estimator.guess(request, latest) : estimator.sufficient(request, latest);
    } catch (RpcException e) {
      if (e.code() == RpcException.EXECUTION_REVERTED) {
        throw L1RevertException.of(tx.target() + " from " + sender + " (not sent)", HexCodec.parseData(e.data()), null);
      }
      throw new L1Exception("cannot estimate the gas of the " + tx.target() + " from " + sender + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public Optional<L1Receipt> receipt(final Bytes32 transactionHash) {
    return devnet.transaction(transactionHash.toArray()).map(EmbeddedL1::l1Receipt);
  }

  @Override
  public byte[] transactionInput(final Bytes32 transactionHash) throws L1Exception {
    return devnet.transaction(transactionHash.toArray())
        .map(included -> included.transaction().data())
        .orElseThrow(() -> new L1Exception("no mined L1 transaction has hash " + transactionHash.toHex()
            + "; was it sent to this devnet, and has it been mined?"));
  }

  @Override
  public List<L1SentTransaction> transactionsFrom(final Address from, final long fromBlock, final long toBlock) {
    final List<L1SentTransaction> sent = new ArrayList<>();
    final long last = Math.min(toBlock, devnet.latestBlock().number());
    for (long number = Math.max(fromBlock, 0); number <= last; number++) {
      final List<Transaction> transactions = devnet.block(number).orElseThrow().transactions();
      for (int i = 0; i < transactions.size(); i++) {
        final Transaction tx = transactions.get(i);
        if (from.equals(tx.sender())) {
          sent.add(new L1SentTransaction(Bytes32.wrap(tx.hash()), number, i, tx.sender(), tx.nonce().longValueExact(),
              tx.to(), tx.data()));
        }
      }
    }
    return sent;
  }

  @Override
  public byte[] rawHeader(final long number) throws L1Exception {
    return mined(number).header().encode();
  }

  @Override
  public List<byte[]> rawTransactions(final long number) throws L1Exception {
    return mined(number).transactions().stream().map(Transaction::raw).toList();
  }

  private Block mined(final long number) throws L1Exception {
    return devnet.block(number).orElseThrow(() -> new L1Exception(
        "L1 block " + number + " does not exist; the latest is " + devnet.latestBlock().number()));
  }

  @Override
  public void increaseTime(final long seconds) {
    devnet.increaseTime(seconds);
  }

  @Override
  public L1Block mine() {
    return l1Block(devnet.mine());
  }

  private static L1Block l1Block(final Block block) {
    return new L1Block(block.number(), Bytes32.wrap(block.hash()), block.header().timestamp());
  }

  private static L1Receipt l1Receipt(final IncludedTransaction included) {
    final Receipt receipt = included.receipt();
    final Block block = included.block();
    return new L1Receipt(Bytes32.wrap(receipt.transactionHash()), receipt.success(), block.number(),
        Bytes32.wrap(block.hash()), receipt.gasUsed(), receipt.effectiveGasPrice(), receipt.contractAddress(),
        receipt.logs());
  }
}
