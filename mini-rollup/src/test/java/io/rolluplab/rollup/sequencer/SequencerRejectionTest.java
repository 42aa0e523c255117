package io.rolluplab.rollup.sequencer;

import static io.rolluplab.rollup.sequencer.L2Wallet.ETHER;
import static io.rolluplab.rollup.sequencer.L2Wallet.GAS;
import static io.rolluplab.rollup.sequencer.L2Wallet.GWEI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.sequencer.SequencerEvent.TransactionRejected;
import java.math.BigInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.RawTransaction;

/** Each rule of L2-RULES.md §3, and the mempool's own limits, refuse a transaction at submission. */
class SequencerRejectionTest {
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");
  private static final long CHAIN_ID = SequencerFixture.CHAIN_ID;

  private final L2Wallet alice = L2Wallet.of(1, CHAIN_ID);
  private SequencerFixture f;

  @BeforeEach
  void fundAlice() {
    f = new SequencerFixture();
    f.fund(BigInteger.ONE, alice);
    f.events.clear();
  }

  @Test
  void rejectsATransactionSignedForAnotherChain() {
    final L2Wallet onL1 = new L2Wallet(alice.credentials(), 1);
    assertRejected(onL1.transfer(0, BOB, BigInteger.ONE), RejectReason.WRONG_CHAIN_ID, "chain id 1, expected 901");
  }

  @Test
  void rejectsANonceAlreadyUsed() throws Exception {
    f.sequencer.submit(alice.transfer(0, BOB, BigInteger.ONE));
    f.sealNextBlock();
    assertRejected(alice.transfer(0, BOB, BigInteger.TWO), RejectReason.NONCE_TOO_LOW, "the sender's next is 1");
  }

  @Test
  void rejectsASecondTransactionForANoncePending() throws Exception {
    f.sequencer.submit(alice.transfer(0, BOB, BigInteger.ONE));
    assertRejected(alice.transfer(0, BOB, BigInteger.TWO), RejectReason.NONCE_ALREADY_PENDING, "already pending");
  }

  @Test
  void rejectsANonceFarBeyondTheGapTheMempoolHolds() {
    assertRejected(alice.transfer(SequencerDriver.MAX_NONCE_GAP + 1, BOB, BigInteger.ONE),
        RejectReason.NONCE_TOO_FAR_AHEAD, "send the missing nonces first");
  }

  @Test
  void rejectsATransferTheSenderCannotPay() {
    final L2Wallet broke = L2Wallet.of(9, CHAIN_ID);
    assertRejected(broke.transfer(0, BOB, BigInteger.ONE), RejectReason.INSUFFICIENT_BALANCE, "deposit more from L1");
  }

  @Test
  void countsPendingTransactionsAgainstTheBalance() throws Exception {
    final BigInteger sixTenths = ETHER.multiply(BigInteger.valueOf(6)).divide(BigInteger.TEN);
    f.sequencer.submit(alice.transfer(0, BOB, sixTenths));
    assertRejected(alice.transfer(1, BOB, sixTenths), RejectReason.INSUFFICIENT_BALANCE, "value + fee");
  }

  @Test
  void rejectsAFeeCapBelowTheL2BaseFee() {
    final BigInteger halfGwei = GWEI.divide(BigInteger.TWO);
    final byte[] tx = alice.sign(RawTransaction.createTransaction(CHAIN_ID, BigInteger.ZERO, GAS, BOB.toHex(),
        BigInteger.ONE, "", BigInteger.ZERO, halfGwei));
    assertRejected(tx, RejectReason.FEE_CAP_TOO_LOW, "at least the L2 base fee of 1 gwei");
  }

  @Test
  void rejectsAGasLimitBelowATransfersGas() {
    final byte[] tx = alice.sign(RawTransaction.createTransaction(CHAIN_ID, BigInteger.ZERO, BigInteger.valueOf(20_000),
        BOB.toHex(), BigInteger.ONE, "", GWEI, GWEI.multiply(BigInteger.TEN)));
    assertRejected(tx, RejectReason.GAS_LIMIT_TOO_LOW, "gas limit 20000 < 21000");
  }

  @Test
  void rejectsATransactionCarryingData() {
    final byte[] tx = alice.sign(RawTransaction.createTransaction(CHAIN_ID, BigInteger.ZERO, GAS, BOB.toHex(),
        BigInteger.ONE, "0x1234", GWEI, GWEI.multiply(BigInteger.TEN)));
    assertRejected(tx, RejectReason.MALFORMED, "send a plain value transfer");
  }

  @Test
  void rejectsASignatureWithAHighS() {
    assertRejected(alice.withHighS(0, BOB), RejectReason.BAD_SIGNATURE, "low s (EIP-2)");
  }

  @Test
  void rejectsTheSameTransactionTwice() throws Exception {
    final byte[] tx = alice.transfer(0, BOB, BigInteger.ONE);
    f.sequencer.submit(tx);
    assertRejected(tx, RejectReason.ALREADY_KNOWN, "already known");
    assertThat(f.sequencer.pendingCount()).isEqualTo(1);
  }

  @Test
  void rejectsEverythingOnceStopped() {
    f.sequencer.stop();
    assertRejected(alice.transfer(0, BOB, BigInteger.ONE), RejectReason.NOT_ACCEPTING, "stopped");
  }

  /** Rejected for {@code reason}, with a message holding {@code words}; nothing entered the pool. */
  private void assertRejected(final byte[] tx, final RejectReason reason, final String words) {
    final int pendingBefore = f.sequencer.pendingCount();
    final TransactionRejectedException e =
        catchThrowableOfType(TransactionRejectedException.class, () -> f.sequencer.submit(tx));
    assertThat(e).as("rejected").isNotNull();
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.getMessage()).contains(words).endsWith(reason.advice());
    assertThat(f.sequencer.pendingCount()).isEqualTo(pendingBefore);
    assertThat(f.events.of(TransactionRejected.class)).last().satisfies(r -> assertThat(r.reason()).isEqualTo(reason));
  }
}
