package io.rolluplab.rollup.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.bridge.BridgeEvent.BridgeCaughtUp;
import io.rolluplab.rollup.bridge.BridgeEvent.BridgeFellBehind;
import io.rolluplab.rollup.bridge.BridgeEvent.BridgeStopped;
import io.rolluplab.rollup.bridge.BridgeEvent.DepositObserved;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.l1.L1Exception;
import io.rolluplab.rollup.sequencer.SequencerFixture.Recorder;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BridgeDriverTest {
  private static final Address ALICE = Address.fromHex("0x00000000000000000000000000000000000000a1");
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");
  private static final long CREATED_AT = 5;

  private final FakeL1 l1 = new FakeL1();
  private final Recorder events = new Recorder();
  private final List<Deposit> handedOver = new ArrayList<>();
  private final DepositInbox inbox = (index, from, to, amount) -> handedOver.add(new Deposit(index, from, to, amount));

  private BridgeDriver bridge(final int maxBlocksPerQuery, final DepositInbox to) {
    return new BridgeDriver(new BridgeConfig(FakeL1.BRIDGE, CREATED_AT, maxBlocksPerQuery), l1, to, events);
  }

  @Test
  void handsEachDepositOverOnceInQueueOrderAndSaysSo() throws L1Exception {
    final BridgeDriver bridge = bridge(100, inbox);
    l1.deposit(6, 0, ALICE, BOB, BigInteger.TEN);
    l1.deposit(6, 1, BOB, ALICE, BigInteger.TWO);

    bridge.tick();
    l1.deposit(9, 2, ALICE, ALICE, BigInteger.ONE);
    bridge.tick();
    bridge.tick();

    assertThat(handedOver).extracting(Deposit::index).containsExactly(0L, 1L, 2L);
    assertThat(handedOver.get(0)).isEqualTo(new Deposit(0, ALICE, BOB, BigInteger.TEN));
    assertThat(events.all()).hasExactlyElementsOfTypes(DepositObserved.class, DepositObserved.class,
        BridgeCaughtUp.class, DepositObserved.class);
    final DepositObserved first = events.of(DepositObserved.class).get(0);
    assertThat(first.l1Block()).isEqualTo(6);
    assertThat(first.sentence()).isEqualTo("Saw L1 deposit #0 in L1 block 6: 10 wei from " + ALICE + " for " + BOB
        + " on L2; handing it to the sequencer.");
    assertThat(bridge.state()).isEqualTo(BridgeState.WATCHING);
  }

  @Test
  void readsEveryBlockOnceStartingAtTheBridgesCreation() throws L1Exception {
    final BridgeDriver bridge = bridge(100, inbox);
    l1.headAt(7);
    bridge.tick();
    bridge.tick();
    l1.headAt(10);
    bridge.tick();

    assertThat(l1.queries).extracting(q -> q.fromBlock() + ".." + q.toBlock()).containsExactly("5..7", "8..10");
    assertThat(bridge.nextBlock()).isEqualTo(11);
  }

  @Test
  void catchesUpOverSeveralTicksWhenFarBehind() throws L1Exception {
    final BridgeDriver bridge = bridge(3, inbox);
    l1.deposit(6, 0, ALICE, BOB, BigInteger.TEN);
    l1.deposit(12, 1, ALICE, BOB, BigInteger.TEN);

    bridge.tick();
    assertThat(bridge.state()).isEqualTo(BridgeState.CATCHING_UP);
    bridge.tick();
    bridge.tick();

    assertThat(l1.queries).extracting(q -> q.fromBlock() + ".." + q.toBlock()).containsExactly("5..7", "8..10", "11..12");
    assertThat(handedOver).extracting(Deposit::index).containsExactly(0L, 1L);
    assertThat(events.of(BridgeCaughtUp.class)).containsExactly(new BridgeCaughtUp(12));

    l1.headAt(20);
    bridge.tick();
    assertThat(events.of(BridgeFellBehind.class)).containsExactly(new BridgeFellBehind(15, 20));
    assertThat(events.of(BridgeFellBehind.class).get(0).sentence()).startsWith("Read L1 up to block 15 of 20;");
  }

  @Test
  void retriesTheSameRangeAfterL1FailsAndSkipsNothing() throws L1Exception {
    final BridgeDriver bridge = bridge(100, inbox);
    l1.deposit(6, 0, ALICE, BOB, BigInteger.TEN);
    l1.failNextQuery();

    assertThatThrownBy(bridge::tick).isInstanceOf(L1Exception.class);
    assertThat(bridge.nextBlock()).isEqualTo(CREATED_AT);
    bridge.tick();

    assertThat(handedOver).extracting(Deposit::index).containsExactly(0L);
  }

  @Test
  void retriesOnlyTheDepositTheSequencerRefusedHalfWay() throws L1Exception {
    final List<Long> refusedOnce = new ArrayList<>(List.of(1L));
    final BridgeDriver bridge = bridge(100, (index, from, to, amount) -> {
      if (refusedOnce.remove(index)) {
        throw new IllegalArgumentException("not now");
      }
      inbox.enqueueDeposit(index, from, to, amount);
    });
    l1.deposit(6, 0, ALICE, BOB, BigInteger.TEN);
    l1.deposit(6, 1, ALICE, BOB, BigInteger.TWO);

    assertThatThrownBy(bridge::tick).hasMessage("not now");
    bridge.tick();

    assertThat(handedOver).extracting(Deposit::index).containsExactly(0L, 1L);
    assertThat(events.of(DepositObserved.class)).extracting(e -> e.deposit().index()).containsExactly(0L, 1L, 1L);
  }

  @Test
  void readsNothingOnceStopped() throws L1Exception {
    final BridgeDriver bridge = bridge(100, inbox);
    bridge.stop();
    l1.deposit(6, 0, ALICE, BOB, BigInteger.TEN);
    bridge.tick();

    assertThat(handedOver).isEmpty();
    assertThat(events.all()).containsExactly(new BridgeStopped());
    assertThatThrownBy(bridge::stop).hasMessageContaining("already STOPPED");
  }
}
