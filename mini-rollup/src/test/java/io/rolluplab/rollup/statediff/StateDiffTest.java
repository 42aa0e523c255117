package io.rolluplab.rollup.statediff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchData;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.execution.L2StateMachine;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.L2State;
import io.rolluplab.rollup.state.Withdrawal;
import io.rolluplab.rollup.statediff.StateDiff.NewAccount;
import io.rolluplab.rollup.statediff.StateDiff.UpdatedAccount;
import io.rolluplab.rollup.statediff.StateDiff.WithdrawalEntry;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The zk batch format of L2-RULES.md §5: its bytes, and the diff an execution makes. */
class StateDiffTest {
  private static final long CHAIN_ID = 901;
  private static final BigInteger ETHER = L2Wallet.ETHER;
  private static final Address CAROL = Address.fromHex("0x00000000000000000000000000000000000000c0");
  private final L2Wallet alice = L2Wallet.of(1, CHAIN_ID);
  private final Address bob = L2Wallet.of(2, CHAIN_ID).address();

  @Test
  void encodesNewAccountsByAddressKnownOnesByIndexAndHowTheyMovedAndAmountsAsDecimalFloats() {
    final StateDiff diff = new StateDiff(
        List.of(new NewAccount(CAROL, new Account(new BigInteger("999977240000000000"), 7))),
        List.of(new UpdatedAccount(5, 1, BigInteger.valueOf(-22_429_000_000_000L)),
            new UpdatedAccount(6, 0, BigInteger.ONE)),
        List.of(new WithdrawalEntry(5, 6, BigInteger.TEN.pow(17))));

    assertThat(HexFormat.of().formatHex(diff.encode())).isEqualTo(""
        + "000001" + "00000000000000000000000000000000000000c0" + "0107" + "0a" + "0405f5d81c" // nonce 7, 99997724·10^10
        + "000002" + "00000005" + "0101" + "89" + "02579d" // index 5: nonce + 1, balance - 22429·10^9
        + "00000006" + "00" + "00" + "0101" // index 6: nonce + 0, balance + 1
        + "000001" + "00000005" + "0106" + "11" + "0101"); // index 5 withdraws 10^17, nonce 6
    assertThat(StateDiff.decode(diff.encode())).isEqualTo(diff);
  }

  @Test
  void refusesBytesThatAreNotInTheOneEncodingOfTheirValues() {
    final byte[] trailingZeroMantissa = HexFormat.of().parseHex("000000" + "000001" + "00000000" + "00" + "00" + "010a"
        + "000000");
    final byte[] leadingZeroByte = HexFormat.of().parseHex("000000" + "000001" + "00000000" + "020001" + "0000"
        + "000000");
    final byte[] trailingBytes = HexFormat.of().parseHex("000000" + "000000" + "000000" + "ff");
    final byte[] minusZero = HexFormat.of().parseHex("000000" + "000001" + "00000000" + "00" + "80" + "00" + "000000");

    assertThatThrownBy(() -> StateDiff.decode(trailingZeroMantissa)).hasMessageContaining("must not end in 0");
    assertThatThrownBy(() -> StateDiff.decode(leadingZeroByte)).hasMessageContaining("leading zero byte");
    assertThatThrownBy(() -> StateDiff.decode(trailingBytes)).hasMessageContaining("1 bytes after the last withdrawal");
    assertThatThrownBy(() -> StateDiff.decode(new byte[] {0, 0, 1})).hasMessageContaining("ends early");
    assertThatThrownBy(() -> StateDiff.decode(minusZero)).hasMessageContaining("-0");
  }

  @Test
  void anExecutionsDiffListsEachChangedLeafOnceAtItsFinalValueAndRebuildsTheSameRoot() {
    final Deposit deposit = new Deposit(0, alice.address(), alice.address(), ETHER);
    final BatchData items = new BatchData(16, List.of(BatchItem.deposit(0),
        new BatchItem(alice.transfer(0, bob, BigInteger.TEN)), new BatchItem(alice.transfer(1, bob, BigInteger.ONE)),
        new BatchItem(alice.transfer(2, L2StateMachine.WITHDRAWAL_ADDRESS, BigInteger.TWO))));

    final DiffExecution execution = DiffExecution.run(new L2State(), new AccountIndex(), CHAIN_ID,
        Map.of(0L, deposit)::get, items, true);

    final L2State after = new L2State();
    final AccountIndex index = new AccountIndex();
    final List<Withdrawal> withdrawals = execution.diff().applyTo(after, index);
    assertThat(after.root()).isEqualTo(execution.postRoot());
    assertThat(execution.diff().newAccounts()).extracting(NewAccount::address)
        .containsExactly(alice.address(), bob, L2StateMachine.FEE_VAULT);
    assertThat(execution.diff().updatedAccounts()).isEmpty();
    assertThat(withdrawals).containsExactly(new Withdrawal(alice.address(), alice.address(), BigInteger.TWO, 2));

    final DiffExecution next = DiffExecution.run(after, index, CHAIN_ID, i -> null,
        new BatchData(16, List.of(new BatchItem(alice.transfer(3, bob, BigInteger.ONE)))), false);
    assertThat(next.diff().newAccounts()).isEmpty();
    assertThat(next.diff().updatedAccounts()).extracting(UpdatedAccount::index).containsExactly(0L, 1L, 2L);
    assertThat(next.diff().updatedAccounts()).extracting(UpdatedAccount::nonceIncrease).containsExactly(1L, 0L, 0L);
    assertThat(next.diff().updatedAccounts().get(1).balanceChange()).isEqualTo(BigInteger.ONE);
    assertThat(next.diff().encode().length).as("three accounts by index and how they moved, in a few bytes")
        .isLessThan(3 * 16 + 9);
    next.diff().applyTo(after, index);
    assertThat(after.root()).isEqualTo(next.postRoot());
  }

  @Test
  void aDiffThatNamesAnUnknownIndexChangesNothing() {
    final L2State state = new L2State();
    final AccountIndex index = new AccountIndex();
    final StateDiff bad = new StateDiff(List.of(new NewAccount(CAROL, new Account(ETHER, 0))),
        List.of(new UpdatedAccount(3, 1, ETHER)), List.of());

    assertThatThrownBy(() -> bad.applyTo(state, index)).hasMessageContaining("account index 3 is unknown");
    assertThat(state.root().isZero()).isTrue();
    assertThat(index.size()).isZero();
  }
}
