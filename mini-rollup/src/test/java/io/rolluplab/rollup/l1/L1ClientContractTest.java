package io.rolluplab.rollup.l1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.BlockHeader;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.solidity.ContractArtifact;
import io.rolluplab.devnet.trie.OrderedTrie;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.contracts.ContractFunction;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.Credentials;

/**
 * What every {@link L1Client} must do, whatever carries its calls: each subclass runs these tests
 * through one implementation against a fresh devnet (automine, a wall clock that stands still, so
 * time moves only when a test moves it).
 */
abstract class L1ClientContractTest {
  static final BigInteger ETHER = BigInteger.TEN.pow(18);
  static final Credentials OPERATOR = DevAccounts.all().get(0).credentials();
  static final DevAccount ALICE = DevAccounts.all().get(3);
  static final DevAccount BOB = DevAccounts.all().get(4);
  static final long START = 1_700_000_000;

  Devnet devnet;
  L1Client l1;

  /** The client under test, talking to {@code devnet}. */
  abstract L1Client connect(Devnet devnet) throws Exception;

  /** Closes whatever {@link #connect} started. */
  void disconnect() throws Exception {}

  @BeforeEach
  void startDevnet() throws Exception {
    devnet = new Devnet(DevnetConfig.defaults(), InstantSource.fixed(Instant.ofEpochSecond(START)),
        (period, task) -> () -> {});
    l1 = connect(devnet);
  }

  @AfterEach
  void stopDevnet() throws Exception {
    disconnect();
    devnet.close();
  }

  /** An OptimisticRollup deployed through the client; it creates its Bridge. */
  Address deployRollup() throws L1Exception {
    final byte[] code = ContractArtifact.load("OptimisticRollup").creationCode();
    final byte[] args = OptimisticRollupContract.constructorArgs(ETHER, 7 * 24 * 3600, 3600, 24 * 3600, 901, 3600,
        Address.fromHex(OPERATOR.getAddress()), 0);
    final byte[] initcode = Arrays.copyOf(code, code.length + args.length);
    System.arraycopy(args, 0, initcode, code.length, args.length);
    return l1.deploy(OPERATOR, initcode).contractAddress();
  }

  Address bridgeOf(final Address rollup) throws L1Exception {
    return Address.fromHex((String) view(rollup, OptimisticRollupContract.BRIDGE).get(0).getValue());
  }

  List<Type> view(final Address contract, final ContractFunction function) throws L1Exception {
    return function.decode(l1.call(contract, function.encode()));
  }

  L1Receipt deposit(final Address bridge, final DevAccount from, final BigInteger amount) throws L1Exception {
    return l1.sendAndWait(from.credentials(),
        L1Transaction.call(bridge, BridgeContract.deposit(from.address())).withValue(amount));
  }

  @Test
  void knowsTheChainIdOfTheDevnet() {
    assertThat(l1.chainId()).isEqualTo(DevnetConfig.DEFAULT_CHAIN_ID);
  }

  @Test
  void sendsATransferAndReturnsItsReceiptOnceMined() throws Exception {
    final BigInteger before = l1.balance(BOB.address());

    final L1Receipt receipt = l1.sendAndWait(ALICE.credentials(), L1Transaction.transfer(BOB.address(), ETHER));

    assertThat(receipt.success()).isTrue();
    assertThat(receipt.gasUsed()).isEqualTo(21_000);
    assertThat(receipt.blockNumber()).isEqualTo(l1.latestBlock().number());
    assertThat(receipt.blockHash()).isEqualTo(l1.latestBlock().hash());
    assertThat(l1.balance(BOB.address())).isEqualTo(before.add(ETHER));
    assertThat(l1.receipt(receipt.transactionHash())).contains(receipt);
  }

