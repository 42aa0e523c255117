package io.rolluplab.rollup.derivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.contracts.BatchClaim;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.derivation.L1Fact.BatchFinalized;
import io.rolluplab.rollup.derivation.L1Fact.BatchSent;
import io.rolluplab.rollup.derivation.L1Fact.DepositSeen;
import io.rolluplab.rollup.derivation.L1Fact.RootProposed;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.execution.ItemOutcome;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.L2State;
import io.rolluplab.rollup.state.Withdrawal;
import io.rolluplab.rollup.sequencer.L2Wallet;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivedChainTest {
  static final long CHAIN_ID = 901;
  static final BigInteger ETHER = L2Wallet.ETHER;
  static final long FEE_PER_BYTE = 16;

  static final Address INBOX = OptimisticRollupContract.batchInbox(CHAIN_ID);
  static final long DELAY = 24 * 3600;

  final L2Wallet alice = L2Wallet.of(1, CHAIN_ID);
  final Address bob = L2Wallet.of(2, CHAIN_ID).address();
  final DerivedChain chain = new DerivedChain(CHAIN_ID, new BatchRules(INBOX, DELAY));
  long nextBlock = 10;

  /** The timestamp of L1 block {@code block}: 12 seconds a block. */
  static long time(final long block) {
    return 1_700_000_000L + 12 * block;
  }

  DepositSeen deposit(final long index, final Address to, final BigInteger amount) {
    final long block = nextBlock++;
    return new DepositSeen(new Deposit(index, to, to, amount), block, time(block));
  }

  BatchSent batch(final long batchIndex, final long firstDeposit, final long depositCount, final byte[]... bodies) {
    final List<BatchItem> items = new ArrayList<>();
    for (long i = 0; i < depositCount; i++) {
      items.add(BatchItem.deposit(firstDeposit + i));
    }
    for (final byte[] body : bodies) {
      items.add(new BatchItem(body));
    }
    return sent(batchIndex, new BatchData(FEE_PER_BYTE, items).encode(), INBOX);
  }

  /** The batcher's transaction {@code batchIndex} with {@code data}, to {@code to}, in the next block. */
  BatchSent sent(final long batchIndex, final byte[] data, final Address to) {
    final long block = nextBlock++;
    return new BatchSent(batchIndex, data, to, Bytes32.of(BigInteger.valueOf(1000 + batchIndex)), block, 0,
        time(block));
  }

  /** Alice has 10 ether on L2 (deposit 0, batch 0), then sends Bob 1 ether (batch 1). */
  void twoBatches() {
    chain.accept(deposit(0, alice.address(), ETHER.multiply(BigInteger.TEN)));
    chain.accept(batch(0, 0, 1));
    chain.accept(batch(1, 1, 0, alice.transfer(0, bob, ETHER), alice.transfer(1, bob, ETHER)));
  }

  @Test
  void executesEachPostedBatchAndGivesTheRootAfterEveryItem() {
    twoBatches();

    assertThat(chain.executedCount()).isEqualTo(2);
    final ExecutedBatch second = chain.batch(1).orElseThrow();
    assertThat(second.roots()).hasSize(3);
    assertThat(second.preRoot()).isEqualTo(chain.batch(0).orElseThrow().postRoot());
    assertThat(second.postRoot()).isEqualTo(chain.state().root());
    assertThat(chain.state().balance(bob)).isEqualTo(ETHER.multiply(BigInteger.TWO));
    assertThat(chain.state().nonce(alice.address())).isEqualTo(2);
  }

  @Test
  void computesTheSameRootsAsTheStateMachineRunningTheItemsByItself() {
    twoBatches();

    final L2StateMachine alone = new L2StateMachine(new L2State(), CHAIN_ID,
        index -> new Deposit(0, alice.address(), alice.address(), ETHER.multiply(BigInteger.TEN)));
    final List<Bytes32> roots = new ArrayList<>();
    for (final long index : List.of(0L, 1L)) {
      final BatchData data = chain.batch(index).orElseThrow().data();
      for (final BatchItem item : data.items()) {
        roots.add(alone.apply(item, data.l1FeePerByte()).postRoot());
      }
    }
    assertThat(roots).containsExactly(chain.batch(0).orElseThrow().root(1), chain.batch(1).orElseThrow().root(1),
        chain.batch(1).orElseThrow().root(2));
  }

  @Test
  void replaysAnItemWithTheWitnessOfItsOneStepProof() {
    twoBatches();
    final ExecutedBatch second = chain.batch(1).orElseThrow();

    final ItemOutcome outcome = chain.replay(1, 1);

    assertThat(outcome.applied()).isTrue();
    assertThat(outcome.preRoot()).isEqualTo(second.root(1));
    assertThat(outcome.postRoot()).isEqualTo(second.root(2));
    final Account senderBefore = outcome.witness().sender().account();
    assertThat(senderBefore.nonce()).isEqualTo(1);
    assertThat(outcome.witness().sender().proof().verifies(second.root(1), Account.key(alice.address()),
        senderBefore.leafValue(alice.address()))).isTrue();
  }

  @Test
  void keepsTheSignerItRecoveredForEachItemToExecuteTheBatchAgainWithout() {
    twoBatches();

    assertThat(chain.batch(0).orElseThrow().signer(0)).as("a deposit has no signer").isNull();
    final ExecutedBatch second = chain.batch(1).orElseThrow();
    assertThat(second.signer(0)).isEqualTo(alice.address());
    assertThat(second.signer(1)).isEqualTo(alice.address());
    assertThat(second.root(1)).as("the inner roots, from executing the batch again")
        .isEqualTo(chain.replay(1, 0).postRoot());
  }

  @Test
  void forgetsTheItemsOfAFinalBatchAndReplaysLaterOnesFromTheSettledState() {
    twoBatches();
    final ExecutedBatch second = chain.batch(1).orElseThrow();

    chain.accept(new BatchFinalized(0, chain.batch(0).orElseThrow().postRoot(), nextBlock++));

    assertThat(chain.settledCount()).isEqualTo(1);
    assertThat(chain.batch(0)).isEmpty();
    assertThat(chain.batch(1)).contains(second);
    assertThat(chain.replay(1, 0).postRoot()).isEqualTo(second.root(1));
    assertThatThrownBy(() -> chain.replay(0, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batch 0 is final");
  }

  @Test
  void ignoresClaimsAboutRootsWhetherTheyAreRightOrWrong() {
    twoBatches();
    final Bytes32 root = chain.state().root();

    chain.accept(new RootProposed(1, bob, Bytes32.of(BigInteger.ONE), 2_000_000_000L, 1,
        new BatchClaim(Bytes32.ZERO, 7, 0, 0, 0, Bytes32.ZERO), nextBlock++));

    assertThat(chain.state().root()).isEqualTo(root);
    assertThat(chain.executedCount()).isEqualTo(2);
  }

  /** An L1Reader hands a fact again when its handler threw after the chain took it. */
  @Test
  void takesTheSameBatchGivenAgainAsNothingNew() {
    twoBatches();
    final BatchSent again = batch(1, 1, 0, alice.transfer(0, bob, ETHER), alice.transfer(1, bob, ETHER));
    final Bytes32 root = chain.state().root();

    chain.accept(again);

    assertThat(chain.executedCount()).isEqualTo(2);
    assertThat(chain.state().root()).isEqualTo(root);
    assertThatThrownBy(() -> chain.accept(batch(1, 1, 0, alice.transfer(2, bob, ETHER))))
        .as("another batch under an index already executed is still a missed fact")
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("batch 1 arrived");
  }

  @Test
  void refusesABatchThatSkipsOneBecauseAFactWasMissed() {
    chain.accept(deposit(0, alice.address(), ETHER));

    assertThatThrownBy(() -> chain.accept(batch(1, 0, 1))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("batch 1 arrived, but the next batch to execute is 0");
  }

  @Test
  void provesAWithdrawalAgainstThePostRootOfTheBatchThatWroteIt() {
    chain.accept(deposit(0, alice.address(), ETHER.multiply(BigInteger.TEN)));
    chain.accept(batch(0, 0, 1, alice.transfer(0, L2StateMachine.WITHDRAWAL_ADDRESS, ETHER)));
    chain.accept(batch(1, 1, 0, alice.transfer(1, bob, ETHER)));
    final Withdrawal withdrawal = new Withdrawal(alice.address(), alice.address(), ETHER, 0);
    final Bytes32 hash = withdrawal.hash();

    final var proof = chain.withdrawalProof(0, hash).orElseThrow();

    assertThat(proof.verifies(chain.batch(0).orElseThrow().postRoot(), hash, hash)).isTrue();
    assertThat(proof.verifies(chain.batch(1).orElseThrow().postRoot(), hash, hash)).isFalse();
    assertThat(chain.withdrawalProof(1, hash)).isEmpty();
    assertThat(chain.withdrawals(0)).extracting(DerivedChain.ProvenWithdrawal::withdrawal).containsExactly(withdrawal);
  }

  @Test
  void keepsWithdrawalProofsAfterTheirBatchIsFinal() {
    chain.accept(deposit(0, alice.address(), ETHER.multiply(BigInteger.TEN)));
    chain.accept(batch(0, 0, 1, alice.transfer(0, L2StateMachine.WITHDRAWAL_ADDRESS, ETHER)));
    final Bytes32 postRoot = chain.batch(0).orElseThrow().postRoot();
    final Bytes32 hash = new Withdrawal(alice.address(), alice.address(), ETHER, 0).hash();

    chain.accept(new BatchFinalized(0, postRoot, nextBlock++));

    assertThat(chain.withdrawalProof(0, hash)).hasValueSatisfying(p -> assertThat(p.verifies(postRoot, hash, hash)).isTrue());
  }

  @Test
  void countsABatchThatDoesNotReadAsEmptyAndGoesOn() {
    chain.accept(deposit(0, alice.address(), ETHER.multiply(BigInteger.TEN)));
    chain.accept(sent(0, new byte[] {1, 2, 3}, INBOX));
    final Bytes32 root = chain.state().root();

    final ExecutedBatch empty = chain.batch(0).orElseThrow();
    assertThat(empty.valid()).isFalse();
    assertThat(empty.invalidReason()).startsWith("its data does not read: ");
    assertThat(empty.itemCount()).isZero();
    assertThat(empty.depositCount()).isZero();
    assertThat(empty.postRoot()).isEqualTo(empty.preRoot()).isEqualTo(root);
    assertThat(empty.claim(5)).isEqualTo(new BatchClaim(empty.dataHash(), 0, 0, empty.l1Timestamp(), 5, Bytes32.ZERO));

    chain.accept(batch(1, 0, 1, alice.transfer(0, bob, ETHER)));
    assertThat(chain.batch(1).orElseThrow().valid()).as("the next batch consumes deposit #0, not consumed before").isTrue();
    assertThat(chain.state().balance(bob)).isEqualTo(ETHER);
  }

  @Test
  void countsABatchSentElsewhereThanTheInboxAsEmpty() {
    chain.accept(deposit(0, alice.address(), ETHER));
    final byte[] data = batch(0, 0, 1).data();

    chain.accept(sent(0, data, bob));

    assertThat(chain.batch(0).orElseThrow().invalidReason()).isEqualTo("the batcher sent it to " + bob
        + ", not to the inbox " + INBOX);
    assertThat(chain.state().balance(alice.address())).isZero();
  }

  @Test
  void countsABatchNamingADepositNotQueuedBeforeItAsEmpty() {
    final BatchSent early = batch(0, 0, 1);

    chain.accept(early);

    assertThat(chain.batch(0).orElseThrow().invalidReason()).isEqualTo("it names deposit #0, which L1 had not queued"
        + " before the batch's block (L1 second " + early.l1Timestamp() + ")");
    chain.accept(new DepositSeen(new Deposit(0, bob, bob, ETHER), nextBlock, time(nextBlock)));
    final BatchSent sameBlock = new BatchSent(1, early.data(), INBOX, Bytes32.of(BigInteger.TEN), nextBlock, 1,
        time(nextBlock));
    chain.accept(sameBlock);
    assertThat(chain.batch(1).orElseThrow().valid()).as("a deposit of the batch's own block is not before it").isFalse();
    nextBlock++;
    chain.accept(sent(2, early.data(), INBOX));
    assertThat(chain.batch(2).orElseThrow().valid()).isTrue();
    assertThat(chain.state().balance(bob)).isEqualTo(ETHER);
  }

  @Test
  void countsABatchThatLeavesAnOverdueDepositOutAsEmpty() {
    chain.accept(deposit(0, bob, ETHER));
    nextBlock += DELAY / 12 + 1; // the deposit is overdue from here on
    chain.accept(batch(0, 0, 0, alice.transfer(0, bob, ETHER)));

    assertThat(chain.batch(0).orElseThrow().invalidReason()).isEqualTo("it leaves out deposit #0, overdue since L1"
        + " second " + (time(10) + DELAY) + " (force inclusion)");
    chain.accept(batch(1, 0, 1));
    assertThat(chain.batch(1).orElseThrow().valid()).isTrue();
    assertThat(chain.state().balance(bob)).isEqualTo(ETHER);
  }

  @Test
  void countsABatchWhoseDepositsAreOutOfQueueOrderAsEmpty() {
    chain.accept(deposit(0, bob, ETHER));
    chain.accept(deposit(1, bob, ETHER));

    chain.accept(sent(0, new BatchData(FEE_PER_BYTE, List.of(BatchItem.deposit(1))).encode(), INBOX));

    assertThat(chain.batch(0).orElseThrow().invalidReason()).contains("one names #1 where #0 is next");
  }
}
