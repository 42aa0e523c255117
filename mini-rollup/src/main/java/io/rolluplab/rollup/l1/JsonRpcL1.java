package io.rolluplab.rollup.l1;

import com.fasterxml.jackson.databind.JsonNode;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.web3j.crypto.Credentials;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;

/**
 * L1 over the standard Ethereum JSON-RPC API, so the rollup runs against any node: geth
 * {@code --dev}, anvil, Besu, or the devnet's own server. Plain {@code java.net.http} and Jackson;
 * web3j only signs (its RPC client would pull some hundred jars into the runnable jar).
 *
 * <p>Sending, step by step:
 *
 * <ol>
 *   <li>Estimate the gas ({@code eth_estimateGas}) unless given; a revert here stops before
 *       anything is sent.
 *   <li>Bid EIP-1559 fees: the node's suggested tip ({@code eth_maxPriorityFeePerGas}) over the
 *       next base fee ({@code eth_feeHistory}).
 *   <li>Sign with the transaction's nonce, if it names one, else the next nonce of the key's
 *       {@link NonceCounter}, and submit ({@code eth_sendRawTransaction}), retried on transport
 *       errors with the same bytes.
 *   <li>Poll for the receipt every {@code 50 ms} until the timeout, which names the hash.
 *   <li>If it failed, replay it as a call on its parent block to get the revert data.
 * </ol>
 */
public final class JsonRpcL1 implements L1Client {
  public static final Duration DEFAULT_RECEIPT_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

  private final JsonRpc rpc;
  private final long chainId;
  private final Duration receiptTimeout;
  private final Map<Address, NonceCounter> nonces = new ConcurrentHashMap<>();

  private JsonRpcL1(final JsonRpc rpc, final long chainId, final Duration receiptTimeout) {
    this.rpc = rpc;
    this.chainId = chainId;
    this.receiptTimeout = receiptTimeout;
  }

  /** Connects to the node at {@code url}, asking its chain id, so a wrong URL fails here. */
  public static JsonRpcL1 connect(final URI url) throws L1Exception {
    return connect(url, DEFAULT_RECEIPT_TIMEOUT);
  }

  /** {@link #connect(URI)}, waiting at most {@code receiptTimeout} for each transaction to be mined. */
  public static JsonRpcL1 connect(final URI url, final Duration receiptTimeout) throws L1Exception {
    final JsonRpc rpc = new JsonRpc(url);
    return new JsonRpcL1(rpc, RpcJson.longQuantity(rpc.call("eth_chainId")), receiptTimeout);
  }

  @Override
  public long chainId() {
    return chainId;
  }

  @Override
  public L1Block latestBlock() throws L1Exception {
    return blockAt("latest");
  }

  @Override
  public L1Block block(final long number) throws L1Exception {
    return blockAt(RpcJson.quantity(number));
  }

  private L1Block blockAt(final String tag) throws L1Exception {
    final JsonNode block = rpc.call("eth_getBlockByNumber", tag, false);
    if (block.isNull()) {
      throw new L1Exception("L1 block " + tag + " does not exist at " + rpc.url() + "; the latest is "
          + latestBlock().number());
    }
    return RpcJson.block(block);
  }

  @Override
  public BigInteger balance(final Address address) throws L1Exception {
    return RpcJson.bigQuantity(rpc.call("eth_getBalance", address.toHex(), "latest"));
  }

  @Override
  public long nonce(final Address address) throws L1Exception {
    return RpcJson.longQuantity(rpc.call("eth_getTransactionCount", address.toHex(), "latest"));
  }

  @Override
  public byte[] call(final Address to, final byte[] data) throws L1Exception {
    return callAt(to, data, "latest");
  }

  @Override
  public byte[] call(final Address to, final byte[] data, final long blockNumber) throws L1Exception {
    return callAt(to, data, RpcJson.quantity(blockNumber));
  }

  private byte[] callAt(final Address to, final byte[] data, final String tag) throws L1Exception {
    try {
      return RpcJson.bytes(rpc.call("eth_call", RpcJson.transaction(null, L1Transaction.call(to, data), null), tag));
    } catch (JsonRpc.ErrorResponse e) {
      throw e.isRevert() ? L1RevertException.of("call to " + to, revertData(e), null) : e;
    }
  }

  private static byte[] revertData(final JsonRpc.ErrorResponse e) {
    return e.data() == null ? new byte[0] : RpcJson.bytes(e.data());
  }

