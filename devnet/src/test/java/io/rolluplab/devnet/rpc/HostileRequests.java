package io.rolluplab.devnet.rpc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rolluplab.devnet.chain.DevAccounts;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;
import org.web3j.utils.Numeric;

/**
 * Builds malformed and hostile JSON-RPC requests from a seed, so every run sends the same bytes.
 * Each request names what is wrong with it and the error codes a correct server may answer with:
 * one code where the JSON-RPC spec (or the issue, for rejected transactions) fixes it, several where
 * clients differ.
 *
 * <p>None of them may change the chain: every transaction in here is invalid for the chain as the
 * test leaves it before sending them (dev account 0 has sent {@link #NONCE_OF_ACCOUNT_ZERO}
 * transactions, all others none).
 */
final class HostileRequests {
  static final int PARSE_ERROR = -32700;
  static final int INVALID_REQUEST = -32600;
  static final int METHOD_NOT_FOUND = -32601;
  static final int INVALID_PARAMS = -32602;
  static final int REJECTED = -32000;
  /** Refused for its content: clients use either code for a transaction that cannot be read. */
  static final Set<Integer> UNREADABLE_TRANSACTION = Set.of(INVALID_PARAMS, REJECTED);

  static final int NONCE_OF_ACCOUNT_ZERO = 2;
  static final long CHAIN_ID = 31337;
  /** Bigger than any sane request size limit (geth's is 5 MB). */
  static final int HUGE_STRING_LENGTH = 10 * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";
  private static final BigInteger TWO_POW_256 = BigInteger.TWO.pow(256);
  private static final BigInteger GWEI = BigInteger.TEN.pow(9);

  /**
   * One request to send.
   *
   * @param body the exact bytes of the HTTP body
   * @param allowedCodes the error codes a correct server may answer with; empty = any code
   * @param id the request's id, to be echoed; null when the server cannot know it (then null is due)
   * @param batchSize {@link #SINGLE} for one request, {@link #EITHER_SHAPE} when one error or a batch
   *     of errors are both right, else the number of error objects the answer must hold
   */
  record HostileRequest(String description, byte[] body, Set<Integer> allowedCodes, JsonNode id, int batchSize) {
    @Override
    public String toString() {
      return description;
    }
  }

  static final int SINGLE = -1;
  static final int EITHER_SHAPE = 0;

  private final Random random;
  private final List<HostileRequest> requests = new ArrayList<>();
  private int nextId = 1;

  private HostileRequests(final long seed) {
    this.random = new Random(seed);
  }

  /** All the requests for {@code seed}, in a fixed order. */
  static List<HostileRequest> generate(final long seed) {
    final HostileRequests generator = new HostileRequests(seed);
    generator.badJson();
    generator.invalidRequests();
    generator.unknownMethods();
    generator.wrongParams();
    generator.hugeNumbers();
    generator.unreadableTransactions();
    generator.invalidTransactions();
    generator.batches();
    generator.deeplyNested();
    generator.oversized();
    return List.copyOf(generator.requests);
  }

  // ------------------------------------------------------------------ request builders

  private void add(final String description, final byte[] body, final Set<Integer> codes, final JsonNode id) {
    requests.add(new HostileRequest(description, body, codes, id, SINGLE));
  }

  private void add(final String description, final String body, final Set<Integer> codes, final JsonNode id) {
    add(description, body.getBytes(StandardCharsets.UTF_8), codes, id);
  }

  /** A well-formed request for {@code method} with {@code params}, which the server must refuse. */
  private void call(final String description, final String method, final JsonNode params, final Set<Integer> codes) {
    final ObjectNode request = envelope(method);
    request.set("params", params);
    add(description, write(request), codes, request.get("id"));
  }

  private ObjectNode envelope(final String method) {
    final ObjectNode request = NODES.objectNode();
    request.put("jsonrpc", "2.0");
    request.put("method", method);
    request.put("id", nextId++);
    return request;
  }

  private static ArrayNode params(final Object... values) {
    final ArrayNode array = NODES.arrayNode();
    for (final Object value : values) {
      array.add(value instanceof JsonNode node ? node : JSON.valueToTree(value));
    }
    return array;
  }