  @Test
  void signsATransactionThatNamesItsNonceWithItAndSendsTheNextTryOfThatNonceNever() throws Exception {
    final long nonce = l1.nonce(ALICE.address());
    final L1Transaction transfer = L1Transaction.transfer(BOB.address(), ETHER).withNonce(nonce);

    l1.sendAndWait(ALICE.credentials(), transfer);

    assertThat(l1.nonce(ALICE.address())).isEqualTo(nonce + 1);
    final BigInteger bob = l1.balance(BOB.address());
    assertThatThrownBy(() -> l1.sendAndWait(ALICE.credentials(), transfer)).isInstanceOf(L1Exception.class)
        .hasMessageContaining("nonce");
    assertThat(l1.balance(BOB.address())).as("not paid twice").isEqualTo(bob);
    l1.sendAndWait(ALICE.credentials(), L1Transaction.transfer(BOB.address(), ETHER)); // unpinned: the next nonce
    assertThat(l1.nonce(ALICE.address())).isEqualTo(nonce + 2);
  }

  @Test
  void deploysAContractFromItsCreationCode() throws Exception {
    final Address rollup = deployRollup();

    assertThat(devnet.code(rollup)).isNotEmpty();
    assertThat(devnet.code(bridgeOf(rollup))).isNotEmpty();
  }

  @Test
  void refusesATransactionThatWouldRevertBeforeSendingIt() throws Exception {
    final Address bridge = bridgeOf(deployRollup());
    final long blocksBefore = l1.latestBlock().number();

    final L1RevertException revert = catchThrowableOfType(L1RevertException.class,
        () -> l1.sendAndWait(ALICE.credentials(), L1Transaction.call(bridge, BridgeContract.deposit(BOB.address()))));

    assertThat(revert.error()).hasValueSatisfying(error -> assertThat(error.name()).isEqualTo("EmptyDeposit"));
    assertThat(revert.transactionHash()).isEmpty();
    assertThat(revert.getMessage()).contains("EmptyDeposit()", "mini-rollup/contracts/");
    assertThat(l1.latestBlock().number()).isEqualTo(blocksBefore);
  }

  @Test
  void givesATransactionThatNeedsMoreGasThanItUsesEnoughAndMinesItOnce() throws Exception {
    // runtime code that reverts unless it starts with at least 100,000 gas left, and stops otherwise:
    // it uses a few gas, so a limit guessed from the gas it used is far too little
    final Address hungry = l1.deploy(OPERATOR,
        HexFormat.of().parseHex("6010600c60003960106000f3" + "620186a05a10600a57005b60006000fd")).contractAddress();
    final long blocksBefore = l1.latestBlock().number();

    final L1Receipt receipt = l1.sendAndWait(ALICE.credentials(), L1Transaction.call(hungry, new byte[0]));

    assertThat(receipt.success()).isTrue();
    assertThat(l1.latestBlock().number()).isEqualTo(blocksBefore + 1);
    assertThat(devnet.transaction(receipt.transactionHash().toArray()).orElseThrow().transaction().gasLimit())
        .isGreaterThan(BigInteger.valueOf(121_000));
  }

  @Test
  void raisesTheDecodedCustomErrorOfATransactionThatRevertedOnChain() throws Exception {
    final Address bridge = bridgeOf(deployRollup());

    final L1RevertException revert = catchThrowableOfType(L1RevertException.class,
        () -> l1.sendAndWait(ALICE.credentials(),
            L1Transaction.call(bridge, BridgeContract.deposit(BOB.address())).withGasLimit(100_000)));

    assertThat(revert.error()).hasValueSatisfying(error -> assertThat(error.name()).isEqualTo("EmptyDeposit"));
    final Bytes32 hash = revert.transactionHash().orElseThrow();
    assertThat(l1.receipt(hash)).hasValueSatisfying(receipt -> assertThat(receipt.success()).isFalse());
  }

