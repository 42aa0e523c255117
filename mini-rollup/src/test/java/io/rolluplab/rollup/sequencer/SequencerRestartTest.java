package io.rolluplab.rollup.sequencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.l2tx.CompactTransfer;
import io.rolluplab.rollup.sequencer.SequencerEvent.DepositQueued;
import io.rolluplab.rollup.sequencer.SequencerFixture.FakeClock;
import io.rolluplab.rollup.sequencer.SequencerFixture.Recorder;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.L2BlockTable;
import io.rolluplab.rollup.store.RollupStore;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A sequencer started again on the store of an earlier one carries on where that one stopped. */
class SequencerRestartTest {
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");

  private final RollupStore store = RollupStore.inMemory();
  private final FakeClock clock = new FakeClock();
  private final Recorder events = new Recorder();
  private final L2Wallet alice = L2Wallet.of(1, SequencerFixture.CHAIN_ID);

  @AfterEach
  void close() {
    store.close();
  }

  private SequencerDriver start() {
    return new SequencerDriver(SequencerConfig.defaults(SequencerFixture.CHAIN_ID),
        L1FeeSource.constant(SequencerFixture.L1_FEE_PER_BYTE), clock, events, new StoredSequencerJournal(store, SequencerFixture.CHAIN_ID));
  }

  private void sealNextBlock(final SequencerDriver sequencer) {
    clock.advance(SequencerConfig.DEFAULT_BLOCK_INTERVAL);
    sequencer.tick();
  }

  @Test
  void readsBlocksOlderThanItKeepsInMemoryBackFromTheStoreAsTheyWereSealed() throws Exception {
    final SequencerDriver sequencer = start();
    sequencer.enqueueDeposit(0, SequencerFixture.L1_USER, alice.address(), L2Wallet.ETHER);
    sequencer.enqueueDeposit(1, SequencerFixture.L1_USER, BOB, BigInteger.ONE);
    sealNextBlock(sequencer);
    final Bytes32 standard = sequencer.submit(alice.standardTransfer(0, BOB, L2Wallet.GWEI));
    final Bytes32 other = sequencer.submit(alice.transfer(1, BOB, BigInteger.TWO));
    sealNextBlock(sequencer);
    final L2Block sealed = sequencer.head();
    for (int i = 0; i < L2Chain.RECENT_BLOCKS; i++) {
      sequencer.enqueueDeposit(i + 2, SequencerFixture.L1_USER, BOB, BigInteger.ONE);
      sealNextBlock(sequencer);
    }

    // bob has a leaf: the standard transfer names him by a key prefix, which the store's copy of
    // the block cannot resolve any more (the state it was read against is gone)
    assertThat(CompactTransfer.recipientPrefix(sealed.transactions().get(0).item().body())).isNotEmpty();
    final L2Block deposits = sequencer.block(1).orElseThrow();
    assertThat(deposits.deposits()).extracting(d -> d.l2To()).containsExactly(alice.address(), BOB);
    final L2Block read = sequencer.block(sealed.number()).orElseThrow();
    // a Bytes32 keeps its hash code once asked for: compared by value, not field by field
    assertThat(read).usingRecursiveComparison().withEqualsForType(Bytes32::equals, Bytes32.class).isEqualTo(sealed);
    assertThat(sequencer.block(sealed.hash()).map(L2Block::number)).contains(sealed.number());
    assertThat(sequencer.transaction(standard).orElseThrow().block().number()).isEqualTo(sealed.number());
    assertThat(sequencer.transaction(other).orElseThrow().index()).isEqualTo(1);
    assertThat(sequencer.block(sequencer.head().number() + 1)).isEmpty();
  }

  @Test
  void knowsATransactionAgainThatOnlyTheStoreStillHolds() throws Exception {
    final SequencerDriver sequencer = start();
    sequencer.enqueueDeposit(0, SequencerFixture.L1_USER, alice.address(), L2Wallet.ETHER);
    sealNextBlock(sequencer);
    final byte[] sealed = alice.transfer(0, BOB, BigInteger.ONE);
    sequencer.submit(sealed);
    sealNextBlock(sequencer);
    for (int i = 0; i < L2Chain.RECENT_BLOCKS; i++) {
      sequencer.enqueueDeposit(i + 1, SequencerFixture.L1_USER, BOB, BigInteger.ONE);
      sealNextBlock(sequencer);
    }

    assertThatThrownBy(() -> sequencer.submit(sealed)).isInstanceOf(TransactionRejectedException.class)
        .satisfies(e -> assertThat(((TransactionRejectedException) e).reason()).isEqualTo(RejectReason.ALREADY_KNOWN));
    assertThat(sequencer.submit(alice.transfer(1, BOB, BigInteger.ONE))).isNotNull();
    assertThat(sequencer.pendingCount()).isEqualTo(1);
  }

