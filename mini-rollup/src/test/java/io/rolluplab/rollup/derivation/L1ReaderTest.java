package io.rolluplab.rollup.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.contracts.BatchClaim;
import io.rolluplab.rollup.contracts.BridgeContract;
import io.rolluplab.rollup.contracts.DisputeGameContract;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.derivation.L1Fact.BatchDataShown;
import io.rolluplab.rollup.derivation.L1Fact.BatchSent;
import io.rolluplab.rollup.derivation.L1Fact.DataChallengeUnanswered;
import io.rolluplab.rollup.derivation.L1Fact.DataChallenged;
import io.rolluplab.rollup.derivation.L1Fact.DepositSeen;
import io.rolluplab.rollup.derivation.L1Fact.GameResolved;
import io.rolluplab.rollup.derivation.L1Fact.GameStarted;
import io.rolluplab.rollup.derivation.L1Fact.RootProposed;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.node.RollupDeployment;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.abi.datatypes.generated.Uint40;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;

class L1ReaderTest {
  static final Address BATCHER = Address.fromHex("0x00000000000000000000000000000000000000ba");
  static final Address INBOX = OptimisticRollupContract.batchInbox(901);
  /** The batcher's transaction with this nonce is batch 0. */
  static final long FIRST_NONCE = 5;
  static final RollupDeployment CONTRACTS = new RollupDeployment(RollupMode.OPTIMISTIC,
      Address.fromHex("0x00000000000000000000000000000000000001a1"),
      Address.fromHex("0x00000000000000000000000000000000000001b1"),
      Address.fromHex("0x00000000000000000000000000000000000001c1"), null, 0,
      new RollupDeployment.Inbox(BATCHER, INBOX, FIRST_NONCE));
  static final Address PROPOSER = Address.fromHex("0x0000000000000000000000000000000000000099");
  static final Address ALICE = Address.fromHex("0x00000000000000000000000000000000000a11ce");

  final ScriptedL1 l1 = new ScriptedL1();
  final L1Reader reader = new L1Reader(l1, CONTRACTS, 1);
  final byte[] data = new BatchData(16, List.of(BatchItem.deposit(0), new BatchItem(new byte[] {1, 2, 3}))).encode();
  final Bytes32 dataHash = Bytes32.of(BigInteger.valueOf(0xda7a));
  final BatchClaim claim = new BatchClaim(dataHash, 2, 1, 1_700_000_024L, 2, Bytes32.of(BigInteger.TWO));

  void deposit(final long index) {
    final Bytes32 tx = l1.transaction(BridgeContract.deposit(ALICE));
    l1.emit(tx, CONTRACTS.bridge(), BridgeContract.DEPOSIT_QUEUED, new Uint256(index), address(ALICE), address(ALICE),
        new Uint256(BigInteger.TEN));
  }

  @Test
  void readsDepositsAndTheBatchersTransactionsAsBatchesNumberedByNonce() throws Exception {
    deposit(0);
    final Bytes32 first = l1.send(BATCHER, FIRST_NONCE, INBOX, data);
    l1.send(BATCHER, FIRST_NONCE - 1, INBOX, data); // from before the deployment: no batch
    l1.send(ALICE, FIRST_NONCE + 1, INBOX, data); // not the batcher's
    final Bytes32 second = l1.send(BATCHER, FIRST_NONCE + 1, ALICE, new byte[] {7});

    final List<L1Fact> facts = read();

    assertThat(facts).usingRecursiveFieldByFieldElementComparator().containsExactly(
        new DepositSeen(new Deposit(0, ALICE, ALICE, BigInteger.TEN), 1, ScriptedL1.time(1)),
        new BatchSent(0, data, INBOX, first, 2, 0, ScriptedL1.time(2)),
        new BatchSent(1, new byte[] {7}, ALICE, second, 5, 0, ScriptedL1.time(5)));
    assertThat(reader.nextBlock()).isEqualTo(6);
  }

