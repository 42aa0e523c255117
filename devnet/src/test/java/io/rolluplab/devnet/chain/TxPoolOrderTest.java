package io.rolluplab.devnet.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.tx.Transaction;
import io.rolluplab.devnet.tx.TransactionType;
import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class TxPoolOrderTest {
  private static final BigInteger BASE_FEE = BigInteger.valueOf(100);
  private static final Address ALICE = Address.fromLong(0xA);
  private static final Address BOB = Address.fromLong(0xB);

  private static Transaction tx(final Address sender, final long nonce, final long tip, final long feeCap) {
    return new Transaction(TransactionType.EIP1559, 31337L, BigInteger.valueOf(nonce), BigInteger.valueOf(tip),
        BigInteger.valueOf(feeCap), BigInteger.valueOf(21_000), BOB, BigInteger.ONE, new byte[0], List.of(),
        sender, new byte[0], new byte[32]);
  }

  @Test
  void putsTheHighestTipFirst() {
    final Transaction cheap = tx(ALICE, 0, 1, 1_000);
    final Transaction generous = tx(BOB, 0, 50, 1_000);

    assertThat(TxPool.blockOrder(List.of(cheap, generous), BASE_FEE)).containsExactly(generous, cheap);
  }

  @Test
  void keepsEachSendersNoncesInOrderEvenWhenALaterOneTipsMore() {
    final Transaction first = tx(ALICE, 0, 1, 1_000);
    final Transaction second = tx(ALICE, 1, 90, 1_000);
    final Transaction bob = tx(BOB, 0, 10, 1_000);

    assertThat(TxPool.blockOrder(List.of(first, second, bob), BASE_FEE)).containsExactly(bob, first, second);
  }

  @Test
  void capsTheTipAtWhatTheFeeCapLeavesAboveTheBaseFee() {
    final Transaction highTipLowCap = tx(ALICE, 0, 50, 105); // pays a tip of only 5
    final Transaction modest = tx(BOB, 0, 10, 1_000);

    assertThat(TxPool.blockOrder(List.of(highTipLowCap, modest), BASE_FEE)).containsExactly(modest, highTipLowCap);
  }

  @Test
  void breaksTiesByArrival() {
    final Transaction early = tx(BOB, 0, 10, 1_000);
    final Transaction late = tx(ALICE, 0, 10, 1_000);

    assertThat(TxPool.blockOrder(List.of(early, late), BASE_FEE)).containsExactly(early, late);
  }

  @Test
  void leavesOutASenderWhoseFeeCapIsBelowTheBaseFee() {
    final Transaction tooCheap = tx(ALICE, 0, 1, 99);
    final Transaction next = tx(ALICE, 1, 1, 1_000);
    final Transaction bob = tx(BOB, 0, 1, 1_000);

    assertThat(TxPool.blockOrder(List.of(tooCheap, next, bob), BASE_FEE)).containsExactly(bob);
  }
}
