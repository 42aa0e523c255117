package io.rolluplab.rollup.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.bridge.BridgeEvent.DepositObserved;
import io.rolluplab.rollup.execution.Deposit;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.DepositTable;
import io.rolluplab.rollup.store.RollupStore;
import io.rolluplab.rollup.store.StoredEvent;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventLogTest {
  private final RollupStore store = RollupStore.inMemory();
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
  private final EventLog log = new EventLog(store.events(), () -> new ChainPosition(7, 1_700_000_084, 3), clock);

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void storesEachEventWithTheNextSequenceTheChainsPositionAndItsFieldsAsJson() {
    log.publish(new TestEvent(1));
    log.publish(new TestEvent(2));

    final StoredEvent second = log.since(1).get(0);
    assertThat(second.seq()).isEqualTo(2);
    assertThat(second.role()).isEqualTo("batcher");
    assertThat(second.type()).isEqualTo("TestEvent");
    assertThat(second.sentence()).isEqualTo("Posted batch 2.");
    assertThat(second.l1Block()).isEqualTo(7);
    assertThat(second.l1Time()).isEqualTo(1_700_000_084);
    assertThat(second.l2Block()).isEqualTo(3);
    assertThat(second.createdAt()).isEqualTo(clock.instant());
    assertThat(second.payloadJson()).isEqualTo("{\"batch\":2,\"amount\":\"1000000000000000000000000000000\","
        + "\"root\":\"0x0000000000000000000000000000000000000000000000000000000000000002\",\"data\":\"0x0102\"}");
  }

  @Test
  void readTurnsAStoredEventBackIntoItsRecord() {
    final Deposit deposit = new Deposit(3, Address.fromHex("0x00000000000000000000000000000000000000a1"),
        Address.fromHex("0x00000000000000000000000000000000000000b0"), BigInteger.TEN.pow(30).add(BigInteger.ONE));
    log.publish(new TestEvent(1));
    log.publish(new DepositObserved(deposit, 12, Bytes32.of(BigInteger.TWO)));

    final TestEvent test = EventLog.read(log.since(0).get(0), TestEvent.class);
    assertThat(test.batch()).isEqualTo(1);
    assertThat(test.amount()).isEqualTo(BigInteger.TEN.pow(30));
    assertThat(test.root()).isEqualTo(Bytes32.of(BigInteger.ONE));
    assertThat(test.data()).containsExactly(1, 2);
    assertThat(EventLog.read(log.since(0).get(1), DepositObserved.class))
        .isEqualTo(new DepositObserved(deposit, 12, Bytes32.of(BigInteger.TWO)));
    assertThatThrownBy(() -> EventLog.read(log.since(0).get(1), TestEvent.class))
        .hasMessage("event #2 is a DepositObserved, not a TestEvent");
  }

  @Test
  void sinceReplaysEverythingAfterTheGivenSequenceInOrder() {
    for (int i = 1; i <= 5; i++) {
      log.publish(new TestEvent(i));
    }

    assertThat(log.since(2)).extracting(StoredEvent::seq).containsExactly(3L, 4L, 5L);
    assertThat(log.since(0)).hasSize(5);
  }

  @Test
  void continuesTheSequenceOfEventsAlreadyStored() {
    log.publish(new TestEvent(1));

    final EventLog reopened = new EventLog(store.events(), () -> new ChainPosition(0, 0, 0), clock);
    reopened.publish(new TestEvent(2));

    assertThat(reopened.lastSeq()).isEqualTo(2);
  }

  @Test
  void subscribersReceiveNewEventsInOrder() throws Exception {
    try (Subscription subscription = log.subscribe()) {
      log.publish(new TestEvent(1));
      log.publish(new TestEvent(2));

      assertThat(subscription.next(Duration.ofSeconds(1))).map(StoredEvent::seq).contains(1L);
      assertThat(subscription.next(Duration.ofSeconds(1))).map(StoredEvent::seq).contains(2L);
      assertThat(subscription.next(Duration.ofMillis(10))).isEmpty();
    }
  }

  @Test
  void aSubscriberThatFallsTooFarBehindIsCutOffWithoutSlowingThePublisher() throws Exception {
    final Subscription slow = log.subscribe();
    for (int i = 0; i <= Subscription.CAPACITY; i++) {
      log.publish(new TestEvent(i));
    }

    assertThat(slow.isOpen()).isFalse();
    assertThat(log.lastSeq()).isEqualTo(Subscription.CAPACITY + 1);
    assertThat(slow.next(Duration.ZERO)).map(StoredEvent::seq).contains(1L); // what it got can still be drained
  }

  @Test
  void eventsPublishedFromSeveralThreadsAtOnceGetGaplessSequencesThatSubscribersSeeInOrder() throws Exception {
    final int threads = 4;
    final int each = 50;
    try (Subscription subscription = log.subscribe()) {
      final ExecutorService pool = Executors.newFixedThreadPool(threads);
      for (int t = 0; t < threads; t++) {
        final long first = t * 1_000L;
        pool.submit(() -> {
          for (int i = 0; i < each; i++) {
            final long queueIndex = first + i;
            // with a write of its own, as the sequencer's acceptance and the node's blocks have
            log.publish(new TestEvent(queueIndex), () -> store.deposits().insert(new DepositTable.Row(queueIndex,
                Address.fromLong(1), Address.fromLong(2), BigInteger.ONE, null, null)));
          }
        });
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

      final List<Long> seen = new ArrayList<>();
      for (Optional<StoredEvent> next = subscription.next(Duration.ofSeconds(1)); next.isPresent();
          next = subscription.next(Duration.ofMillis(10))) {
        seen.add(next.get().seq());
      }
      final List<Long> all = LongStream.rangeClosed(1, threads * each).boxed().toList();
      assertThat(seen).isEqualTo(all);
      assertThat(log.since(0)).extracting(StoredEvent::seq).isEqualTo(all);
      assertThat(store.deposits().all()).hasSize(threads * each);
    }
  }

  @Test
  void anEventCannotBePublishedInsideAnotherStoreTransactionWhichWouldCommitItOutOfOrder() {
    assertThatThrownBy(() -> store.inOneTransaction(() -> log.publish(new TestEvent(1))))
        .hasMessageContaining("commitNow inside a nested transaction");

    assertThat(log.since(0)).isEmpty();
    assertThat(log.lastSeq()).isZero();
  }
}
