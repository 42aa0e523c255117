package io.rolluplab.rollup.contracts;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.devnet.types.UInt256;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Type;
import org.web3j.utils.Numeric;

/**
 * One event of a contract's ABI. A log of it carries {@code keccak256(signature)} as topic 0, each
 * {@code indexed} parameter as one more topic, and the others ABI-encoded in its data.
 *
 * @param topic topic 0 of its logs, hashed once: a reader tries many events on every log
 */
public record ContractEvent(Event event, UInt256 topic) {

  public ContractEvent(final Event event) {
    this(event, UInt256.fromHex(EventEncoder.encode(event)));
  }

  /** An event whose parameters are {@code params}; mark indexed ones with {@link #indexed}. */
  public static ContractEvent of(final String name, final TypeReference<?>... params) {
    return new ContractEvent(new Event(name, List.of(params)));
  }

  /**
   * An event with a static struct among its parameters: its topic hashes {@code signature}, the
   * canonical form with the struct as a tuple ({@code "E(uint256,(bytes32,uint32))"}), and
   * {@code params} list the struct's fields in its place, which is how a static struct is encoded.
   */
  public static ContractEvent withStruct(final String signature, final TypeReference<?>... params) {
    final Event event = new Event(signature.substring(0, signature.indexOf('(')), List.of(params));
    return new ContractEvent(event, UInt256.fromBytes(Keccak.hash(signature.getBytes(StandardCharsets.US_ASCII))));
  }

  /** The same parameter type, indexed: its value goes into a topic, not into the data. */
  public static <T extends Type> TypeReference<T> indexed(final TypeReference<T> type) {
    try {
      return TypeReference.create(type.getClassType(), true);
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("not a plain ABI type: " + type.getType(), e);
    }
  }

  public String name() {
    return event.getName();
  }

  /** The values of its parameters in declaration order, if {@code log} is this event. */
  public Optional<List<Type>> decode(final Log log) {
    if (log.topics().isEmpty() || !log.topics().get(0).equals(topic)) {
      return Optional.empty();
    }
    final List<Type> data = FunctionReturnDecoder.decode(Numeric.toHexString(log.data()), event.getNonIndexedParameters());
    final List<Type> values = new ArrayList<>();
    int topic = 1;
    int field = 0;
    for (final TypeReference<Type> param : event.getParameters()) {
      values.add(param.isIndexed()
          ? FunctionReturnDecoder.decodeIndexedValue(log.topics().get(topic++).toHex(), param)
          : data.get(field++));
    }
    return Optional.of(values);
  }

  /** The first log in {@code logs} that is this event, decoded. */
  public Optional<List<Type>> findIn(final List<Log> logs) {
    return logs.stream().map(this::decode).flatMap(Optional::stream).findFirst();
  }
}