  @Override
  public List<L1Log> logs(final L1LogFilter filter) throws L1Exception {
    final List<String> topics = new ArrayList<>();
    for (final UInt256 topic : filter.topics()) {
      topics.add(topic == null ? null : topic.toHex());
    }
    final Map<String, Object> query = new LinkedHashMap<>();
    query.put("address", filter.address().toHex());
    query.put("topics", topics);
    query.put("fromBlock", RpcJson.quantity(filter.fromBlock()));
    query.put("toBlock", RpcJson.quantity(filter.toBlock()));
    final List<L1Log> logs = new ArrayList<>();
    rpc.call("eth_getLogs", query).forEach(log -> logs.add(RpcJson.log(log)));
    return logs;
  }

  @Override
  public L1Receipt sendAndWait(final Credentials from, final L1Transaction tx) throws L1Exception {
    final Address sender = OperatorSigning.sender(from);
    final long gas = tx.gasLimit() != null ? tx.gasLimit() : OperatorSigning.withHeadroom(estimate(sender, tx));
    final BigInteger tip = suggestedTip();
    final BigInteger nextBaseFee = nextBaseFee();
    final NonceCounter counter = nonces.computeIfAbsent(sender, key -> new NonceCounter(
        () -> RpcJson.longQuantity(rpc.call("eth_getTransactionCount", key.toHex(), "pending"))));
    final NonceCounter.Submission submission =
        nonce -> submit(OperatorSigning.sign(chainId, nonce, gas, tip, nextBaseFee, tx, from), tx);
    final Bytes32 hash = tx.nonce() != null ? counter.submitAt(tx.nonce(), submission)
        : counter.submitNext(submission);
    final L1Receipt receipt = awaitReceipt(hash, tx);
    if (!receipt.success()) {
      throw L1RevertException.of(OperatorSigning.describe(hash, tx), replay(sender, tx, gas, receipt.blockNumber()), hash);
    }
    return receipt;
  }

  private long estimate(final Address sender, final L1Transaction tx) throws L1Exception {
    try {
      return RpcJson.longQuantity(rpc.call("eth_estimateGas", RpcJson.transaction(sender, tx, null)));
    } catch (JsonRpc.ErrorResponse e) {
      throw e.isRevert() ? L1RevertException.of(tx.target() + " from " + sender + " (not sent)", revertData(e), null) : e;
    }
  }

  /** The node's suggested tip; the default for nodes that have no such suggestion. */
  private BigInteger suggestedTip() throws L1Exception {
    try {
      return RpcJson.bigQuantity(rpc.call("eth_maxPriorityFeePerGas"));
    } catch (JsonRpc.ErrorResponse e) {
      if (e.code() == JsonRpc.METHOD_NOT_FOUND) {
        return OperatorSigning.DEFAULT_TIP;
      }
      throw e;
    }
  }

  /** The base fee of the next block: the last entry of a one-block fee history. */
  private BigInteger nextBaseFee() throws L1Exception {
    final JsonNode baseFees = rpc.call("eth_feeHistory", RpcJson.quantity(1), "latest").get("baseFeePerGas");
    return RpcJson.bigQuantity(baseFees.get(baseFees.size() - 1));
  }

  /**
   * Submits signed bytes. A refusal is fine if the node already has this very hash: an earlier
   * try got through before the connection failed. If the node cannot be reached at all, the
   * transaction may still have arrived, so the caller learns its hash.
   */
  private Bytes32 submit(final byte[] signed, final L1Transaction tx) throws L1Exception {
    final Bytes32 hash = OperatorSigning.hash(signed);
    try {
      rpc.call("eth_sendRawTransaction", RpcJson.data(signed));
    } catch (JsonRpc.ErrorResponse e) {
      if (!rpc.call("eth_getTransactionByHash", hash.toHex()).isNull()) {
        return hash;
      }
      throw new L1Exception(OperatorSigning.describe(hash, tx) + " was refused: " + e.getMessage()
          + " (\"nonce too low\" means another program sends from this key: give the rollup its own --l1-key)", e);
    } catch (L1Exception e) {
      throw new L1TimeoutException(hash, "lost the L1 node while sending " + OperatorSigning.describe(hash, tx)
          + "; it may have arrived: look it up with receipt() before sending it again. " + e.getMessage());
    }
    return hash;
  }

