package io.rolluplab.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.rolluplab.devnet.types.Address;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a POST body, from JSON ({@code {"rollup": "zk", "amountWei": "0xde0b6b3a7640000"}})
 * or from an HTML form; every reader validates its field and throws a 400 {@link HttpError} that
 * names the field, what was wrong and what to send instead.
 */
public final class Input {
  private static final BigInteger WEI_PER_ETH = BigInteger.TEN.pow(18);

  private final Map<String, String> fields;

  Input(final Map<String, String> fields) {
    this.fields = fields;
  }

  static Input fromJson(final JsonNode body) {
    if (!body.isObject()) {
      throw HttpError.badRequest("the body must be a JSON object such as {\"rollup\": \"optimistic\"}, not "
          + body.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    final Map<String, String> fields = new LinkedHashMap<>();
    body.fields().forEachRemaining(field -> fields.put(field.getKey(),
        field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString()));
    return new Input(fields);
  }

  /** The field as sent, if present and not blank. */
  public Optional<String> optional(final String name) {
    return Optional.ofNullable(fields.get(name)).map(String::trim).filter(value -> !value.isEmpty());
  }

  /** The field as sent. */
  public String string(final String name) {
    return optional(name).orElseThrow(() -> HttpError.badRequest("missing field \"" + name + "\"; send it in the JSON body"
        + " (or the form)"));
  }

  /** A whole number from {@code min} to {@code max}, decimal or 0x-hex. */
  public long number(final String name, final long min, final long max) {
    final String text = string(name);
    final BigInteger value = parseInteger(name, text);
    if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
      throw HttpError.badRequest("\"" + name + "\" is " + text + "; it must be from " + min + " to " + max);
    }
    return value.longValueExact();
  }

  /** {@code true}/{@code false} (also {@code on}/{@code off} from a checkbox). */
  public boolean bool(final String name) {
    return switch (string(name).toLowerCase(Locale.ROOT)) {
      case "true", "on", "1" -> true;
      case "false", "off", "0" -> false;
      default -> throw HttpError.badRequest("\"" + name + "\" is " + string(name) + "; send true or false");
    };
  }

  /** A 20-byte address, 0x and 40 hex digits (any case: the checksum is not enforced). */
  public Address address(final String name) {
    final String text = string(name);
    if (!text.matches("0[xX][0-9a-fA-F]{40}")) {
      throw HttpError.badRequest("\"" + name + "\" is " + text + ", not an address; send 0x and 40 hex digits,"
          + " such as 0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    }
    return Address.fromHex(text);
  }

  /**
   * An amount of wei greater than 0: from {@code amountWei} (decimal or 0x-hex, as the JSON API
   * sends it) or else from {@code amountEth} (a decimal number of ether, as the forms send it).
   */
  public BigInteger amountWei() {
    final BigInteger wei;
    if (optional("amountWei").isPresent()) {
      wei = parseInteger("amountWei", string("amountWei"));
    } else if (optional("amountEth").isPresent()) {
      final String text = string("amountEth");
      try {
        wei = new BigDecimal(text).multiply(new BigDecimal(WEI_PER_ETH)).toBigIntegerExact();
      } catch (NumberFormatException | ArithmeticException e) {
        throw HttpError.badRequest("\"amountEth\" is " + text + "; send a number of ether with at most 18"
            + " decimals, such as 0.5");
      }
    } else {
      throw HttpError.badRequest("missing the amount: send \"amountWei\" (wei, decimal or 0x-hex) or"
          + " \"amountEth\" (ether, such as 0.5)");
    }
    if (wei.signum() <= 0) {
      throw HttpError.badRequest("the amount must be more than 0 wei");
    }
    return wei;
  }

  private static BigInteger parseInteger(final String name, final String text) {
    try {
      return text.startsWith("0x") || text.startsWith("0X")
          ? new BigInteger(text.substring(2), 16)
          : new BigInteger(text);
    } catch (NumberFormatException e) {
      throw HttpError.badRequest("\"" + name + "\" is " + text + ", not a whole number; send decimal digits or"
          + " 0x and hex digits");
    }
  }
}
