package io.rolluplab.rollup.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializerBase;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.store.EventTable;
import io.rolluplab.rollup.store.StoredEvent;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import org.web3j.utils.Numeric;

/**
 * The rollup's event log: every {@link RollupEvent} a role publishes is stored with the next
 * sequence number (1, 2, 3… with no gaps, across restarts), stamped with where both chains stood,
 * and then handed to live {@link Subscription}s. {@link #publish} returns once the event is
 * committed, so a role that goes on after publishing never acts on a step the log could lose.
 *
 * <p>The payload is the event record's components as JSON (hashes and byte arrays as 0x-hex,
 * amounts as decimal strings, which JavaScript cannot round), so the UI can show every field
 * without knowing each event type, and {@link #read} turns it back into the record.
 */
public final class EventLog implements EventSink {
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new SimpleModule()
      .addSerializer(Address.class, ToStringSerializer.instance)
      .addSerializer(Bytes32.class, ToStringSerializer.instance)
      .addSerializer(BigInteger.class, ToStringSerializer.instance)
      .addSerializer(byte[].class, new ToStringSerializerBase(byte[].class) {
        @Override
        public String valueToString(final Object value) {
          return Numeric.toHexString((byte[]) value);
        }
      })
      // and back, for read(): BigInteger reads from its decimal string as it is
      .addDeserializer(Address.class, fromText(Address::fromHex))
      .addDeserializer(Bytes32.class, fromText(Bytes32::fromHex))
      .addDeserializer(byte[].class, fromText(Numeric::hexStringToByteArray)))
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private static <T> JsonDeserializer<T> fromText(final Function<String, T> parse) {
    return new JsonDeserializer<>() {
      @Override
      public T deserialize(final JsonParser parser, final DeserializationContext context) throws IOException {
        return parse.apply(parser.getValueAsString());
      }
    };
  }

  private final EventTable table;
  private final Supplier<ChainPosition> position;
  private final Clock clock;
  private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
  private long lastSeq;

  /** @param position where the chains are now; asked once per event */
  public EventLog(final EventTable table, final Supplier<ChainPosition> position, final Clock clock) {
    this.table = table;
    this.position = position;
    this.clock = clock;
    this.lastSeq = table.lastSeq();
  }

  /**
   * Stores {@code event}, then tells the subscribers. Sequence numbers and the order subscribers
   * see are the order of commits.
   */
  @Override
  public void publish(final RollupEvent event) {
    publish(event, () -> { });
  }

  /**
   * Stores {@code event} and what {@code write} writes in one transaction, then tells the
   * subscribers. Only numbering the event, its row and the commit hold this log's lock: the
   * sentence, the JSON and {@code write} run before, beside other threads' events (the node's
   * thread writing a block, an RPC thread accepting a transaction), in their own transactions.
   */
  @Override
  public void publish(final RollupEvent event, final Runnable write) {
    final ChainPosition at = position.get();
    final String type = event.getClass().getSimpleName();
    final String sentence = event.sentence();
    final String payload = payload(event);
    table.inTransaction(() -> {
      write.run();
      synchronized (this) {
        final StoredEvent stored = new StoredEvent(lastSeq + 1, event.role(), type, sentence, at.l1Block(),
            at.l1Time(), at.l2Block(), payload, clock.instant());
        table.insertAndCommit(stored);
        lastSeq = stored.seq();
        subscriptions.forEach(s -> s.offer(stored));
      }
    });
  }

  private static String payload(final RollupEvent event) {
    try {
      return JSON.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + event.getClass().getSimpleName() + " as JSON: "
          + e.getOriginalMessage() + "; give its components types Jackson can write", e);
    }
  }

  /**
   * A stored event as its record again, from its payload: for a reader that acts on the log's
   * events, as the mirror does, and must find them again after a restart.
   *
   * @throws IllegalArgumentException if {@code stored} is not a {@code type}
   */
  public static <T extends RollupEvent> T read(final StoredEvent stored, final Class<T> type) {
    if (!stored.type().equals(type.getSimpleName())) {
      throw new IllegalArgumentException("event #" + stored.seq() + " is a " + stored.type() + ", not a "
          + type.getSimpleName());
    }
    try {
      return JSON.readValue(stored.payloadJson(), type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot read event #" + stored.seq() + " as a " + type.getSimpleName() + ": "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * The events after {@code seq}, oldest first: a reconnecting listener passes the last sequence
   * it saw. Subscribe first and then replay, skipping sequences already seen, so nothing published
   * in between is missed.
   */
  public List<StoredEvent> since(final long seq) {
    return table.since(seq);
  }

  /** At most {@code limit} events after {@code seq}, oldest first: a page of the log for the UI. */
  public List<StoredEvent> since(final long seq, final int limit) {
    return table.since(seq, limit);
  }

  /** The stored events of type {@code type} (the record's simple name, "DisputeOpened"), oldest first. */
  public List<StoredEvent> ofType(final String type) {
    return table.ofType(type);
  }

  /** The sequence of the last event stored, 0 if none. */
  public synchronized long lastSeq() {
    return lastSeq;
  }

  /** Starts receiving every event published from now on. */
  public Subscription subscribe() {
    final Subscription subscription = new Subscription(this);
    subscriptions.add(subscription);
    return subscription;
  }

  void unsubscribe(final Subscription subscription) {
    subscriptions.remove(subscription);
  }
}
