package io.rolluplab.web.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.state.Bytes32;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import org.web3j.utils.Numeric;

/**
 * The JSON API's shapes, written from the same view records the pages render. Like the Ethereum
 * JSON-RPC: amounts ({@link BigInteger}) are hex quantities ({@code "0xde0b6b3a7640000"}), byte
 * arrays and hashes 0x-hex, addresses checksummed; instants are ISO-8601 strings. Plain
 * {@code long}s (block numbers, sequences, seconds) stay JSON numbers.
 */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .registerModule(new SimpleModule()
          .addSerializer(Address.class, new StdSerializer<>(Address.class) {
            @Override
            public void serialize(final Address value, final JsonGenerator out, final SerializerProvider provider)
                throws IOException {
              out.writeString(value.toChecksumHex());
            }
          })
          .addSerializer(Bytes32.class, ToStringSerializer.instance)
          .addSerializer(Instant.class, ToStringSerializer.instance)
          .addSerializer(BigInteger.class, new StdSerializer<>(BigInteger.class) {
            @Override
            public void serialize(final BigInteger value, final JsonGenerator out, final SerializerProvider provider)
                throws IOException {
              out.writeString(Numeric.toHexStringWithPrefix(value));
            }
          })
          .addSerializer(byte[].class, new StdSerializer<>(byte[].class) {
            @Override
            public void serialize(final byte[] value, final JsonGenerator out, final SerializerProvider provider)
                throws IOException {
              out.writeString(Numeric.toHexString(value));
            }
          }));

  private Json() {}

  /** {@code value} as JSON text. */
  public static String write(final Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON: "
          + e.getOriginalMessage() + "; give its components types Jackson can write", e);
    }
  }

  /**
   * Parses a request body.
   *
   * @throws HttpError 400 saying where the JSON is broken
   */
  public static JsonNode read(final String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw HttpError.badRequest("the body is not valid JSON (" + e.getOriginalMessage()
          + "); send an object such as {\"seconds\": 3600} with Content-Type: application/json");
    }
  }
}
