package io.rolluplab.rollup.sequencer;

import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.event.EventSink;
import io.rolluplab.rollup.event.RollupEvent;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/** A sequencer on a fake clock, recording its events; wallets funded by deposits. */
public final class SequencerFixture {
  public static final long CHAIN_ID = 901;
  public static final long L1_FEE_PER_BYTE = 16;
  public static final Address L1_USER = Address.fromHex("0x00000000000000000000000000000000000000a1");

  public final FakeClock clock = new FakeClock();
  public final Recorder events = new Recorder();
  public final SequencerDriver sequencer;
  private long nextDeposit;

  public SequencerFixture() {
    this(SequencerConfig.defaults(CHAIN_ID));
  }

  public SequencerFixture(final SequencerConfig config) {
    sequencer = new SequencerDriver(config, L1FeeSource.constant(L1_FEE_PER_BYTE), clock, events);
  }

  /** Deposits {@code ether} to each wallet and seals the block that credits them. */
  public void fund(final BigInteger ether, final L2Wallet... wallets) {
    for (final L2Wallet wallet : wallets) {
      sequencer.enqueueDeposit(nextDeposit++, L1_USER, wallet.address(), ether.multiply(L2Wallet.ETHER));
    }
    sealNextBlock();
  }

  /** Moves the clock one block interval on and ticks. */
  public void sealNextBlock() {
    clock.advance(SequencerConfig.DEFAULT_BLOCK_INTERVAL);
    sequencer.tick();
  }

  public static final class FakeClock implements InstantSource {
    // volatile: a test may tick on one thread and submit on another
    private volatile Instant now = Instant.parse("2024-06-01T12:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    public void advance(final Duration by) {
      now = now.plus(by);
    }
  }

  /** Keeps every event, in order. */
  public static final class Recorder implements EventSink {
    private final List<RollupEvent> events = new ArrayList<>();

    @Override
    public void publish(final RollupEvent event) {
      events.add(event);
    }

    public List<RollupEvent> all() {
      return List.copyOf(events);
    }

    /** The events of one type, in order. */
    public <T extends RollupEvent> List<T> of(final Class<T> type) {
      return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public void clear() {
      events.clear();
    }
  }
}