  @Test
  void callsAViewFunctionAtTheLatestOrAnEarlierBlock() throws Exception {
    final Address bridge = bridgeOf(deployRollup());
    final long beforeDeposit = l1.latestBlock().number();
    deposit(bridge, ALICE, ETHER);

    assertThat(view(bridge, BridgeContract.DEPOSIT_COUNT).get(0).getValue()).isEqualTo(BigInteger.ONE);
    assertThat(BridgeContract.DEPOSIT_COUNT.decode(l1.call(bridge, BridgeContract.DEPOSIT_COUNT.encode(), beforeDeposit))
        .get(0).getValue()).isEqualTo(BigInteger.ZERO);
  }

  @Test
  void raisesTheDecodedCustomErrorOfARevertingCall() throws Exception {
    final Address bridge = bridgeOf(deployRollup());

    final L1RevertException revert = catchThrowableOfType(L1RevertException.class,
        () -> l1.call(bridge, BridgeContract.deposit(BOB.address())));

    assertThat(revert.error()).hasValueSatisfying(error -> assertThat(error.name()).isEqualTo("EmptyDeposit"));
  }

  @Test
  void filtersLogsByContractEventAndBlockRange() throws Exception {
    final Address bridge = bridgeOf(deployRollup());
    final L1Receipt first = deposit(bridge, ALICE, ETHER);
    final L1Receipt second = deposit(bridge, BOB, ETHER.add(ETHER));

    final List<L1Log> all = l1.logs(L1LogFilter.event(bridge, BridgeContract.DEPOSIT_QUEUED, 0, second.blockNumber()));
    final List<L1Log> later = l1.logs(
        L1LogFilter.event(bridge, BridgeContract.DEPOSIT_QUEUED, first.blockNumber() + 1, second.blockNumber()));
    final List<L1Log> bobs = l1.logs(new L1LogFilter(bridge,
        Arrays.asList(BridgeContract.DEPOSIT_QUEUED.topic(), null, BOB.address().toWord()), 0, second.blockNumber()));

    assertThat(all).extracting(L1Log::transactionHash).containsExactly(first.transactionHash(), second.transactionHash());
    assertThat(later).extracting(L1Log::transactionHash).containsExactly(second.transactionHash());
    assertThat(bobs).extracting(L1Log::transactionHash).containsExactly(second.transactionHash());
    assertThat(l1.logs(L1LogFilter.event(ALICE.address(), BridgeContract.DEPOSIT_QUEUED, 0, second.blockNumber())))
        .isEmpty();
  }

  @Test
  void givesEveryLogOfAContractWhenNoTopicIsNamed() throws Exception {
    final Address rollup = deployRollup();
    final L1Receipt registered = l1.sendAndWait(BOB.credentials(),
        L1Transaction.call(rollup, OptimisticRollupContract.REGISTER_PROPOSER.encode()).withValue(ETHER));

    final List<L1Log> logs = l1.logs(new L1LogFilter(rollup, List.of(), 0, registered.blockNumber()));

    assertThat(logs).extracting(l -> l.log().topics().get(0))
        .containsExactly(OptimisticRollupContract.PROPOSER_REGISTERED.topic());
  }

  @Test
  void movesTheL1ClockWithTheNextBlock() throws Exception {
    final L1Block before = l1.latestBlock();

    l1.increaseTime(7 * 24 * 3600);
    final L1Block mined = l1.mine();

    assertThat(mined.number()).isEqualTo(before.number() + 1);
    assertThat(mined.timestamp()).isGreaterThanOrEqualTo(before.timestamp() + 7 * 24 * 3600);
    assertThat(l1.latestBlock()).isEqualTo(mined);
    assertThat(l1.block(before.number())).isEqualTo(before);
  }

