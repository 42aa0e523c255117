package io.rolluplab.devnet.chain;

import static io.rolluplab.devnet.chain.Transfers.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.trie.MerklePatriciaTrie;
import io.rolluplab.devnet.trie.OrderedTrie;
import io.rolluplab.devnet.tx.InvalidTransactionException;
import io.rolluplab.devnet.tx.Transaction;
import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

class DevnetTest {
  private static final DevAccount ALICE = DevAccounts.all().get(0);
  private static final DevAccount BOB = DevAccounts.all().get(1);
  private static final Address CAROL = Address.fromLong(0xCA401);

  private final MutableTime wall = new MutableTime(1_700_000_000);
  private final FakeBlockTimer timer = new FakeBlockTimer();

  private Devnet devnet(final MiningMode mode) {
    final Devnet devnet = new Devnet(DevnetConfig.defaults().withMining(mode), wall, timer);
    devnet.start();
    return devnet;
  }

  @Test
  void startsWithAGenesisBlockThatFundsTheDevAccounts() {
    final Devnet devnet = devnet(MiningMode.automine());

    final Block genesis = devnet.latestBlock();
    assertThat(genesis.number()).isZero();
    assertThat(genesis.header().timestamp()).isEqualTo(1_700_000_000);
    assertThat(genesis.header().baseFeePerGas()).isEqualTo(BaseFee.GENESIS);
    assertThat(genesis.header().gasLimit()).isEqualTo(30_000_000);
    assertThat(devnet.chainId()).isEqualTo(31337);
    for (final DevAccount account : DevAccounts.all()) {
      assertThat(devnet.balance(account.address())).isEqualTo(DevAccounts.INITIAL_BALANCE);
    }
  }

  @Test
  void automineSealsEachTransactionIntoItsOwnBlockBeforeSubmitReturns() throws Exception {
    final Devnet devnet = devnet(MiningMode.automine());

    final byte[] first = devnet.submit(transfer(ALICE, 0, CAROL, 5));
    final byte[] second = devnet.submit(transfer(ALICE, 1, CAROL, 7));

    assertThat(devnet.latestBlock().number()).isEqualTo(2);
    assertThat(devnet.transaction(first).orElseThrow().block().number()).isEqualTo(1);
    assertThat(devnet.receipt(second).orElseThrow().success()).isTrue();
    assertThat(devnet.balance(CAROL)).isEqualTo(12);
    assertThat(devnet.nonce(ALICE.address())).isEqualTo(2);
  }

  @Test
  void linksEachBlockToItsParentAndLowersTheBaseFeeAfterLightBlocks() throws Exception {
    final Devnet devnet = devnet(MiningMode.automine());
    devnet.submit(transfer(ALICE, 0, CAROL, 1));

    final Block genesis = devnet.block(0).orElseThrow();
    final Block first = devnet.block(1).orElseThrow();
    assertThat(first.header().parentHash()).isEqualTo(genesis.hash());
    assertThat(devnet.blockByHash(first.hash())).contains(first);
    assertThat(first.header().baseFeePerGas()).isEqualTo(875_000_000); // genesis was empty
    assertThat(first.header().gasUsed()).isEqualTo(21_000);
  }

  @Test
  void commitsToItsTransactionsAndReceiptsInTheHeaderRoots() throws Exception {
    final Devnet devnet = devnet(MiningMode.automine());
    final Block genesis = devnet.latestBlock();
    assertThat(genesis.header().transactionsRoot()).isEqualTo(MerklePatriciaTrie.EMPTY_ROOT);
    assertThat(genesis.header().receiptsRoot()).isEqualTo(MerklePatriciaTrie.EMPTY_ROOT);

    devnet.submit(transfer(ALICE, 0, CAROL, 1));

    final Block block = devnet.latestBlock();
    assertThat(block.header().transactionsRoot())
        .isEqualTo(OrderedTrie.root(List.of(block.transactions().get(0).raw())));
    assertThat(block.header().receiptsRoot()).isEqualTo(OrderedTrie.root(List.of(block.receipts().get(0).encode())));
    assertThat(block.header().stateRoot()).isNotEqualTo(genesis.header().stateRoot());
  }

  @Test
  void stampsBlocksMinedInTheSameSecondWithIncreasingTimestamps() {
    final Devnet devnet = devnet(MiningMode.automine());

    final long a = devnet.mine().header().timestamp();
    final long b = devnet.mine().header().timestamp();

    assertThat(b).isGreaterThan(a).isGreaterThan(devnet.block(0).orElseThrow().header().timestamp());
  }

  @Test
  void manualModeKeepsTransactionsPendingUntilMineIsCalled() throws Exception {
    final Devnet devnet = devnet(new MiningMode.Manual());

    final byte[] hash = devnet.submit(transfer(ALICE, 0, CAROL, 5));
    devnet.submit(transfer(ALICE, 1, CAROL, 5));
    assertThat(devnet.latestBlock().number()).isZero();
    assertThat(devnet.pendingTransactions()).hasSize(2);
    assertThat(devnet.receipt(hash)).isEmpty();

    final Block block = devnet.mine();

    assertThat(block.transactions()).hasSize(2);
    assertThat(devnet.pendingTransactions()).isEmpty();
    assertThat(devnet.receipt(hash)).isPresent();
  }

