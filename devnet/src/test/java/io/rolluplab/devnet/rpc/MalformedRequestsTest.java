package io.rolluplab.devnet.rpc;

import static io.rolluplab.devnet.rpc.DevnetNode.address;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.rpc.HostileRequests.HostileRequest;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.EthBlock;

/**
 * Over a thousand malformed and hostile requests, sent as raw bytes: each must be answered, within
 * seconds, with a JSON-RPC error object (the spec's code where it fixes one), never an internal
 * error; afterwards the chain is exactly as before and the server still answers correctly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRequestsTest {
  private static final long SEED = 20261125L;
  private static final Duration NO_HANG = Duration.ofSeconds(10);
  private static final int INTERNAL_ERROR = -32603;
  private static final ObjectMapper JSON = new ObjectMapper();

  private DevnetNode node;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(NO_HANG).build();

  /** What must not change: the head block and every dev account's balance and nonce. */
  private record ChainFingerprint(BigInteger blockNumber, String blockHash, String stateRoot, List<BigInteger> balances,
      List<BigInteger> nonces) {}

  private List<HostileRequest> requests;
  private ChainFingerprint before;
  private ChainFingerprint after;
  private final List<String> wronglyAnswered = new ArrayList<>();

  /**
   * Starts a node where account 0 has sent two transactions (so "nonce too low" exists), then sends
   * every hostile request once, one after another, and keeps what went wrong for the tests.
   */
  @BeforeAll
  void sendEveryHostileRequestOnce() throws Exception {
    node = DevnetNode.start();
    for (int i = 0; i < HostileRequests.NONCE_OF_ACCOUNT_ZERO; i++) {
      node.sendEther(0, address(1), BigInteger.ONE);
    }
    requests = HostileRequests.generate(SEED);
    before = fingerprint();
    for (final HostileRequest request : requests) {
      final String problem = problemWith(request);
      if (problem != null) {
        wronglyAnswered.add(request.description() + ": " + problem);
      }
    }
    after = fingerprint();
  }

  @AfterAll
  void stopNode() throws Exception {
    node.close();
  }

  private ChainFingerprint fingerprint() throws IOException {
    final EthBlock.Block head = node.web3j().ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send().getBlock();
    final List<BigInteger> balances = new ArrayList<>();
    final List<BigInteger> nonces = new ArrayList<>();
    for (int i = 0; i < DevAccounts.COUNT; i++) {
      balances.add(node.balance(address(i)));
      nonces.add(node.nextNonce(DevnetNode.credentials(i)));
    }
    return new ChainFingerprint(head.getNumber(), head.getHash(), head.getStateRoot(), balances, nonces);
  }

  private HttpResponse<String> post(final byte[] body) throws IOException, InterruptedException {
    final HttpRequest request = HttpRequest.newBuilder(URI.create(node.httpUrl()))
        .timeout(NO_HANG)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Why the answer to {@code request} is wrong, or null if it is right. */
  private String problemWith(final HostileRequest request) {
    final HttpResponse<String> response;
    try {
      response = post(request.body());
    } catch (IOException | InterruptedException e) {
      return "no answer: " + e;
    }
    if (response.statusCode() >= 500) {
      return "HTTP " + response.statusCode();
    }
    final JsonNode answer;
    try {
      answer = JSON.readTree(response.body());
    } catch (IOException e) {
      return "HTTP " + response.statusCode() + " without a JSON body: " + abbreviate(response.body());
    }
    if (answer == null) {
      return "HTTP " + response.statusCode() + " with an empty body";
    }
    final boolean batchAnswer = answer.isArray();
    final boolean batchExpected = request.batchSize() > 0;
    if (request.batchSize() != HostileRequests.EITHER_SHAPE && batchAnswer != batchExpected) {
      return "expected " + (batchExpected ? "a batch answer" : "one error object") + ", got " + abbreviate(answer.toString());
    }
    if (batchAnswer && batchExpected && answer.size() != request.batchSize()) {
      return "expected " + request.batchSize() + " answers in the batch, got " + answer.size();
    }
    final List<JsonNode> errors = new ArrayList<>();
    answer.forEach(errors::add);
    if (!batchAnswer) {
      errors.clear();
      errors.add(answer);
    }
    for (final JsonNode one : errors) {
      final String problem = problemWithError(request, one);
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private static String problemWithError(final HostileRequest request, final JsonNode answer) {
    if (!"2.0".equals(answer.path("jsonrpc").asText())) {
      return "no \"jsonrpc\": \"2.0\" in " + abbreviate(answer.toString());
    }
    if (answer.has("result")) {
      return "a result instead of an error: " + abbreviate(answer.toString());
    }
    final JsonNode error = answer.get("error");
    if (error == null || !error.path("code").isInt() || !error.path("message").isTextual()) {
      return "no error object with an integer code and a message: " + abbreviate(answer.toString());
    }
    final int code = error.get("code").asInt();
    if (code == INTERNAL_ERROR) {
      return "internal error: " + error.get("message").asText();
    }
    if (!request.allowedCodes().isEmpty() && !request.allowedCodes().contains(code)) {
      return "code " + code + " (" + error.get("message").asText() + "), expected one of " + request.allowedCodes();
    }
    if (request.id() != null && !request.id().equals(answer.get("id"))) {
      return "id " + answer.get("id") + " instead of " + request.id();
    }
    if (request.allowedCodes().equals(Set.of(HostileRequests.PARSE_ERROR)) && !answer.path("id").isNull()) {
      return "a parse error must have id null, got " + answer.get("id");
    }
    return null;
  }

  private static String abbreviate(final String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }

  @Test
  void moreThanAThousandRequestsAreSent() {
    assertThat(requests).hasSizeGreaterThanOrEqualTo(1_000);
  }

  @Test
  void everyHostileRequestIsAnsweredWithAJsonRpcErrorOfTheRightCode() {
    assertThat(wronglyAnswered).as("requests answered wrongly (of %d)", requests.size()).isEmpty();
  }

  @Test
  void chainIsUnchangedByTheHostileRequests() {
    assertThat(after).isEqualTo(before);
  }

  @Test
  void serverStillServesCorrectlyAfterTheHostileRequests() throws Exception {
    assertThat(node.web3j().ethChainId().send().getChainId()).isEqualTo(BigInteger.valueOf(31337));
    final BigInteger balanceBefore = node.balance(address(8));

    node.sendEther(0, address(8), BigInteger.TEN);

    assertThat(node.balance(address(8))).isEqualTo(balanceBefore.add(BigInteger.TEN));
    assertThat(node.blockNumber()).isEqualTo(before.blockNumber().add(BigInteger.ONE));
  }

  @Test
  void generatorIsDeterministic() {
    final List<HostileRequest> first = HostileRequests.generate(SEED);
    final List<HostileRequest> second = HostileRequests.generate(SEED);

    assertThat(first).hasSameSizeAs(second);
    for (int i = 0; i < first.size(); i++) {
      assertThat(second.get(i).body()).as(first.get(i).description()).isEqualTo(first.get(i).body());
    }
  }
}
