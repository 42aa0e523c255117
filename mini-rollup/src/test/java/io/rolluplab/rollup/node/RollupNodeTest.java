package io.rolluplab.rollup.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batcher.BatcherKey;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.contracts.MockVerifierContract;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.sequencer.SequencerFixture.FakeClock;
import io.rolluplab.rollup.store.RollupStore;
import io.rolluplab.rollup.store.StoredEvent;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

/** A whole rollup node on the embedded devnet: deposits in on L1, transfers in over the L2 RPC. */
class RollupNodeTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final BigInteger ETHER = L2Wallet.ETHER;
  private static final DevAccount OPERATOR = DevAccounts.all().get(9);
  private static final DevAccount CHALLENGER = DevAccounts.all().get(8);
  private static final DevAccount DEPOSITOR = DevAccounts.all().get(1);
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");

  private final Devnet devnet = new Devnet(
      DevnetConfig.defaults(), InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000)), (period, task) -> () -> {});
  private final L1Client l1 = new EmbeddedL1(devnet);
  private final L2Wallet alice = L2Wallet.of(1, RollupNodeConfig.DEFAULT_L2_CHAIN_ID);
  private RollupNode node;

  @AfterEach
  void stop() throws Exception {
    node.close();
    devnet.close();
  }

  private void deposit(final Address l2To, final BigInteger wei) throws Exception {
    l1.sendAndWait(DEPOSITOR.credentials(),
        L1Transaction.call(node.deployment().bridge(), BridgeContract.deposit(l2To)).withValue(wei));
  }

  @Test
  void deploysTheRollupAndItsBridgeOnL1() throws Exception {
    node = RollupNode.deploy(l1, OPERATOR.credentials(), CHALLENGER.credentials(), RollupNodeConfig.defaults());

    final RollupDeployment deployment = node.deployment();
    final byte[] bridgesRollup = l1.call(deployment.bridge(), BridgeContract.ROLLUP.encode());
    assertThat(Address.fromHex((String) BridgeContract.ROLLUP.decode(bridgesRollup).get(0).getValue()))
        .isEqualTo(deployment.rollup());
    assertThat(devnet.code(deployment.disputeGame())).isNotEmpty();
    final byte[] batcher = l1.call(deployment.rollup(), OptimisticRollupContract.BATCHER.encode());
    final Address batcherAddress = Address.fromHex(BatcherKey.of(OPERATOR.credentials()).getAddress());
    assertThat(Address.fromHex((String) OptimisticRollupContract.BATCHER.decode(batcher).get(0).getValue()))
        .as("the operator's own batcher key, which sends nothing but batches").isEqualTo(batcherAddress)
        .isNotEqualTo(OPERATOR.address());
    assertThat(deployment.inbox()).isEqualTo(new RollupDeployment.Inbox(batcherAddress,
        OptimisticRollupContract.batchInbox(RollupNodeConfig.DEFAULT_L2_CHAIN_ID), 0));
    assertThat(devnet.code(deployment.inbox().address())).as("the inbox has no code").isEmpty();
    assertThat(l1.balance(batcherAddress)).as("the operator funded it").isEqualTo(RollupDeployment.BATCHER_FUNDING);
    final byte[] revealPeriod = l1.call(deployment.rollup(), OptimisticRollupContract.REVEAL_PERIOD.encode());
    assertThat(OptimisticRollupContract.REVEAL_PERIOD.decode(revealPeriod).get(0).getValue())
        .isEqualTo(BigInteger.valueOf(RollupNodeConfig.DEFAULT_REVEAL_PERIOD.toSeconds()));
    assertThat(deployment.bridge().toChecksumHex()).as("the Bridge address the README gives")
        .isEqualTo("0xA44B9f3F5Bb8C278c1ee85D8F32517c6EFa64B0D");
    assertThat(node.events().since(0)).extracting(StoredEvent::type).containsExactly("RollupDeployed");
  }

  @Test
  void inZkModeDeploysAZkRollupWhoseVerifierTakesTheOperatorsProofsAndResumesItFromTheStore() throws Exception {
    final RollupStore store = RollupStore.inMemory();
    node = RollupNode.deploy(l1, OPERATOR.credentials(), CHALLENGER.credentials(),
        RollupNodeConfig.defaults().withMode(RollupMode.ZK), store, Clock.systemUTC());

    final RollupDeployment deployment = node.deployment();
    assertThat(deployment.disputeGame()).isNull();
    final byte[] prover = l1.call(deployment.verifier(), MockVerifierContract.PROVER.encode());
    assertThat(Address.fromHex((String) MockVerifierContract.PROVER.decode(prover).get(0).getValue()))
        .isEqualTo(OPERATOR.address());
    assertThat(RollupDeployment.fromRow(store.deployment().get().orElseThrow())).isEqualTo(deployment);
    assertThat(node.events().since(0).get(0).sentence()).startsWith("Deployed the ZkRollup at")
        .contains("its MockVerifier at " + deployment.verifier());
    assertThatThrownBy(node::proposer).hasMessageContaining("a zk rollup node has no proposer");
  }

  @Test
  void aDepositOnL1IsOnL2AfterOneRoundAndEveryStepIsAnEventInOrder() throws Exception {
    final FakeClock clock = new FakeClock();
    node = RollupNode.deploy(l1, OPERATOR.credentials(), CHALLENGER.credentials(), RollupNodeConfig.defaults(),
        RollupStore.inMemory(), clock);
    deposit(alice.address(), ETHER);
    final long l1Head = devnet.latestBlock().number();

    clock.advance(Duration.ofSeconds(1));
    node.tick();

    assertThat(node.l2().account(alice.address(), false).balance()).isEqualTo(ETHER);
    assertThat(node.l2().head().number()).isEqualTo(1);
    final List<StoredEvent> events = node.events().since(0);
    assertThat(events).extracting(StoredEvent::type).containsExactly("RollupDeployed", "DepositObserved",
        "DepositQueued", "BridgeCaughtUp", "DepositIncluded", "BlockSealed", "BondRegistered");
    assertThat(events).extracting(StoredEvent::role)
        .containsExactly("node", "bridge", "sequencer", "bridge", "sequencer", "sequencer", "proposer");
    final StoredEvent sealed = events.get(events.size() - 2);
    assertThat(sealed.l2Block()).isEqualTo(1);
    assertThat(sealed.l1Block()).isEqualTo(l1Head);
  }

  @Test
  void aBatcherThatFallsTenBatchesBehindThrottlesTheSequencerUntilItHasCaughtUpHalf() throws Exception {
    final FakeClock clock = new FakeClock();
    final int batchItems = 2;
    node = RollupNode.deploy(l1, OPERATOR.credentials(), CHALLENGER.credentials(),
        RollupNodeConfig.defaults().withBatchLimits(batchItems, Duration.ofSeconds(10)), RollupStore.inMemory(), clock);
    deposit(alice.address(), ETHER);
    node.pause("batcher");
    clock.advance(Duration.ofSeconds(1));
    node.tick(); // block 1: the deposit
    final int limit = RollupNode.UNBATCHED_BATCHES * batchItems;
    for (int nonce = 0; nonce < limit + 5; nonce++) {
      node.submit(alice.transfer(nonce, BOB, BigInteger.ONE));
    }

    for (int round = 0; round < limit; round++) {
      clock.advance(Duration.ofSeconds(1));
      node.tick();
    }

    assertThat(node.roleStates()).containsEntry("sequencer", "RUNNING (throttled)");
    assertThat(node.l2().pendingCount()).as("the deposit and 20 transfers are sealed, 5 wait").isEqualTo(5);
    assertThat(node.events().ofType("SequencerThrottled")).singleElement()
        .satisfies(e -> assertThat(e.sentence()).contains("21 items in sealed blocks are not on L1 yet (limit 20)"));

    node.resume("batcher");
    for (int round = 0; round < limit && node.l2().pendingCount() > 0; round++) {
      clock.advance(Duration.ofSeconds(1));
      node.tick();
    }

    assertThat(node.l2().pendingCount()).isZero();
    assertThat(node.roleStates()).containsEntry("sequencer", "RUNNING");
    assertThat(node.events().ofType("SequencerThrottleLifted")).hasSize(1);
  }

  @Test
  void aPausedRoleSkipsItsTurnsUntilResumedWhileTheOthersGoOn() throws Exception {
    final FakeClock clock = new FakeClock();
    node = RollupNode.deploy(l1, OPERATOR.credentials(), CHALLENGER.credentials(), RollupNodeConfig.defaults(),
        RollupStore.inMemory(), clock);
    deposit(alice.address(), ETHER);

    assertThat(node.pause("sequencer")).isTrue();
    clock.advance(Duration.ofSeconds(1));
    node.tick();

    assertThat(node.l2().head().number()).as("no block while the sequencer is paused").isZero();
    assertThat(node.l2().waitingDeposits()).as("the bridge went on and queued the deposit").isEqualTo(1);
    assertThat(node.pausedRoles()).containsExactly("sequencer");
    assertThat(node.roleStates()).containsEntry("sequencer", "paused").containsKeys("bridge", "batcher",
        "proposer", "challenger", "withdrawals");

    assertThat(node.resume("sequencer")).isTrue();
    clock.advance(Duration.ofSeconds(1));
    node.tick();

    assertThat(node.l2().head().number()).isEqualTo(1);
    assertThat(node.l2().account(alice.address(), false).balance()).isEqualTo(ETHER);
    assertThat(node.pausedRoles()).isEmpty();
    assertThatThrownBy(() -> node.pause("prover")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no role \"prover\"").hasMessageContaining("bridge, sequencer, batcher");
  }

  @Test
  void aTransferSignedByAWalletAndSentToTheL2RpcLandsInABlock() throws Exception {
    final RollupNodeConfig config = RollupNodeConfig.defaults().withBlockInterval(Duration.ofMillis(20));
    node = RollupNode.deploy(l1, OPERATOR.credentials(), CHALLENGER.credentials(), config).start(0);
    deposit(alice.address(), ETHER);
    await(() -> node.l2().account(alice.address(), false).balance().equals(ETHER));

    final String hash = rpc("eth_sendRawTransaction", Numeric.toHexString(alice.transfer(0, BOB, BigInteger.TEN)))
        .asText();

    await(() -> !rpc("eth_getTransactionReceipt", hash).isNull());
    final JsonNode receipt = rpc("eth_getTransactionReceipt", hash);
    assertThat(receipt.get("status").asText()).isEqualTo("0x1");
    assertThat(rpc("eth_getBalance", BOB.toHex(), "latest").asText()).isEqualTo("0xa");
    assertThat(rpc("eth_chainId").asText()).isEqualTo("0xa455");
  }

  private JsonNode rpc(final String method, final Object... params) throws Exception {
    final String body = JSON.writeValueAsString(Map.of("jsonrpc", "2.0", "id", 1, "method", method, "params", params));
    final HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(node.l2RpcUrl())).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    final JsonNode json = JSON.readTree(response.body());
    assertThat(json.has("error")).as("%s answered %s", method, json).isFalse();
    return json.get("result");
  }

  @FunctionalInterface
  private interface Condition {
    boolean holds() throws Exception;
  }

  /** Waits up to 10 s for the node's own thread to get there. */
  private static void await(final Condition condition) throws Exception {
    final long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.holds()) {
      assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
      Thread.sleep(10);
    }
  }
}