  @Test
  void rebuildsItsBlocksAndStateAndTakesBackTheTransactionsNoBlockHolds() throws Exception {
    final SequencerDriver first = start();
    first.enqueueDeposit(0, SequencerFixture.L1_USER, alice.address(), L2Wallet.ETHER);
    sealNextBlock(first);
    first.submit(alice.transfer(0, BOB, BigInteger.ONE));
    sealNextBlock(first);
    final Bytes32 pending = first.submit(alice.transfer(1, BOB, BigInteger.TWO));
    first.submit(alice.transfer(3, BOB, BigInteger.TEN)); // held back behind nonce 2
    final L2Block head = first.head();

    final SequencerDriver second = start();

    assertThat(second.head().number()).isEqualTo(2);
    assertThat(second.head().hash()).isEqualTo(head.hash());
    assertThat(second.head().stateRoot()).isEqualTo(head.stateRoot());
    assertThat(second.account(BOB, false).balance()).isEqualTo(BigInteger.ONE);
    assertThat(second.pendingCount()).isEqualTo(2);
    assertThat(second.account(alice.address(), true).nonce()).isEqualTo(2);
    sealNextBlock(second);
    assertThat(second.transaction(pending).orElseThrow().block().number()).isEqualTo(3);
    assertThat(second.account(BOB, false).balance()).isEqualTo(BigInteger.valueOf(3));
  }

  @Test
  void sealsAStandardTransferInCompactFormAndFindsItByItsHashAfterARestart() throws Exception {
    final SequencerDriver first = start();
    first.enqueueDeposit(0, SequencerFixture.L1_USER, alice.address(), L2Wallet.ETHER);
    sealNextBlock(first);
    final byte[] signed = alice.standardTransfer(0, BOB, L2Wallet.GWEI);
    final Bytes32 hash = first.submit(signed);
    sealNextBlock(first);

    final L2Block.Included sealed = first.head().transactions().get(0);
    final byte[] item = sealed.item().body();
    assertThat(item[0]).isEqualTo(CompactTransfer.KIND);
    assertThat(item.length).isLessThan(signed.length - 20);
    assertThat(sealed.receipt().fee().l1Data()).isEqualTo(BigInteger.valueOf(SequencerFixture.L1_FEE_PER_BYTE * item.length));

    final SequencerDriver second = start();
    final TransactionLookup restored = second.transaction(hash).orElseThrow();
    assertThat(restored.body()).isEqualTo(signed);
    assertThat(restored.receipt().txHash()).isEqualTo(hash);
    assertThat(second.head().hash()).isEqualTo(first.head().hash());
    assertThat(second.account(BOB, false).balance()).isEqualTo(L2Wallet.GWEI);
  }

  @Test
  void takesBackEveryPendingTransactionOfASenderAcceptedInOneInstantAndSealsEachOnce() throws Exception {
    final SequencerDriver first = start();
    first.enqueueDeposit(0, SequencerFixture.L1_USER, alice.address(), L2Wallet.ETHER);
    sealNextBlock(first);
    // more than a sender may hold back beyond its next nonce, all stored with the same time
    final int count = SequencerDriver.MAX_NONCE_GAP + 6;
    for (int nonce = 0; nonce < count; nonce++) {
      first.submit(alice.transfer(nonce, BOB, BigInteger.ONE));
    }

    final SequencerDriver second = start();

    assertThat(second.pendingCount()).isEqualTo(count);
    assertThat(second.account(alice.address(), true).nonce()).isEqualTo(count);
    while (second.pendingCount() > 0) {
      sealNextBlock(second);
    }
    assertThat(second.account(BOB, false).balance()).isEqualTo(BigInteger.valueOf(count));
    assertThat(second.account(alice.address(), false).nonce()).isEqualTo(count);
  }

  @Test
  void aDepositHandedOverAgainAfterARestartIsNotCountedTwice() {
    final SequencerDriver first = start();
    first.enqueueDeposit(0, SequencerFixture.L1_USER, alice.address(), L2Wallet.ETHER);
    sealNextBlock(first);

    final SequencerDriver second = start();
    events.clear();
    second.enqueueDeposit(0, SequencerFixture.L1_USER, alice.address(), L2Wallet.ETHER);
    sealNextBlock(second);

    assertThat(events.of(DepositQueued.class)).isEmpty();
    assertThat(second.waitingDeposits()).isZero();
    assertThat(second.account(alice.address(), false).balance()).isEqualTo(L2Wallet.ETHER);
  }

  @Test
  void refusesToStartOnABlockWhoseStoredStateRootItDoesNotReach() {
    final SequencerDriver first = start();
    first.enqueueDeposit(0, SequencerFixture.L1_USER, alice.address(), L2Wallet.ETHER);
    sealNextBlock(first);
    final L2Block head = first.head();
    final Bytes32 wrongRoot = Bytes32.ZERO;
    store.l2Blocks().insert(new L2BlockTable.Row(2, head.hash(), head.hash(), wrongRoot,
        head.timestamp().getEpochSecond() + 1, 0, SequencerFixture.L1_FEE_PER_BYTE), List.of());

    assertThatThrownBy(this::start).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot restore stored L2 block 2").hasMessageContaining(wrongRoot.toString());
  }
}