  private static String write(final JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String address(final int devAccount) {
    return DevAccounts.all().get(devAccount).address().toHex();
  }

  private String randomHex(final int bytes) {
    final byte[] b = new byte[bytes];
    random.nextBytes(b);
    return Numeric.toHexString(b);
  }

  private String randomAsciiWord(final int length) {
    final StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  /** A JSON value of a random kind: what a confused client might put anywhere. */
  private JsonNode randomJunk() {
    return switch (random.nextInt(9)) {
      case 0 -> NODES.numberNode(random.nextLong());
      case 1 -> NODES.numberNode(random.nextDouble() * 1e30);
      case 2 -> NODES.booleanNode(random.nextBoolean());
      case 3 -> NODES.nullNode();
      case 4 -> NODES.textNode(randomAsciiWord(1 + random.nextInt(12)));
      case 5 -> NODES.textNode("0xz" + randomAsciiWord(5));
      case 6 -> NODES.objectNode().put(randomAsciiWord(4), random.nextInt());
      case 7 -> NODES.arrayNode().add(random.nextInt()).add("x");
      default -> NODES.textNode("-0x" + Integer.toHexString(1 + random.nextInt(1000)));
    };
  }

  // ------------------------------------------------------------------ the categories

  /** Bodies that are not JSON at all: parse error, and the id cannot be known. */
  private void badJson() {
    final String valid = "{\"jsonrpc\":\"2.0\",\"method\":\"eth_getBalance\",\"params\":[\"" + address(0)
        + "\",\"latest\"],\"id\":7}";
    for (int i = 0; i < 150; i++) {
      final int cut = 1 + random.nextInt(valid.length() - 1);
      add("truncated JSON after " + cut + " characters", valid.substring(0, cut), Set.of(PARSE_ERROR), null);
    }
    for (int i = 0; i < 60; i++) {
      final byte[] noise = new byte[1 + random.nextInt(200)];
      random.nextBytes(noise);
      noise[0] = (byte) ('{' ^ 0x80); // never a valid JSON start
      add("random bytes #" + i, noise, Set.of(PARSE_ERROR), null);
    }
    final List<String> broken = List.of(
        "{", "}", "[", "{]", "{\"jsonrpc\":\"2.0\",}", "{'jsonrpc':'2.0','method':'eth_chainId','id':1}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"eth_chainId\",\"id\":1} trailing",
        "{\"jsonrpc\":\"2.0\",\"method\":\"eth_chainId\",\"params\":[NaN],\"id\":1}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"eth_chainId\" /* comment */,\"id\":1}",
        "{\"jsonrpc\":\"2.0\",\"method\":eth_chainId,\"id\":1}", "nul", "tru", "0x1", "\"unterminated",
        "{\"a\":\"\\uZZZZ\"}", "{\"jsonrpc\":\"2.0\" \"method\":\"eth_chainId\",\"id\":1}");
    for (final String body : broken) {
      add("broken JSON " + body, body, Set.of(PARSE_ERROR), null);
    }
    final byte[] invalidUtf8 = "{\"jsonrpc\":\"2.0\",\"method\":\"eth_chainId\u00ff\u00fe\",\"id\":1}"
        .getBytes(StandardCharsets.ISO_8859_1); // 0xff 0xfe: never valid in UTF-8
    add("invalid UTF-8 inside a string", invalidUtf8, Set.of(PARSE_ERROR, METHOD_NOT_FOUND, INVALID_REQUEST), null);
    add("empty body", "", Set.of(PARSE_ERROR, INVALID_REQUEST), null);
    add("only whitespace", "  \n\t ", Set.of(PARSE_ERROR, INVALID_REQUEST), null);
  }

  /** JSON, but not a request object: invalid request. */
  private void invalidRequests() {
    for (final String body : List.of("null", "true", "42", "\"eth_chainId\"", "1.5e300")) {
      add("top-level " + body, body, Set.of(INVALID_REQUEST), null);
    }
    add("no method", "{\"jsonrpc\":\"2.0\",\"params\":[],\"id\":1}", Set.of(INVALID_REQUEST), null);
    add("jsonrpc 1.0", "{\"jsonrpc\":\"1.0\",\"method\":\"eth_chainId\",\"params\":[],\"id\":1}", Set.of(INVALID_REQUEST), null);
    add("jsonrpc as a number", "{\"jsonrpc\":2.0,\"method\":\"eth_chainId\",\"params\":[],\"id\":1}", Set.of(INVALID_REQUEST), null);
    add("id as an object", "{\"jsonrpc\":\"2.0\",\"method\":\"eth_chainId\",\"params\":[],\"id\":{\"a\":1}}",
        Set.of(INVALID_REQUEST), null);
    for (int i = 0; i < 60; i++) {
      final ObjectNode request = envelope("eth_chainId");
      final JsonNode junk = randomJunk();
      if (junk.isTextual()) {
        continue; // a text method or params would be a valid name or still fail differently
      }
      if (i % 2 == 0) {
        request.set("method", junk);
        add("method is " + junk, write(request), Set.of(INVALID_REQUEST), null);
      } else if (!junk.isNull() && !junk.isArray() && !junk.isObject()) {
        request.set("params", junk);
        add("params is " + junk, write(request), Set.of(INVALID_REQUEST, INVALID_PARAMS), null);
      }
    }
  }

  private void unknownMethods() {
    for (int i = 0; i < 100; i++) {
      final String method = switch (i % 4) {
        case 0 -> "eth_" + randomAsciiWord(3 + random.nextInt(10));
        case 1 -> randomAsciiWord(1 + random.nextInt(20));
        case 2 -> "ETH_CHAINID".substring(0, 4 + random.nextInt(7)) + "?";
        default -> "debug_" + randomAsciiWord(8) + " \u00e9\u4e2d";
      };
      call("unknown method " + method, method, params(), Set.of(METHOD_NOT_FOUND));
    }
  }

  /** Known methods with the wrong number or kind of parameters. */
  private void wrongParams() {
    final String account = address(1);
    final Set<Integer> invalid = Set.of(INVALID_PARAMS);
    final List<Object[]> cases = List.of(
        new Object[] {"eth_getBalance", params()},
        new Object[] {"eth_getBalance", params("0x1234", "latest")},
        new Object[] {"eth_getBalance", params(account + "00", "latest")},
        new Object[] {"eth_getBalance", params("0xzz" + account.substring(4), "latest")},
        new Object[] {"eth_getBalance", params(account, "newest")},
        new Object[] {"eth_getBalance", params(account, "0x")},
        new Object[] {"eth_getBalance", params(account, "-0x1")},
        new Object[] {"eth_getBalance", params(account, 1)},
        new Object[] {"eth_getBalance", params(account, "latest", "extra", 4)},
        new Object[] {"eth_getCode", params(42, "latest")},
        new Object[] {"eth_getStorageAt", params(account, "0x" + "1".repeat(65), "latest")},
        new Object[] {"eth_getStorageAt", params(account, "slot", "latest")},
        new Object[] {"eth_getTransactionCount", params(account, NODES.objectNode())},
        new Object[] {"eth_getBlockByNumber", params("latest")},
        new Object[] {"eth_getBlockByNumber", params("latest", "yes")},
        new Object[] {"eth_getBlockByNumber", params(true, false)},
        new Object[] {"eth_getBlockByHash", params("0x1234", false)},
        new Object[] {"eth_getBlockByHash", params("0x" + "g".repeat(64), false)},
        new Object[] {"eth_getTransactionByHash", params("0x12")},
        new Object[] {"eth_getTransactionByHash", params()},
        new Object[] {"eth_getTransactionReceipt", params(12345)},
        new Object[] {"eth_call", params(5, "latest")},
        new Object[] {"eth_call", params(NODES.objectNode().put("to", "0x12"), "latest")},
        new Object[] {"eth_call", params(NODES.objectNode().put("to", account).put("data", "0x123"), "latest")},
        new Object[] {"eth_call", params(NODES.objectNode().put("to", account).put("value", "-0x1"), "latest")},
        new Object[] {"eth_call", params(NODES.objectNode().put("to", account).put("gas", "ten"), "latest")},
        new Object[] {"eth_estimateGas", params("to")},
        new Object[] {"eth_estimateGas", params(NODES.objectNode().put("from", "me"))},
        new Object[] {"eth_getLogs", params(NODES.objectNode().put("fromBlock", 5))},
        new Object[] {"eth_getLogs", params(NODES.objectNode().put("address", 12))},
        new Object[] {"eth_getLogs", params(NODES.objectNode().set("topics", params("0x12")))},
        new Object[] {"eth_getLogs", params(NODES.objectNode().set("topics", params(params(7))))},
        new Object[] {"eth_getLogs", params("everything")},
        new Object[] {"eth_feeHistory", params("0x3", "latest", "not a list")},
        new Object[] {"eth_feeHistory", params("0x3", "latest", params("fifty"))},
        new Object[] {"eth_feeHistory", params("three", "latest", params())},
        new Object[] {"eth_sendRawTransaction", params()},
        new Object[] {"eth_sendRawTransaction", params(7)},
        new Object[] {"eth_sendRawTransaction", params("0xzz")},
        new Object[] {"eth_sendRawTransaction", params("0x123")},
        new Object[] {"eth_getBlockTransactionCountByNumber", params("soon")},
        new Object[] {"evm_increaseTime", params("a week")},
        new Object[] {"evm_increaseTime", params(-5)},
        new Object[] {"evm_setNextBlockTimestamp", params("tomorrow")},
        new Object[] {"evm_revert", params(NODES.objectNode())},
        new Object[] {"evm_setAutomine", params("maybe")},
        new Object[] {"debug_traceTransaction", params("0x1234")});
    for (final Object[] c : cases) {
      call(c[0] + " with " + c[1], (String) c[0], (JsonNode) c[1], invalid);
    }
    final List<String> methodsTakingAnAddressFirst = List.of("eth_getBalance", "eth_getCode", "eth_getTransactionCount");
    for (int i = 0; i < 150; i++) {
      final String method = methodsTakingAnAddressFirst.get(random.nextInt(methodsTakingAnAddressFirst.size()));
      final JsonNode junk = randomJunk();
      final boolean inAddressPosition = junk.isNull() || random.nextBoolean(); // a null block tag may mean "latest"
      final ArrayNode args = inAddressPosition ? params(junk, "latest") : params(account, junk);
      call(method + " with " + args, method, args, invalid);
    }
  }

  /** Quantities that do not fit 256 bits (or the field they are for) are refused, not wrapped. */
  private void hugeNumbers() {
    final Set<Integer> invalid = Set.of(INVALID_PARAMS);
    for (int i = 0; i < 40; i++) {
      final BigInteger huge = TWO_POW_256.add(new BigInteger(64 + random.nextInt(200), random));
      final String hex = Numeric.toHexStringWithPrefix(huge);
      switch (i % 5) {
        case 0 -> call("block number " + hex, "eth_getBalance", params(address(0), hex), invalid);
        case 1 -> call("call value " + hex, "eth_call",
            params(NODES.objectNode().put("from", address(0)).put("to", address(1)).put("value", hex), "latest"), invalid);
        case 2 -> call("storage slot " + hex, "eth_getStorageAt", params(address(0), hex, "latest"), invalid);
        case 3 -> call("time increase " + hex, "evm_increaseTime", params(hex), invalid);
        default -> call("gas " + hex, "eth_estimateGas",
            params(NODES.objectNode().put("from", address(0)).put("to", address(1)).put("gas", hex)), invalid);
      }
    }
    call("fee history over 2^64 blocks", "eth_feeHistory", params("0x1" + "0".repeat(20), "latest", params()), invalid);
    call("block number as a JSON number beyond 2^64", "eth_getBlockByNumber",
        params(new BigInteger("1" + "0".repeat(40)), false), invalid);
  }

  // ------------------------------------------------------------------ transactions

  private static byte[] sign(final RawTransaction tx, final Credentials sender) {
    return tx.getType().isLegacy()
        ? TransactionEncoder.signMessage(tx, CHAIN_ID, sender)
        : TransactionEncoder.signMessage(tx, sender);
  }

  private static RawTransaction transfer(final long chainId, final long nonce, final long gas, final BigInteger value,
      final BigInteger maxFee, final BigInteger tip) {
    return RawTransaction.createTransaction(chainId, BigInteger.valueOf(nonce), BigInteger.valueOf(gas), address(9),
        value, "", tip, maxFee);
  }

  /** A transfer that account 0 could send next: the base of the mutations below. */
  private static byte[] validNextTransfer() {
    return sign(transfer(CHAIN_ID, NONCE_OF_ACCOUNT_ZERO, 21_000, BigInteger.ONE, GWEI.multiply(BigInteger.TEN), GWEI),
        DevAccounts.all().get(0).credentials());
  }

  private void sendRaw(final String description, final byte[] raw, final Set<Integer> codes) {
    call(description, "eth_sendRawTransaction", params(Numeric.toHexString(raw)), codes);
  }

  /** Bytes that do not decode to a transaction with a valid signature. */
  private void unreadableTransactions() {
    final byte[] valid = validNextTransfer();
    for (int i = 0; i < 100; i++) {
      final int cut = random.nextInt(valid.length); // every strict prefix, the empty one too
      sendRaw("signed transaction truncated to " + cut + " bytes", Arrays.copyOf(valid, cut), UNREADABLE_TRANSACTION);
    }
    for (int i = 0; i < 100; i++) {
      final byte[] flipped = valid.clone();
      final int at = 1 + random.nextInt(flipped.length - 1);
      flipped[at] ^= (byte) (1 + random.nextInt(255));
      // a flipped byte breaks the RLP, the signature, or the signed fields (then another, unfunded sender)
      sendRaw("signed transaction with byte " + at + " changed", flipped, UNREADABLE_TRANSACTION);
    }
    for (int i = 0; i < 30; i++) {
      sendRaw("random bytes as a transaction", Numeric.hexStringToByteArray(randomHex(1 + random.nextInt(300))),
          UNREADABLE_TRANSACTION);
    }
    for (final int type : List.of(0x03, 0x04, 0x05, 0x7f)) {
      final byte[] typed = valid.clone();
      typed[0] = (byte) type;
      sendRaw("transaction type " + type, typed, UNREADABLE_TRANSACTION);
    }
    for (int i = 0; i < 20; i++) {
      sendRaw("signature with s above n/2", withSignature(valid, null, BigInteger.ONE.shiftLeft(255).add(BigInteger.valueOf(i))),
          UNREADABLE_TRANSACTION);
      sendRaw("signature with r = " + i, withSignature(valid, BigInteger.valueOf(i), null), UNREADABLE_TRANSACTION);
      sendRaw("signature with y parity " + (2 + i), withYParity(valid, 2 + i), UNREADABLE_TRANSACTION);
    }
  }

  /** The RLP fields of a typed transaction (type byte, then an RLP list ending in yParity, r, s). */
  private static List<RlpType> fieldsOf(final byte[] typedTx) {
    final RlpList outer = RlpDecoder.decode(Arrays.copyOfRange(typedTx, 1, typedTx.length));
    return new ArrayList<>(((RlpList) outer.getValues().get(0)).getValues());
  }

  /** Re-encodes a typed transaction with r or s replaced. */
  private static byte[] withSignature(final byte[] typedTx, final BigInteger r, final BigInteger s) {
    final List<RlpType> fields = fieldsOf(typedTx);
    final int n = fields.size();
    if (r != null) {
      fields.set(n - 2, RlpString.create(r));
    }
    if (s != null) {
      fields.set(n - 1, RlpString.create(s));
    }
    return typed(typedTx[0], fields);
  }

  private static byte[] withYParity(final byte[] typedTx, final int parity) {
    final List<RlpType> fields = fieldsOf(typedTx);
    fields.set(fields.size() - 3, RlpString.create(parity));
    return typed(typedTx[0], fields);
  }

  private static byte[] typed(final byte type, final List<RlpType> fields) {
    final byte[] rlp = RlpEncoder.encode(new RlpList(fields));
    final byte[] out = new byte[rlp.length + 1];
    out[0] = type;
    System.arraycopy(rlp, 0, out, 1, rlp.length);
    return out;
  }

  /** Well-signed transactions that break a validity rule: refused with -32000 and a reason. */
  private void invalidTransactions() {
    final Set<Integer> rejected = Set.of(REJECTED);
    final BigInteger fee = GWEI.multiply(BigInteger.TEN);
    for (int i = 0; i < 30; i++) {
      final int sender = random.nextInt(DevAccounts.COUNT);
      final Credentials key = DevAccounts.all().get(sender).credentials();
      final long next = sender == 0 ? NONCE_OF_ACCOUNT_ZERO : 0;
      final long wrongChain = List.of(1L, 5L, 1337L, 31338L, 11155111L).get(i % 5);
      sendRaw("chain id " + wrongChain, sign(transfer(wrongChain, next, 21_000, BigInteger.ONE, fee, GWEI), key), rejected);
      final RawTransaction legacy = RawTransaction.createEtherTransaction(BigInteger.valueOf(next), fee,
          BigInteger.valueOf(21_000), address(9), BigInteger.ONE);
      sendRaw("legacy EIP-155 transaction for chain " + wrongChain,
          TransactionEncoder.signMessage(legacy, wrongChain, key), rejected);
      sendRaw("nonce " + (next + 1 + i) + " leaves a gap",
          sign(transfer(CHAIN_ID, next + 1 + i, 21_000, BigInteger.ONE, fee, GWEI), key), rejected);
      sendRaw("gas limit " + (20_999 - i), sign(transfer(CHAIN_ID, next, 20_999 - i, BigInteger.ONE, fee, GWEI), key), rejected);
      sendRaw("value beyond the balance",
          sign(transfer(CHAIN_ID, next, 21_000, TWO_POW_256.shiftRight(1 + i), fee, GWEI), key), rejected);
      sendRaw("fee cap below the base fee", sign(transfer(CHAIN_ID, next, 21_000, BigInteger.ONE,
          BigInteger.valueOf(1 + i), BigInteger.ZERO), key), rejected);
      sendRaw("tip above the fee cap", sign(transfer(CHAIN_ID, next, 21_000, BigInteger.ONE, fee, fee.add(BigInteger.ONE)),
          key), rejected);
      sendRaw("gas limit above the block's", sign(transfer(CHAIN_ID, next, 30_000_001 + i, BigInteger.ONE, fee, GWEI), key),
          rejected);
      final Credentials stranger = Credentials.create(ECKeyPair.create(BigInteger.valueOf(1_000 + i)));
      sendRaw("sender without funds", sign(transfer(CHAIN_ID, 0, 21_000, BigInteger.ONE, fee, GWEI), stranger), rejected);
    }
    final Credentials zero = DevAccounts.all().get(0).credentials();
    for (int nonce = 0; nonce < NONCE_OF_ACCOUNT_ZERO; nonce++) {
      sendRaw("nonce " + nonce + " already used", sign(transfer(CHAIN_ID, nonce, 21_000, BigInteger.ONE, fee, GWEI), zero),
          rejected);
    }
    final RawTransaction maxNonce = RawTransaction.createTransaction(CHAIN_ID, BigInteger.TWO.pow(64).subtract(BigInteger.ONE),
        BigInteger.valueOf(21_000), address(9), BigInteger.ONE, "", GWEI, fee);
    sendRaw("nonce 2^64 - 1", sign(maxNonce, zero), Set.of(REJECTED, INVALID_PARAMS));
    final ObjectNode fromStranger = NODES.objectNode().put("from", "0x000000000000000000000000000000000000dead")
        .put("to", address(1)).put("value", "0x1");
    call("eth_sendTransaction from an account without a key", "eth_sendTransaction", params(fromStranger), Set.of());
    final ObjectNode tooMuch = NODES.objectNode().put("from", address(3)).put("to", address(1))
        .put("value", Numeric.toHexStringWithPrefix(TWO_POW_256.subtract(BigInteger.ONE)));
    call("eth_sendTransaction of more than the balance", "eth_sendTransaction", params(tooMuch), rejected);
    final ObjectNode negative = NODES.objectNode().put("from", address(3)).put("to", address(1)).put("value", "-0x1");
    call("eth_sendTransaction of a negative value", "eth_sendTransaction", params(negative), Set.of(INVALID_PARAMS));
    final ObjectNode lowGas = NODES.objectNode().put("from", address(3)).put("to", address(1)).put("gas", "0x1");
    call("eth_sendTransaction with gas 1", "eth_sendTransaction", params(lowGas), rejected);
    call("eth_sendTransaction to a zero address without data", "eth_sendTransaction",
        params(NODES.objectNode().put("from", ZERO_ADDRESS).put("to", address(1))), Set.of());
  }

  // ------------------------------------------------------------------ batches, nesting, size

  private void batches() {
    add("empty batch", "[]", Set.of(INVALID_REQUEST), null);
    for (int i = 0; i < 50; i++) {
      final ArrayNode batch = NODES.arrayNode();
      final int size = 1 + random.nextInt(8);
      for (int j = 0; j < size; j++) {
        final JsonNode junk = randomJunk();
        batch.add(junk.isObject() ? NODES.numberNode(j) : junk);
      }
      requests.add(new HostileRequest("batch of " + size + " non-requests " + batch,
          write(batch).getBytes(StandardCharsets.UTF_8), Set.of(INVALID_REQUEST), null, size));
    }
    for (int i = 0; i < 20; i++) {
      final ArrayNode batch = NODES.arrayNode();
      final int size = 1 + random.nextInt(5);
      for (int j = 0; j < size; j++) {
        batch.add(envelope("nope_" + randomAsciiWord(6)).set("params", params()));
      }
      requests.add(new HostileRequest("batch of " + size + " unknown methods",
          write(batch).getBytes(StandardCharsets.UTF_8), Set.of(METHOD_NOT_FOUND), null, size));
    }
    requests.add(new HostileRequest("batch holding a batch", "[[{\"jsonrpc\":\"2.0\",\"method\":\"eth_chainId\",\"id\":1}]]"
        .getBytes(StandardCharsets.UTF_8), Set.of(INVALID_REQUEST), null, 1));
  }

  /**
   * Nesting beyond what the parser allows is a parse error; within it, nested arrays are a batch
   * whose one entry is not a request, so either answer shape is accepted.
   */
  private void deeplyNested() {
    for (final int depth : List.of(1_000, 10_000, 100_000)) {
      requests.add(new HostileRequest("arrays nested " + depth + " deep",
          ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8),
          Set.of(PARSE_ERROR, INVALID_REQUEST), null, EITHER_SHAPE));
      add("objects nested " + depth + " deep", "{\"a\":".repeat(depth) + "1" + "}".repeat(depth),
          Set.of(PARSE_ERROR, INVALID_REQUEST), null);
      add("params nested " + depth + " deep", "{\"jsonrpc\":\"2.0\",\"method\":\"eth_getBalance\",\"params\":"
          + "[".repeat(depth) + "]".repeat(depth) + ",\"id\":3}", Set.of(PARSE_ERROR, INVALID_PARAMS, INVALID_REQUEST), null);
      add("unclosed arrays " + depth + " deep", "[".repeat(depth), Set.of(PARSE_ERROR), null);
    }
  }

  /** Bodies over the size limit; the limit's error code is not fixed by the spec. */
  private void oversized() {
    final String huge = "0x" + "ab".repeat(HUGE_STRING_LENGTH / 2);
    add("10 MB raw transaction", "{\"jsonrpc\":\"2.0\",\"method\":\"eth_sendRawTransaction\",\"params\":[\"" + huge
        + "\"],\"id\":1}", Set.of(), null);
    add("10 MB call data", "{\"jsonrpc\":\"2.0\",\"method\":\"eth_call\",\"params\":[{\"to\":\"" + address(1)
        + "\",\"data\":\"" + huge + "\"},\"latest\"],\"id\":2}", Set.of(), null);
    add("10 MB of spaces", " ".repeat(HUGE_STRING_LENGTH), Set.of(), null);
  }
}
