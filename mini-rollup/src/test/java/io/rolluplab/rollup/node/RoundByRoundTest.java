package io.rolluplab.rollup.node;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.contracts.ZkRollupContract;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.L1Client;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.sequencer.SequencerFixture.FakeClock;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.StoredEvent;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * What the lifecycle tests of both modes share: one rollup node on the embedded devnet with the
 * real contracts, driven one round at a time ({@link RollupNode#tick()}) on a fake clock, and the
 * helpers that read what it did on L1 and in its event log.
 */
abstract class RoundByRoundTest {
  static final BigInteger ETHER = L2Wallet.ETHER;
  static final DevAccount OPERATOR = DevAccounts.all().get(9);
  static final DevAccount DEPOSITOR = DevAccounts.all().get(1);
  static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");

  final Devnet devnet = new Devnet(
      DevnetConfig.defaults(), InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000)), (period, task) -> () -> {});
  final L1Client l1 = new EmbeddedL1(devnet);
  final FakeClock clock = new FakeClock();
  final L2Wallet alice = L2Wallet.of(1, RollupNodeConfig.DEFAULT_L2_CHAIN_ID);
  RollupNode node;
  private final RollupNodeConfig config;

  RoundByRoundTest(final RollupNodeConfig config) {
    this.config = config;
  }

  void deposit(final Address l2To, final BigInteger wei) throws Exception {
    l1.sendAndWait(DEPOSITOR.credentials(),
        L1Transaction.call(node.deployment().bridge(), BridgeContract.deposit(l2To)).withValue(wei));
  }

  /** One round one L2 block interval later. */
  void round() {
    clock.advance(config.blockInterval());
    node.tick();
  }

  /** One round once the oldest unbatched block is old enough for the batcher to post it. */
  void roundAfterMaxAge() {
    clock.advance(Duration.ofSeconds(10));
    node.tick();
  }

  /** A {@code uint} view of the rollup contract without arguments. */
  long view(final ContractFunction getter) throws Exception {
    final List<Type> out = getter.decode(l1.call(node.deployment().rollup(), getter.encode()));
    return ((BigInteger) out.get(0).getValue()).longValueExact();
  }

  /** The root L1 holds as final for {@code batchIndex} (both rollups answer {@code finalizedStateRoot}). */
  Bytes32 finalizedRoot(final long batchIndex) throws Exception {
    final ContractFunction getter = config.mode() == RollupMode.ZK ? ZkRollupContract.FINALIZED_STATE_ROOT
        : OptimisticRollupContract.FINALIZED_STATE_ROOT;
    return Bytes32.wrap((byte[]) getter.decode(l1.call(node.deployment().rollup(),
        getter.encode(new Uint256(batchIndex)))).get(0).getValue());
  }

  /** The types of the events the given roles published, in order. */
  List<String> eventsOf(final String... roles) {
    final List<String> wanted = List.of(roles);
    return node.events().since(0).stream().filter(e -> wanted.contains(e.role())).map(StoredEvent::type).toList();
  }
}
