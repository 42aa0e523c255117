package io.rolluplab.rollup.bridge;

import static io.rolluplab.rollup.bridge.WithdrawalFixture.ETHER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.l1.L1LogFilter;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.Withdrawal;
import io.rolluplab.rollup.store.StoredEvent;
import io.rolluplab.rollup.store.WithdrawalTable.Row;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A withdrawal from L2 to L1 with real contracts on the devnet: the node seals it, the batcher posts
 * it, the proposer claims the root, the L1 clock passes the challenge window, and the relayer pays
 * it; every step an event, and the money where it belongs on both layers.
 */
class WithdrawalRelayerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");
  private static final BigInteger TENTH = ETHER.divide(BigInteger.TEN);
  private static final BigInteger WITHDRAWN = TENTH.multiply(BigInteger.valueOf(3));

  @TempDir
  Path dataDir;
  private WithdrawalFixture f;

  @AfterEach
  void stop() throws Exception {
    f.close();
  }

  @Test
  void aWithdrawalIsPaidOnL1OnceItsBatchIsFinalThroughTheEmbeddedL1() throws Exception {
    f = WithdrawalFixture.embedded(dataDir);
    assertHappyPath();
  }

  @Test
  void aWithdrawalIsPaidOnL1OnceItsBatchIsFinalThroughJsonRpc() throws Exception {
    f = WithdrawalFixture.overJsonRpc(dataDir);
    assertHappyPath();
  }

  @Test
  void aReplayedWithdrawalIsRefusedByTheBridgeAndNobodyIsPaidTwice() throws Exception {
    f = WithdrawalFixture.embedded(dataDir);
    final Bytes32 hash = paidWithdrawal();
    final BigInteger aliceBefore = f.l1.balance(f.alice.address());
    final BigInteger bridgeBefore = f.l1.balance(f.deployment().bridge());

    f.node().faults().replayWithdrawals(true);
    f.round();
    f.round();

    final List<StoredEvent> refused = f.events("WithdrawalReplayRefused");
    assertThat(refused).as("replayed once per switch").hasSize(1);
    assertThat(refused.get(0).sentence()).contains("WithdrawalAlreadyFinalized(" + hash.toHex() + ")");
    final String replayTx = JSON.readTree(refused.get(0).payloadJson()).get("l1Transaction").asText();
    assertThat(f.l1.receipt(Bytes32.fromHex(replayTx)).orElseThrow().success()).as("mined, and reverted").isFalse();
    assertThat(f.l1.balance(f.alice.address())).isEqualTo(aliceBefore);
    assertThat(f.l1.balance(f.deployment().bridge())).isEqualTo(bridgeBefore);
    assertThat(f.events("WithdrawalReplaySwitched")).hasSize(1);
  }

  @Test
  void aRestartedNodeFindsThePayoutOnL1InsteadOfPayingAgain() throws Exception {
    f = WithdrawalFixture.embedded(dataDir);
    final Bytes32 hash = paidWithdrawal();
    final Row paid = f.store().withdrawals().get(hash).orElseThrow();
    // as if the process died after L1 mined the payout but before the store recorded it
    f.store().withdrawals().update(new Row(paid.hash(), paid.sender(), paid.amount(), paid.nonce(), paid.l2Block(),
        paid.l2Tx(), paid.batchIndex(), WithdrawalStatus.FINAL.name(), paid.challengeDeadline(), null, null));
    final BigInteger aliceBefore = f.l1.balance(f.alice.address());

    f.restart();
    f.round();

    final Row found = f.store().withdrawals().get(hash).orElseThrow();
    assertThat(found.status()).isEqualTo("PAID");
    assertThat(found.l1Tx()).isEqualTo(paid.l1Tx());
    assertThat(f.l1.balance(f.alice.address())).isEqualTo(aliceBefore);
    assertThat(f.l1.logs(L1LogFilter.event(f.deployment().bridge(), BridgeContract.WITHDRAWAL_FINALIZED_EVENT,
        f.deployment().l1Block(), f.l1.latestBlock().number()))).hasSize(1);
    final List<StoredEvent> payouts = f.events("WithdrawalPaid");
    assertThat(payouts).hasSize(2);
    assertThat(JSON.readTree(payouts.get(1).payloadJson()).get("relayed").asBoolean()).isFalse();
    assertThat(f.withdrawalEvents()).as("nothing seen or batched twice").containsExactly("WithdrawalIncluded",
        "WithdrawalBatched", "WithdrawalRootProposed", "WithdrawalFinal", "WithdrawalPaid", "WithdrawalPaid");
  }

  @Test
  void aWithdrawalWhoseRootIsRolledBackWaitsAndIsPaidAfterTheHonestRoot() throws Exception {
    f = WithdrawalFixture.embedded(dataDir);
    f.deposit(f.alice.address(), ETHER);
    f.round();
    f.withdraw(0, WITHDRAWN);
    f.node().faults().wrongRootAt(1);
    final Bytes32 hash = new Withdrawal(f.alice.address(), f.alice.address(), WITHDRAWN, 0).hash();

    for (int round = 0; round < 40 && f.events("WithdrawalRootProposed").size() < 2; round++) {
      f.round();
    }

    assertThat(f.withdrawalEvents()).containsExactly("WithdrawalIncluded", "WithdrawalBatched",
        "WithdrawalRootProposed", "WithdrawalRootRolledBack", "WithdrawalRootProposed");
    assertThat(f.l1.balance(f.alice.address())).as("a rolled-back root pays nothing").isZero();
    f.passChallengeWindow();
    f.round();
    assertThat(f.store().withdrawals().get(hash).orElseThrow().status()).isEqualTo("PAID");
    assertThat(f.l1.balance(f.alice.address())).isEqualTo(WITHDRAWN);
  }

  /** Deposit, an L2 transfer and a withdrawal, then rounds up to the payout; returns the withdrawal's hash. */
  private Bytes32 paidWithdrawal() throws Exception {
    f.deposit(f.alice.address(), ETHER);
    f.round();
    f.node().submit(f.alice.transfer(0, BOB, TENTH));
    f.withdraw(1, WITHDRAWN);
    f.round();
    f.round();
    f.passChallengeWindow();
    f.round();
    final Bytes32 hash = new Withdrawal(f.alice.address(), f.alice.address(), WITHDRAWN, 1).hash();
    assertThat(f.store().withdrawals().get(hash).orElseThrow().status()).isEqualTo("PAID");
    return hash;
  }

  private void assertHappyPath() throws Exception {
    f.deposit(f.alice.address(), ETHER);
    f.round();
    final Bytes32 transfer = f.node().submit(f.alice.transfer(0, BOB, TENTH));
    final Bytes32 withdrawalTx = f.withdraw(1, WITHDRAWN);
    final Bytes32 hash = new Withdrawal(f.alice.address(), f.alice.address(), WITHDRAWN, 1).hash();

    f.round();
    f.round();

    final Row waiting = f.store().withdrawals().get(hash).orElseThrow();
    assertThat(waiting.status()).as("a root is proposed, the window runs").isEqualTo("IN_CHALLENGE_WINDOW");
    assertThat(waiting.l2Tx()).isEqualTo(withdrawalTx);
    final long proposedAt = f.l1.latestBlock().timestamp();
    assertThat(waiting.challengeDeadline()).isBetween(proposedAt, proposedAt + 7 * 24 * 3600);
    final JsonNode proposed = JSON.readTree(f.events("WithdrawalRootProposed").get(0).payloadJson());
    assertThat(proposed.get("secondsLeft").asLong()).isEqualTo(7 * 24 * 3600);
    assertThat(f.l1.balance(f.alice.address())).as("nothing paid inside the window").isZero();

    f.passChallengeWindow();
    f.round();

    final Row paid = f.store().withdrawals().get(hash).orElseThrow();
    assertThat(paid.status()).isEqualTo("PAID");
    assertThat(paid.l1GasUsed()).isPositive();
    assertThat(f.l1.receipt(paid.l1Tx()).orElseThrow().success()).isTrue();
    assertThat(f.withdrawalEvents()).containsExactly("WithdrawalIncluded", "WithdrawalBatched",
        "WithdrawalRootProposed", "WithdrawalFinal", "WithdrawalPaid");
    assertThat(f.events("TickFailed")).isEmpty();
    assertThat(f.l1.balance(f.alice.address())).as("the user's own L1 address gets exactly the amount")
        .isEqualTo(WITHDRAWN);
    assertThat(f.l1.balance(f.deployment().bridge())).isEqualTo(ETHER.subtract(WITHDRAWN));
    final BigInteger fees = fee(transfer).add(fee(withdrawalTx));
    assertThat(f.node().l2().account(f.alice.address(), false).balance())
        .as("on L2 the sender paid the amount and the fee").isEqualTo(ETHER.subtract(TENTH).subtract(WITHDRAWN)
            .subtract(fees));

    f.node().start(0);
    final JsonNode followed = l2Rpc("rollup_getWithdrawal", hash.toHex());
    assertThat(followed.get("status").asText()).isEqualTo("PAID");
    assertThat(followed.get("l1Transaction").asText()).isEqualTo(paid.l1Tx().toHex());
    assertThat(l2Rpc("rollup_getWithdrawals", f.alice.address().toHex())).hasSize(1);
  }

  /** A user's question to the node's L2 JSON-RPC endpoint. */
  private JsonNode l2Rpc(final String method, final Object... params) throws Exception {
    final String body = JSON.writeValueAsString(Map.of("jsonrpc", "2.0", "id", 1, "method", method, "params", params));
    final HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(f.node().l2RpcUrl())).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    final JsonNode json = JSON.readTree(response.body());
    assertThat(json.has("error")).as("%s answered %s", method, json).isFalse();
    return json.get("result");
  }

  private BigInteger fee(final Bytes32 l2Tx) {
    return f.node().l2().transaction(l2Tx).orElseThrow().receipt().fee().total();
  }
}