  @Test
  void readsBackADepositAsTheBridgeEmittedIt() throws Exception {
    final Address bridge = bridgeOf(deployRollup());
    final L1Receipt receipt = deposit(bridge, ALICE, ETHER);

    final List<L1Log> logs =
        l1.logs(L1LogFilter.event(bridge, BridgeContract.DEPOSIT_QUEUED, receipt.blockNumber(), receipt.blockNumber()));

    assertThat(logs).hasSize(1);
    final List<Type> deposit = BridgeContract.DEPOSIT_QUEUED.decode(logs.get(0).log()).orElseThrow();
    assertThat(deposit).extracting(Type::getValue).containsExactly(
        BigInteger.ZERO, ALICE.address().toHex(), ALICE.address().toHex(), ETHER);
    assertThat(BridgeContract.DEPOSIT_QUEUED.findIn(receipt.logs())).contains(deposit);
    assertThat(logs.get(0).blockHash()).isEqualTo(receipt.blockHash());
  }

  @Test
  void returnsTheInputOfAMinedTransactionAsItWasSent() throws Exception {
    final Address bridge = bridgeOf(deployRollup());
    final L1Receipt receipt = deposit(bridge, ALICE, ETHER);

    assertThat(l1.transactionInput(receipt.transactionHash())).isEqualTo(BridgeContract.deposit(ALICE.address()));
  }

  @Test
  void refusesTheInputOfATransactionItDoesNotKnow() {
    final Bytes32 unknown = Bytes32.of(BigInteger.valueOf(0xdead));

    final L1Exception error = catchThrowableOfType(L1Exception.class, () -> l1.transactionInput(unknown));

    assertThat(error).hasMessageContaining(unknown.toHex());
  }

  @Test
  void findsASendersTransactionsWithTheirRecipientNonceAndPlaceInTheBlock() throws Exception {
    l1.sendAndWait(ALICE.credentials(), L1Transaction.transfer(BOB.address(), BigInteger.ONE));
    l1.sendAndWait(BOB.credentials(), L1Transaction.transfer(ALICE.address(), BigInteger.ONE));
    final L1Receipt second = l1.sendAndWait(ALICE.credentials(),
        L1Transaction.call(BOB.address(), new byte[] {1, 2, 3}));

    final List<L1SentTransaction> sent = l1.transactionsFrom(ALICE.address(), 0, l1.latestBlock().number());

    assertThat(sent).extracting(L1SentTransaction::nonce, L1SentTransaction::to, L1SentTransaction::index)
        .containsExactly(tuple(0L, BOB.address(), 0), tuple(1L, BOB.address(), 0));
    assertThat(sent.get(1).hash()).isEqualTo(second.transactionHash());
    assertThat(sent.get(1).blockNumber()).isEqualTo(second.blockNumber());
    assertThat(sent.get(1).data()).containsExactly(1, 2, 3);
    assertThat(sent).allSatisfy(tx -> assertThat(tx.from()).isEqualTo(ALICE.address()));
    assertThat(l1.transactionsFrom(ALICE.address(), second.blockNumber() + 1, second.blockNumber() + 5)).isEmpty();
  }

  /** A contract shown these checks them against the block hash: {@code L1InclusionProof}. */
  @Test
  void givesABlocksHeaderAsItsHashCommitsToAndItsTransactionsAsSigned() throws Exception {
    final L1Receipt receipt = l1.sendAndWait(ALICE.credentials(), L1Transaction.transfer(BOB.address(), BigInteger.TEN));
    final long number = receipt.blockNumber();

    assertThat(Keccak.hash(l1.rawHeader(number))).isEqualTo(l1.block(number).hash().toArray());
    final List<byte[]> signed = l1.rawTransactions(number);
    assertThat(signed).hasSize(1);
    assertThat(Keccak.hash(signed.get(0))).isEqualTo(receipt.transactionHash().toArray());
    assertThat(OrderedTrie.root(signed)).isEqualTo(BlockHeader.decode(l1.rawHeader(number)).transactionsRoot());
    assertThatThrownBy(() -> l1.rawHeader(number + 1)).isInstanceOf(L1Exception.class);
  }
}