  @Test
  void validatesAgainstPendingTransactionsSoTheNextNonceIsAcceptedAndAGapIsNot() throws Exception {
    final Devnet devnet = devnet(new MiningMode.Manual());
    devnet.submit(transfer(ALICE, 0, CAROL, 5));

    assertThatThrownBy(() -> devnet.submit(transfer(ALICE, 2, CAROL, 5)))
        .isInstanceOfSatisfying(InvalidTransactionException.class,
            e -> assertThat(e.rule()).isEqualTo(InvalidTransactionException.Rule.NONCE_TOO_HIGH));
    devnet.submit(transfer(ALICE, 1, CAROL, 5));
    assertThat(devnet.pendingTransactions()).hasSize(2);
  }

  @Test
  void intervalModeSealsABlockWithEveryPendingTransactionOnEachTick() throws Exception {
    final Devnet devnet = devnet(new MiningMode.Interval(Duration.ofSeconds(2)));
    assertThat(timer.period).isEqualTo(Duration.ofSeconds(2));

    devnet.submit(transfer(ALICE, 0, CAROL, 5));
    devnet.submit(transfer(BOB, 0, CAROL, 5));
    assertThat(devnet.latestBlock().number()).isZero();

    wall.advance(2);
    timer.fire();
    assertThat(devnet.latestBlock().transactions()).hasSize(2);

    wall.advance(2);
    timer.fire();
    assertThat(devnet.latestBlock().number()).isEqualTo(2);
    assertThat(devnet.latestBlock().transactions()).isEmpty();
  }

  @Test
  void ordersABlocksTransactionsByTip() throws Exception {
    final Devnet devnet = devnet(new MiningMode.Manual());
    final byte[] cheap = devnet.submit(Transfers.signed(ALICE, 31337, 0, CAROL, 1, Transfers.TEN_GWEI));
    final byte[] generous = devnet.submit(Transfers.signed(BOB, 31337, 0, CAROL, 1, Transfers.TEN_GWEI.add(BigInteger.TEN)));

    final Block block = devnet.mine();

    assertThat(block.transactions().get(0).hash()).isEqualTo(generous);
    assertThat(block.transactions().get(1).hash()).isEqualTo(cheap);
  }

  @Test
  void anInvalidTransactionIsRejectedWithItsRuleAndChangesNothing() {
    final Devnet devnet = devnet(MiningMode.automine());
    final Block head = devnet.latestBlock();

    assertThatThrownBy(() -> devnet.submit(Transfers.signed(ALICE, 1, 0, CAROL, 5, Transfers.TEN_GWEI)))
        .isInstanceOfSatisfying(InvalidTransactionException.class,
            e -> assertThat(e.rule()).isEqualTo(InvalidTransactionException.Rule.WRONG_CHAIN_ID));
    assertThatThrownBy(() -> devnet.submit(new byte[] {1, 2, 3}))
        .isInstanceOfSatisfying(InvalidTransactionException.class,
            e -> assertThat(e.rule()).isEqualTo(InvalidTransactionException.Rule.MALFORMED));

    assertThat(devnet.latestBlock()).isSameAs(head);
    assertThat(devnet.pendingTransactions()).isEmpty();
    assertThat(devnet.balance(ALICE.address())).isEqualTo(DevAccounts.INITIAL_BALANCE);
    assertThat(devnet.nonce(ALICE.address())).isZero();
  }

  @Test
  void automineSealsTheBlocksThatSubmittingThenMiningSeals() throws Exception {
    final Devnet auto = devnet(MiningMode.automine());
    final Devnet manual = devnet(new MiningMode.Manual());

    for (int nonce = 0; nonce < 3; nonce++) {
      final byte[] tx = transfer(ALICE, nonce, CAROL, 5 + nonce);
      auto.submit(tx);
      manual.submit(tx);
      manual.mine();
    }

    assertThat(auto.latestBlock().number()).isEqualTo(3);
    assertThat(auto.latestBlock().hash()).isEqualTo(manual.latestBlock().hash());
  }

  @Test
  void automineRefusesATransactionItsBlockWouldNotTakeWithTheBrokenRuleAndSealsNothing() throws Exception {
    final Devnet devnet = devnet(MiningMode.automine());
    devnet.submit(transfer(ALICE, 0, CAROL, 5));
    final Block head = devnet.latestBlock();

    assertThatThrownBy(() -> devnet.submit(transfer(ALICE, 5, CAROL, 5)))
        .isInstanceOfSatisfying(InvalidTransactionException.class,
            e -> assertThat(e.rule()).isEqualTo(InvalidTransactionException.Rule.NONCE_TOO_HIGH));

    assertThat(devnet.latestBlock()).isSameAs(head);
    assertThat(devnet.pendingTransactions()).isEmpty();
    assertThat(devnet.nonce(ALICE.address())).isEqualTo(1);
    devnet.submit(transfer(ALICE, 1, CAROL, 5));
    assertThat(devnet.balance(CAROL)).isEqualTo(10);
  }

