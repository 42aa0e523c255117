package io.rolluplab.rollup.rpc;

import static io.rolluplab.rollup.sequencer.L2Wallet.ETHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.rpc.HexCodec;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.execution.Fee;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.sequencer.SequencerConfig;
import io.rolluplab.rollup.sequencer.SequencerFixture;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.BatchTable;
import io.rolluplab.rollup.store.DisputeTable;
import io.rolluplab.rollup.store.L2BlockTable;
import io.rolluplab.rollup.store.L2TransactionTable;
import io.rolluplab.rollup.store.RollupStore;
import io.rolluplab.rollup.store.WithdrawalTable;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The L2 endpoint over real HTTP, with transactions signed by web3j as a wallet signs them. */
class L2JsonRpcServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");
  private static final BigInteger TENTH = ETHER.divide(BigInteger.TEN);
  private static final Instant T0 = Instant.parse("2024-06-01T12:00:00Z");
  private static final Bytes32 ROOT = Bytes32.of(BigInteger.valueOf(0xabc));

  private final SequencerFixture f = new SequencerFixture();
  private final L2Wallet alice = L2Wallet.of(1, SequencerFixture.CHAIN_ID);
  private final HttpClient http = HttpClient.newHttpClient();
  private final RollupStore store = RollupStore.inMemory();
  private L2JsonRpcServer server;

  @BeforeEach
  void start() throws Exception {
    server = L2JsonRpcServer.start(f.sequencer, store, 0);
    f.fund(BigInteger.ONE, alice);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    store.close();
  }

  /** Stores L2 blocks 1 and 2, the second with transaction {@code hash}, as the sequencer's journal would. */
  private void storeBlockWith(final Bytes32 hash) {
    for (long number = 1; number <= 2; number++) {
      store.l2Blocks().insert(new L2BlockTable.Row(number, ROOT, ROOT, ROOT, 1_700_000_000, 1, 16), List.of());
    }
    store.l2Transactions().insert(2, List.of(new L2TransactionTable.Included(hash, alice.address(), 0, alice.address())));
  }

  @Test
  void aReceiptSaysWhichBatchCarriesItAndWhereThatBatchIsOnL1() throws Exception {
    final byte[] signed = alice.transfer(0, BOB, BigInteger.ONE);
    final Bytes32 hash = f.sequencer.submit(signed);
    f.sealNextBlock();
    assertThat(call("eth_getTransactionReceipt", hash.toHex()).get("batchIndex").isNull()).isTrue();

    storeBlockWith(hash);
    store.batches().insert(new BatchTable.Row(7, "intended", 1, 2, ROOT, ROOT, 300, null, null, 2, 1, 250), T0);
    store.l2Blocks().setBatched(1, 2, 7);
    assertThat(call("eth_getTransactionReceipt", hash.toHex()).get("batchIndex").isNull())
        .as("a batch not yet on L1 is no answer").isTrue();
    store.batches().setPosted(7, ROOT, 40_000, T0.plusSeconds(1));
    store.batches().setStatus(7, "proposed", T0.plusSeconds(2));

    final JsonNode receipt = call("eth_getTransactionReceipt", hash.toHex());
    assertThat(receipt.get("batchIndex").asText()).isEqualTo("0x7");
    assertThat(receipt.get("l1Status").asText()).isEqualTo("proposed");
  }

  @Test
  void aReceiptFollowsAZkBatchToExecution() throws Exception {
    final byte[] signed = alice.transfer(0, BOB, BigInteger.ONE);
    final Bytes32 hash = f.sequencer.submit(signed);
    f.sealNextBlock();
    storeBlockWith(hash);
    store.batches().insert(new BatchTable.Row(4, "intended", 1, 2, ROOT, ROOT, 300, null, null, 2, 1, 250), T0);
    store.l2Blocks().setBatched(1, 2, 4);
    store.batches().setPosted(4, ROOT, 40_000, T0.plusSeconds(1));

    for (final String status : new String[] {"proving", "proven", "executed"}) {
      store.batches().setStatus(4, status, T0.plusSeconds(2));
      final JsonNode receipt = call("eth_getTransactionReceipt", hash.toHex());
      assertThat(receipt.get("batchIndex").asText()).isEqualTo("0x4");
      assertThat(receipt.get("l1Status").asText()).isEqualTo(status);
    }
  }

  @Test
  void batchesAndDisputesComeFromTheStore() throws Exception {
    for (int i = 0; i < 3; i++) {
      store.batches().insert(new BatchTable.Row(i, "intended", i + 1, i + 1, ROOT, ROOT, 300, null, null, 2, 1, 250),
          T0);
    }
    store.batches().setPosted(1, ROOT, 40_000, T0.plusSeconds(1));
    store.disputes().open(new DisputeTable.Row(3, 1, BOB, "running", null, null, T0, null));
    store.disputes().addMove(new DisputeTable.Move(3, 1, "proposer", "bisect", 1, ROOT, null, T0.plusSeconds(5)));

    final JsonNode batch = call("rollup_getBatch", "0x1");
    assertThat(batch.get("status").asText()).isEqualTo("posted");
    assertThat(batch.get("l1GasUsed").asText()).isEqualTo("0x9c40");
    assertThat(batch.get("l1GasPerItem").asText()).isEqualTo("0x4e20");
    assertThat(batch.get("deflatedBytes").asText()).isEqualTo("0xfa");
    assertThat(batch.get("timeline")).extracting(c -> c.get("status").asText()).containsExactly("intended", "posted");
    assertThat(call("rollup_getBatches", "0x1", "0x5")).extracting(b -> b.get("index").asText())
        .containsExactly("0x1", "0x2");
    assertThat(call("rollup_getBatch", "0x9").isNull()).isTrue();
    final JsonNode dispute = call("rollup_getDispute", "0x3");
    assertThat(dispute.get("batchIndex").asText()).isEqualTo("0x1");
    assertThat(dispute.get("moves")).extracting(m -> m.get("player").asText()).containsExactly("proposer");
    assertThat(error("rollup_getBatches", "0x0", "0x1000").get("message").asText()).contains("at most 100");
  }

  @Test
  void aSignedTransferIsSealedAndItsReceiptSplitsTheFee() throws Exception {
    final String bob = HexCodec.address(BOB);
    final String sender = HexCodec.address(alice.address());
    assertThat(call("eth_getTransactionCount", sender, "pending").asText()).isEqualTo("0x0");
    final byte[] raw = alice.transfer(0, BOB, TENTH);

    final String hash = call("eth_sendRawTransaction", HexCodec.data(raw)).asText();

    assertThat(call("eth_getTransactionByHash", hash).get("blockHash").isNull()).as("pending").isTrue();
    assertThat(call("eth_getTransactionReceipt", hash).isNull()).isTrue();
    assertThat(call("eth_getTransactionCount", sender, "pending").asText()).isEqualTo("0x1");
    assertThat(call("eth_getTransactionCount", sender, "latest").asText()).isEqualTo("0x0");

    f.sealNextBlock();

    final JsonNode receipt = call("eth_getTransactionReceipt", hash);
    final BigInteger l1Fee = BigInteger.valueOf(SequencerFixture.L1_FEE_PER_BYTE * raw.length);
    final BigInteger executionFee = Fee.TRANSFER_GAS.multiply(Fee.L2_BASE_FEE.multiply(BigInteger.TWO));
    assertThat(receipt.get("status").asText()).isEqualTo("0x1");
    assertThat(receipt.get("blockNumber").asText()).isEqualTo("0x2");
    assertThat(receipt.get("from").asText()).isEqualTo(sender);
    assertThat(receipt.get("gasUsed").asText()).isEqualTo("0x5208");
    assertThat(receipt.get("l1Fee").asText()).isEqualTo(HexCodec.quantity(l1Fee));
    assertThat(receipt.get("l2ExecutionFee").asText()).isEqualTo(HexCodec.quantity(executionFee));
    assertThat(receipt.has("batchIndex") && receipt.get("batchIndex").isNull()).isTrue();
    assertThat(receipt.has("l1Status") && receipt.get("l1Status").isNull()).isTrue();

    final JsonNode block = call("eth_getBlockByNumber", "latest", false);
    assertThat(block.get("number").asText()).isEqualTo("0x2");
    assertThat(block.get("transactions")).extracting(JsonNode::asText).containsExactly(hash);
    assertThat(block.get("baseFeePerGas").asText()).isEqualTo("0x3b9aca00");
    final JsonNode full = call("eth_getBlockByNumber", "0x2", true);
    assertThat(full.get("transactions").get(0).get("hash").asText()).isEqualTo(hash);
    assertThat(call("eth_getTransactionByHash", hash).get("blockHash").asText()).isEqualTo(block.get("hash").asText());

    assertThat(call("eth_getBalance", bob, "latest").asText()).isEqualTo(HexCodec.quantity(TENTH));
    assertThat(new BigInteger(call("eth_getBalance", sender, "latest").asText().substring(2), 16))
        .isEqualTo(ETHER.subtract(TENTH).subtract(l1Fee).subtract(executionFee));
    assertThat(call("eth_blockNumber").asText()).isEqualTo("0x2");
  }

  @Test
  void answersWhatAWalletAsksBeforeSending() throws Exception {
    assertThat(call("eth_chainId").asText()).isEqualTo("0x385");
    assertThat(call("net_version").asText()).isEqualTo("901");
    assertThat(call("eth_gasPrice").asText()).isEqualTo(HexCodec.quantity(Fee.L2_BASE_FEE.add(L2FeeMethods.SUGGESTED_TIP)));
    assertThat(call("eth_maxPriorityFeePerGas").asText()).isEqualTo(HexCodec.quantity(L2FeeMethods.SUGGESTED_TIP));
    assertThat(call("eth_getCode", HexCodec.address(BOB), "latest").asText()).isEqualTo("0x");
    assertThat(call("eth_estimateGas", Map.of("from", HexCodec.address(alice.address()), "to", HexCodec.address(BOB),
        "value", "0x1")).asText()).isEqualTo("0x5208");

    final JsonNode history = call("eth_feeHistory", "0x4", "latest", List.of(25, 75));
    assertThat(history.get("oldestBlock").asText()).isEqualTo("0x0");
    assertThat(history.get("baseFeePerGas")).hasSize(3);
    assertThat(history.get("reward")).hasSize(2);

    final JsonNode status = call("rollup_getStatus");
    assertThat(status.get("head").asText()).isEqualTo("0x1");
    assertThat(status.get("pendingTransactions").asInt()).isZero();
    assertThat(status.get("sequencer").asText()).isEqualTo("RUNNING");
    assertThat(status.get("throttled").asBoolean()).isFalse();
  }

  @Test
  void theStatusSaysWhenTheSequencerIsThrottledForABatcherThatLagsBehind() throws Exception {
    server.close();
    final SequencerFixture throttling = new SequencerFixture(
        SequencerConfig.defaults(SequencerFixture.CHAIN_ID).withMaxUnbatchedItems(1));
    throttling.sequencer.watchBatcher(() -> 1); // a batcher that posts nothing
    server = L2JsonRpcServer.start(throttling.sequencer, store, 0);
    throttling.fund(BigInteger.ONE, alice); // block 1: one item no batch holds

    throttling.sealNextBlock();

    final JsonNode status = call("rollup_getStatus");
    assertThat(status.get("sequencer").asText()).isEqualTo("RUNNING");
    assertThat(status.get("throttled").asBoolean()).isTrue();
  }

  @Test
  void aWithdrawalsStatusBatchDeadlineAndPayoutAreServedByHashAndBySender() throws Exception {
    final Bytes32 paid = Bytes32.of(BigInteger.ONE);
    final Bytes32 waiting = Bytes32.of(BigInteger.TWO);
    store.withdrawals().insert(new WithdrawalTable.Row(paid, alice.address(), TENTH, 0, 2, Bytes32.of(BigInteger.TEN),
        null, "INCLUDED", null, null, null));
    store.withdrawals().update(new WithdrawalTable.Row(paid, alice.address(), TENTH, 0, 2, Bytes32.of(BigInteger.TEN),
        3L, "PAID", 1_700_604_800L, Bytes32.of(BigInteger.valueOf(99)), 61_000L));
    store.withdrawals().insert(new WithdrawalTable.Row(waiting, alice.address(), BigInteger.ONE, 1, 5,
        Bytes32.of(BigInteger.valueOf(11)), 4L, "IN_CHALLENGE_WINDOW", 1_700_700_000L, null, null));

    final JsonNode one = call("rollup_getWithdrawal", paid.toHex());

    assertThat(one.get("status").asText()).isEqualTo("PAID");
    assertThat(one.get("recipient").asText()).isEqualTo(HexCodec.address(alice.address()));
    assertThat(one.get("amount").asText()).isEqualTo(HexCodec.quantity(TENTH));
    assertThat(one.get("batchIndex").asText()).isEqualTo("0x3");
    assertThat(one.get("challengeDeadline").asText()).isEqualTo(HexCodec.quantity(1_700_604_800L));
    assertThat(one.get("l1Transaction").asText()).isEqualTo(Bytes32.of(BigInteger.valueOf(99)).toHex());
    assertThat(one.get("l1GasUsed").asText()).isEqualTo(HexCodec.quantity(61_000));
    final JsonNode all = call("rollup_getWithdrawals", HexCodec.address(alice.address()));
    assertThat(all).extracting(w -> w.get("status").asText()).containsExactly("PAID", "IN_CHALLENGE_WINDOW");
    assertThat(all.get(1).get("l1Transaction").isNull()).isTrue();
    assertThat(call("rollup_getWithdrawal", Bytes32.of(BigInteger.valueOf(7)).toHex()).isNull()).isTrue();
    assertThat(call("rollup_getWithdrawals", HexCodec.address(BOB))).isEmpty();
  }

  @Test
  void refusedTransactionsGetGethsWordsThenTheRuleAndWhatToDo() throws Exception {
    call("eth_sendRawTransaction", HexCodec.data(alice.transfer(0, BOB, BigInteger.ONE)));
    f.sealNextBlock();

    final JsonNode tooLow = error("eth_sendRawTransaction", HexCodec.data(alice.transfer(0, BOB, BigInteger.TWO)));
    assertThat(tooLow.get("code").asInt()).isEqualTo(-32000);
    assertThat(tooLow.get("message").asText()).startsWith("nonce too low: NONCE_MISMATCH: nonce 0, the sender's next is 1")
        .contains("eth_getTransactionCount");

    final L2Wallet onL1 = new L2Wallet(alice.credentials(), 1);
    assertThat(error("eth_sendRawTransaction", HexCodec.data(onL1.transfer(1, BOB, BigInteger.ONE)))
        .get("message").asText()).startsWith("invalid chain id for signer");

    final L2Wallet broke = L2Wallet.of(7, SequencerFixture.CHAIN_ID);
    assertThat(error("eth_sendRawTransaction", HexCodec.data(broke.transfer(0, BOB, BigInteger.ONE)))
        .get("message").asText()).startsWith("insufficient funds for gas * price + value");
  }

  @Test
  void errorCodesFollowTheDevnetRpc() throws Exception {
    assertThat(error("eth_estimateGas", Map.of("to", HexCodec.address(BOB), "data", "0x12")).get("code").asInt())
        .isEqualTo(-32000);
    assertThat(error("eth_getBalance", HexCodec.address(BOB), "0x0").get("message").asText())
        .contains("keeps only the state after its head block");
    assertThat(error("eth_getBalance", "0x12", "latest").get("code").asInt()).isEqualTo(-32602);
    assertThat(error("eth_call", Map.of()).get("code").asInt()).isEqualTo(-32601);
    assertThat(post("{not json").get("error").get("code").asInt()).isEqualTo(-32700);
  }

  private JsonNode call(final String method, final Object... params) throws Exception {
    final JsonNode response = request(method, params);
    assertThat(response.has("error")).as(method + " failed: " + response.get("error")).isFalse();
    return response.get("result");
  }

  private JsonNode error(final String method, final Object... params) throws Exception {
    final JsonNode response = request(method, params);
    assertThat(response.has("error")).as(method + " should fail, got " + response).isTrue();
    return response.get("error");
  }

  private JsonNode request(final String method, final Object... params) throws Exception {
    return post(JSON.writeValueAsString(Map.of("jsonrpc", "2.0", "id", 1, "method", method, "params", List.of(params))));
  }

  private JsonNode post(final String body) throws Exception {
    final HttpRequest request = HttpRequest.newBuilder(URI.create(server.url())).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }
}
