package io.rolluplab.devnet.rpc;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

/**
 * What every client test starts: a fresh {@link Devnet} (chain id 31337, automine) with its
 * {@link JsonRpcServer} on a free port of 127.0.0.1, a web3j client talking to it over HTTP, and a
 * bare {@link RpcClient} for tests that check the exact JSON. The tests reach the chain only through
 * {@link #web3j()} and {@link #rpc()}; nothing here reads the devnet directly.
 *
 * <p>It also holds the few steps that many tests repeat: sign and send a transaction, fetch its
 * receipt, and call the dev methods ({@code evm_*}) that web3j has no typed method for.
 */
final class DevnetNode implements AutoCloseable {
  /** 1 gwei: the base fee of the first blocks, a fee cap that always pays it in these tests. */
  static final BigInteger GWEI = BigInteger.TEN.pow(9);
  static final BigInteger ETHER = BigInteger.TEN.pow(18);
  static final BigInteger MAX_FEE = GWEI.multiply(BigInteger.valueOf(10));
  static final BigInteger TIP = GWEI;

  private final Devnet devnet;
  private final JsonRpcServer server;
  private final HttpService http;
  private final Web3j web3j;
  private final RpcClient rpc;

  private DevnetNode(final Devnet devnet, final JsonRpcServer server) {
    this.devnet = devnet;
    this.server = server;
    this.http = new HttpService(server.url());
    this.web3j = Web3j.build(http);
    this.rpc = new RpcClient(server.url());
  }

  /** A devnet with automine and its RPC server on a free port. */
  static DevnetNode start() throws Exception {
    final Devnet devnet = Devnet.start(DevnetConfig.defaults());
    return new DevnetNode(devnet, JsonRpcServer.start(devnet, 0));
  }

  Web3j web3j() {
    return web3j;
  }

  /** The same server without a library in between: what is sent and answered is plain JSON text. */
  RpcClient rpc() {
    return rpc;
  }

  HttpService http() {
    return http;
  }

  /** {@code http://127.0.0.1:PORT}. */
  String httpUrl() {
    return server.url();
  }

  /** {@code ws://127.0.0.1:PORT}: the same port. */
  String webSocketUrl() {
    return server.webSocketUrl();
  }

  long chainId() {
    return DevnetConfig.DEFAULT_CHAIN_ID;
  }

  static DevAccount account(final int index) {
    return DevAccounts.all().get(index);
  }

  static Credentials credentials(final int index) {
    return account(index).credentials();
  }

  static String address(final int index) {
    return account(index).credentials().getAddress();
  }

  // ------------------------------------------------------------------ transactions

  /** The sender's next nonce as the node sees it, counting its pending transactions. */
  BigInteger nextNonce(final Credentials sender) throws IOException {
    return web3j.ethGetTransactionCount(sender.getAddress(), DefaultBlockParameterName.PENDING).send()
        .getTransactionCount();
  }

  /** An EIP-1559 transaction from {@code sender} with the next nonce, signed for this chain. */
  RawTransaction eip1559(final Credentials sender, final String to, final BigInteger value, final String data,
      final BigInteger gasLimit) throws IOException {
    return RawTransaction.createTransaction(chainId(), nextNonce(sender), gasLimit, to, value, data, TIP, MAX_FEE);
  }

  /**
   * Signs {@code tx} and sends it. A legacy transaction gets EIP-155 replay protection (the chain id
   * folded into v); typed transactions carry their chain id in their own fields.
   */
  EthSendTransaction signAndSend(final RawTransaction tx, final Credentials sender) throws IOException {
    final byte[] signed = tx.getType().isLegacy()
        ? TransactionEncoder.signMessage(tx, chainId(), sender)
        : TransactionEncoder.signMessage(tx, sender);
    return web3j.ethSendRawTransaction(Numeric.toHexString(signed)).send();
  }

  /** Sends {@code tx}, which must be accepted, and returns its receipt, there at once with automine. */
  TransactionReceipt mined(final RawTransaction tx, final Credentials sender) throws IOException {
    final EthSendTransaction sent = signAndSend(tx, sender);
    if (sent.hasError()) {
      throw new AssertionError("the node refused the transaction: " + sent.getError().getCode() + " "
          + sent.getError().getMessage());
    }
    return receipt(sent.getTransactionHash())
        .orElseThrow(() -> new AssertionError("no receipt right after sending with automine: " + sent.getTransactionHash()));
  }

  Optional<TransactionReceipt> receipt(final String txHash) throws IOException {
    return web3j.ethGetTransactionReceipt(txHash).send().getTransactionReceipt();
  }

  /** Sends {@code wei} from dev account {@code from} to {@code to} and returns the receipt. */
  TransactionReceipt sendEther(final int from, final String to, final BigInteger wei) throws IOException {
    return mined(eip1559(credentials(from), to, wei, "", BigInteger.valueOf(21_000)), credentials(from));
  }

  BigInteger balance(final String address) throws IOException {
    return web3j.ethGetBalance(address, DefaultBlockParameterName.LATEST).send().getBalance();
  }

  BigInteger blockNumber() throws IOException {
    return web3j.ethBlockNumber().send().getBlockNumber();
  }

  /**
   * The {@code data} of a JSON-RPC error, e.g. revert data {@code 0x…}. web3j hands it over as the
   * JSON text of the value, quotes included, so it is read as JSON first.
   */
  static String errorData(final Response.Error error) {
    try {
      return new ObjectMapper().readTree(error.getData()).asText();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("error data is not JSON: " + error.getData(), e);
    }
  }

  /** "code message" of an error, for assertion messages. */
  static String describe(final Response<?> response) {
    return response.hasError() ? response.getError().getCode() + " " + response.getError().getMessage() : "no error";
  }

  // ------------------------------------------------------------------ dev methods

  /** A JSON-RPC response whose result may be any JSON value (the dev methods differ per node). */
  static final class AnyResponse extends Response<Object> {}

  /** Sends a method web3j has no typed call for; the answer is checked for an error by the caller. */
  AnyResponse call(final String method, final Object... params) throws IOException {
    return new Request<>(method, List.of(params), http, AnyResponse.class).send();
  }

  /** Like {@link #call}, but the call must succeed. */
  Object result(final String method, final Object... params) throws IOException {
    final AnyResponse response = call(method, params);
    if (response.hasError()) {
      throw new AssertionError(method + " failed: " + response.getError().getCode() + " " + response.getError().getMessage());
    }
    return response.getResult();
  }

  @Override
  public void close() throws Exception {
    web3j.shutdown();
    server.close();
    devnet.close();
  }
}