  /** Runtime code that reverts unless it starts with at least 100,000 gas left, and stops otherwise. */
  private static final String GAS_HUNGRY = "620186a05a10600a57005b60006000fd";

  @Test
  void submitIfItSucceedsTakesATransactionThatSucceedsAndLeavesOutOneThatFailsInAutomine() throws Exception {
    assertSubmitIfItSucceeds(devnet(MiningMode.automine()));
  }

  @Test
  void submitIfItSucceedsTakesATransactionThatSucceedsAndLeavesOutOneThatFailsInManualMining() throws Exception {
    assertSubmitIfItSucceeds(devnet(new MiningMode.Manual()));
  }

  private void assertSubmitIfItSucceeds(final Devnet devnet) throws Exception {
    final byte[] creation = Numeric.hexStringToByteArray("6010600c60003960106000f3" + GAS_HUNGRY);
    final byte[] created = devnet.submit(signedCall(0, null, 100_000, creation));
    devnet.mine();
    final Address hungry = devnet.receipt(created).orElseThrow().contractAddress();
    final Block head = devnet.latestBlock();
    final BigInteger balance = devnet.balance(ALICE.address());

    assertThat(devnet.submitIfItSucceeds(Transaction.decode(signedCall(1, hungry, 50_000, new byte[0])))).isEmpty();
    assertThat(devnet.latestBlock()).isSameAs(head);
    assertThat(devnet.pendingTransactions()).isEmpty();
    assertThat(devnet.nonce(ALICE.address())).isEqualTo(1);
    assertThat(devnet.balance(ALICE.address())).isEqualTo(balance);

    final byte[] hash = devnet.submitIfItSucceeds(Transaction.decode(signedCall(1, hungry, 150_000, new byte[0])))
        .orElseThrow();
    devnet.mine();
    assertThat(devnet.receipt(hash).orElseThrow().success()).isTrue();
  }

  private static byte[] signedCall(final long nonce, final Address to, final long gas, final byte[] data) {
    final RawTransaction raw = RawTransaction.createTransaction(BigInteger.valueOf(nonce), Transfers.TEN_GWEI,
        BigInteger.valueOf(gas), to == null ? "" : to.toHex(), BigInteger.ZERO, Numeric.toHexString(data));
    return TransactionEncoder.signMessage(raw, 31337, ALICE.credentials());
  }

  @Test
  void revertPutsBackBlocksStatePendingTransactionsAndClock() throws Exception {
    final Devnet devnet = devnet(new MiningMode.Manual());
    final byte[] pendingBefore = devnet.submit(transfer(ALICE, 0, CAROL, 5));
    final int snapshot = devnet.snapshot();
    final long nextTimestamp = devnet.latestBlock().header().timestamp() + 1;

    devnet.mine();
    devnet.increaseTime(3600);
    devnet.submit(transfer(BOB, 0, CAROL, 5));
    devnet.mine();

    assertThat(devnet.revert(snapshot)).isTrue();

    assertThat(devnet.latestBlock().number()).isZero();
    assertThat(devnet.balance(CAROL)).isZero();
    assertThat(devnet.transaction(pendingBefore)).isEmpty();
    assertThat(devnet.pendingTransactions()).extracting(tx -> tx.hash()).containsExactly(pendingBefore);
    assertThat(devnet.mine().header().timestamp()).isEqualTo(nextTimestamp);
  }

  @Test
  void usesUpASnapshotAndTheOnesAfterItOnRevert() {
    final Devnet devnet = devnet(new MiningMode.Manual());
    final int first = devnet.snapshot();
    final int second = devnet.snapshot();

    assertThat(devnet.revert(first)).isTrue();
    assertThat(devnet.revert(second)).isFalse();
    assertThat(devnet.revert(first)).isFalse();
  }

  @Test
  void tellsListenersAboutEveryNewBlock() throws Exception {
    final Devnet devnet = devnet(MiningMode.automine());
    final List<Long> seen = new ArrayList<>();
    devnet.onNewBlock(block -> seen.add(block.number()));

    devnet.submit(transfer(ALICE, 0, CAROL, 1));
    devnet.mine();

    assertThat(seen).containsExactly(1L, 2L);
  }

  @Test
  void movesTheChainsTimeForwardForTheNextBlock() {
    final Devnet devnet = devnet(new MiningMode.Manual());

    devnet.increaseTime(7 * 24 * 3600);

    assertThat(devnet.mine().header().timestamp()).isEqualTo(1_700_000_000 + 7 * 24 * 3600);
  }
}