  @Test
  void readsTheFactsOfAllThreeContractsInL1Order() throws Exception {
    final Bytes32 tx = l1.transaction(new byte[0]);
    l1.emit(tx, CONTRACTS.rollup(), OptimisticRollupContract.BATCH_PROPOSED, new Uint256(0), address(PROPOSER),
        bytes32(dataHash), new Uint64(1_700_001_000L), new Uint64(3), bytes32(claim.dataHash()),
        new Uint32(claim.itemCount()), new Uint40(claim.depositCount()), new Uint40(claim.l1Timestamp()),
        new Uint40(claim.anchorBlock()), bytes32(claim.anchorHash()));
    l1.emit(tx, CONTRACTS.disputeGame(), DisputeGameContract.GAME_STARTED, new Uint256(1), new Uint256(0),
        address(PROPOSER), address(ALICE), bytes32(dataHash), bytes32(Bytes32.ZERO), new Uint64(2));
    l1.emit(tx, CONTRACTS.disputeGame(), DisputeGameContract.GAME_RESOLVED, new Uint256(1), new Uint8(1), new Uint8(1),
        address(ALICE));
    l1.emit(tx, CONTRACTS.rollup(), OptimisticRollupContract.DATA_CHALLENGED, new Uint256(3), address(ALICE),
        new Uint64(1_700_003_600L));
    l1.emit(tx, CONTRACTS.rollup(), OptimisticRollupContract.BATCH_DATA_SHOWN, new Uint256(3), new Bool(false),
        bytes32(claim.dataHash()), new Uint32(0), new Uint40(0), new Uint40(claim.l1Timestamp()), new Uint40(0),
        bytes32(Bytes32.ZERO), bytes32(dataHash));
    l1.emit(tx, CONTRACTS.rollup(), OptimisticRollupContract.DATA_CHALLENGE_UNANSWERED, new Uint256(4));

    assertThat(read()).containsExactly(
        new RootProposed(0, PROPOSER, dataHash, 1_700_001_000L, 3, claim, 1),
        new GameStarted(1, 0, PROPOSER, ALICE, dataHash, Bytes32.ZERO, 2, tx, 1),
        new GameResolved(1, true, true, ALICE, tx, 1),
        new DataChallenged(3, ALICE, 1_700_003_600L, 1),
        new BatchDataShown(3, false, new BatchClaim(dataHash, 0, 0, claim.l1Timestamp(), 0, Bytes32.ZERO), tx, 1),
        new DataChallengeUnanswered(4, 1));
  }

  @Test
  void readsEachBlockOnce() throws Exception {
    deposit(0);
    assertThat(read()).hasSize(1);
    assertThat(read()).isEmpty();

    deposit(1);
    assertThat(read()).extracting(L1Fact::l1Block).containsExactly(2L);
  }

  @Test
  void catchesUpOnALongChainOneBoundedRangeAtATime() throws Exception {
    deposit(0);
    l1.mineEmptyBlocks(L1Reader.MAX_BLOCKS_PER_READ + 500);
    deposit(1);

    assertThat(read()).extracting(L1Fact::l1Block).containsExactly(1L);
    assertThat(reader.caughtUp()).isFalse();
    assertThat(reader.nextBlock()).isEqualTo(1 + L1Reader.MAX_BLOCKS_PER_READ);

    assertThat(read()).extracting(L1Fact::l1Block).containsExactly(L1Reader.MAX_BLOCKS_PER_READ + 502L);
    assertThat(reader.caughtUp()).isTrue();
  }

  @Test
  void readsTheSameBlocksAgainAfterAFailedQuery() throws Exception {
    deposit(0);
    l1.failNextQuery();

    assertThatThrownBy(this::read).isInstanceOf(L1Exception.class);
    assertThat(read()).hasSize(1);
  }

  /**
   * A role whose handling throws on the second of three facts (a store write failed): the next
   * read hands it that fact and the third again, and not the first, which it had finished.
   */
  @Test
  void aHandlerThrowingPartWayGetsTheFactItThrewOnAndTheRestAgainButNotThoseItFinished() throws Exception {
    deposit(0);
    deposit(1);
    deposit(2);
    final List<Long> handled = new ArrayList<>();
    final boolean[] failed = {false};
    final L1Reader.Handler failsOnceOnTheSecond = fact -> {
      final long index = ((DepositSeen) fact).index();
      if (index == 1 && !failed[0]) {
        failed[0] = true;
        throw new L1Exception("the store could not write deposit #1");
      }
      handled.add(index);
    };

    assertThatThrownBy(() -> reader.read(failsOnceOnTheSecond)).hasMessageContaining("deposit #1");
    assertThat(reader.nextBlock()).as("not past the blocks of facts not handled").isEqualTo(1);
    assertThat(reader.caughtUp()).isFalse();
    reader.read(failsOnceOnTheSecond);

    assertThat(handled).containsExactly(0L, 1L, 2L);
    assertThat(reader.nextBlock()).isEqualTo(4);
    assertThat(reader.caughtUp()).isTrue();
  }

  /** The facts the next read hands over, each handled by being kept. */
  private List<L1Fact> read() throws L1Exception {
    final List<L1Fact> facts = new ArrayList<>();
    reader.read(facts::add);
    return facts;
  }

  static org.web3j.abi.datatypes.Address address(final Address address) {
    return new org.web3j.abi.datatypes.Address(address.toHex());
  }

  static org.web3j.abi.datatypes.generated.Bytes32 bytes32(final Bytes32 value) {
    return new org.web3j.abi.datatypes.generated.Bytes32(value.toArray());
  }
}