  private L1Receipt awaitReceipt(final Bytes32 hash, final L1Transaction tx) throws L1Exception {
    final long deadline = System.nanoTime() + receiptTimeout.toNanos();
    while (true) {
      final Optional<L1Receipt> receipt = receipt(hash);
      if (receipt.isPresent()) {
        return receipt.get();
      }
      if (System.nanoTime() > deadline) {
        throw new L1TimeoutException(hash, OperatorSigning.describe(hash, tx) + " was sent but not mined within "
            + receiptTimeout.toSeconds() + " s: is the L1 at " + rpc.url() + " mining? It may still land: look it "
            + "up with receipt() before sending it again");
      }
      try {
        Thread.sleep(POLL_INTERVAL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new L1TimeoutException(hash, "interrupted while waiting for " + OperatorSigning.describe(hash, tx));
      }
    }
  }

  /**
   * The revert data of a failed transaction: the node keeps none, so it is run again as a call on
   * the state of its parent block (transactions before it in its own block are not replayed).
   */
  private byte[] replay(final Address sender, final L1Transaction tx, final long gas, final long blockNumber)
      throws L1Exception {
    try {
      rpc.call("eth_call", RpcJson.transaction(sender, tx, gas), RpcJson.quantity(blockNumber - 1));
      return new byte[0];
    } catch (JsonRpc.ErrorResponse e) {
      return e.isRevert() ? revertData(e) : new byte[0];
    }
  }

  @Override
  public Optional<L1Receipt> receipt(final Bytes32 transactionHash) throws L1Exception {
    final JsonNode receipt = rpc.call("eth_getTransactionReceipt", transactionHash.toHex());
    return receipt.isNull() ? Optional.empty() : Optional.of(RpcJson.receipt(receipt));
  }

  @Override
  public byte[] transactionInput(final Bytes32 transactionHash) throws L1Exception {
    final JsonNode tx = rpc.call("eth_getTransactionByHash", transactionHash.toHex());
    if (tx.isNull() || tx.get("blockNumber") == null || tx.get("blockNumber").isNull()) {
      throw new L1Exception("the L1 node at " + rpc.url() + " has no mined transaction " + transactionHash.toHex()
          + "; was it sent to this chain, and has it been mined?");
    }
    return RpcJson.bytes(tx.get("input"));
  }

  /** One {@code eth_getBlockByNumber} with full transactions per block: nodes offer no filter by sender. */
  @Override
  public List<L1SentTransaction> transactionsFrom(final Address from, final long fromBlock, final long toBlock)
      throws L1Exception {
    final List<L1SentTransaction> sent = new ArrayList<>();
    for (long number = fromBlock; number <= toBlock; number++) {
      final JsonNode block = rpc.call("eth_getBlockByNumber", RpcJson.quantity(number), true);
      if (block.isNull()) {
        break; // past the head
      }
      int index = 0;
      for (final JsonNode tx : block.get("transactions")) {
        if (Address.fromHex(tx.get("from").asText()).equals(from)) {
          sent.add(new L1SentTransaction(Bytes32.fromHex(tx.get("hash").asText()), number, index,
              from, RpcJson.longQuantity(tx.get("nonce")), recipient(tx.get("to")), RpcJson.bytes(tx.get("input"))));
        }
        index++;
      }
    }
    return sent;
  }

  private static Address recipient(final JsonNode to) {
    return to == null || to.isNull() ? null : Address.fromHex(to.asText());
  }

  @Override
  public byte[] rawHeader(final long number) throws L1Exception {
    return RpcJson.bytes(rawCall("debug_getRawHeader", number));
  }

  /** geth's {@code debug_getRawBlock}: {@code RLP([header, transactions, …])}, typed ones as byte strings. */
  @Override
  public List<byte[]> rawTransactions(final long number) throws L1Exception {
    final RlpList block = (RlpList) RlpDecoder.decode(RpcJson.bytes(rawCall("debug_getRawBlock", number)))
        .getValues().get(0);
    return ((RlpList) block.getValues().get(1)).getValues().stream()
        .map(tx -> tx instanceof RlpString typed ? typed.getBytes() : RlpEncoder.encode(tx))
        .toList();
  }

  private JsonNode rawCall(final String method, final long number) throws L1Exception {
    return callOptional(method, ", which proving a batch's L1 transaction to a contract needs (the block's header and"
        + " transactions as signed); geth and the embedded devnet have it", RpcJson.quantity(number));
  }

  @Override
  public void increaseTime(final long seconds) throws L1Exception {
    devControl("evm_increaseTime", seconds);
  }

  @Override
  public L1Block mine() throws L1Exception {
    devControl("evm_mine");
    return latestBlock();
  }

  private void devControl(final String method, final Object... params) throws L1Exception {
    callOptional(method, ": it is not a dev node (the embedded devnet, anvil and Hardhat are), so L1 time passes only"
        + " by itself there; wait for the challenge window, or run against a dev node", params);
  }

  /**
   * Calls {@code method}, which not every node offers: one that has not gets an {@link
   * L1UnsupportedException} saying it has no such method and then {@code why}.
   */
  private JsonNode callOptional(final String method, final String why, final Object... params) throws L1Exception {
    try {
      return rpc.call(method, params);
    } catch (JsonRpc.ErrorResponse e) {
      if (e.code() == JsonRpc.METHOD_NOT_FOUND) {
        throw new L1UnsupportedException("the L1 node at " + rpc.url() + " has no " + method + why);
      }
      throw e;
    }
  }
}
