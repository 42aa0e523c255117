package io.rolluplab.devnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * One value of a request's params, with where it sits ({@code eth_call params[0].from}), read as
 * the type a method expects. A value of the wrong type becomes an "invalid params" error (-32602)
 * that names the parameter, says what was expected and what came.
 */
public final class Param {
  private final JsonNode value;
  private final String where;

  Param(final JsonNode value, final String where) {
    this.value = value;
    this.where = where;
  }

  /** Absent or JSON null: optional parameters may be either. */
  public boolean isMissing() {
    return value == null || value.isNull() || value.isMissingNode();
  }

  /** The named field of an object parameter (a call request, a filter). */
  public Param field(final String name) throws RpcException {
    if (isMissing()) {
      return new Param(null, where + "." + name);
    }
    if (!value.isObject()) {
      throw invalid("an object", describe(value));
    }
    return new Param(value.get(name), where + "." + name);
  }

  /**
   * A list, or a single value read as a list of one (as filters allow for address and topics);
   * empty when missing.
   */
  public List<Param> asListOrSingle() {
    final List<Param> items = new ArrayList<>();
    if (isMissing()) {
      return items;
    }
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        items.add(new Param(value.get(i), where + "[" + i + "]"));
      }
    } else {
      items.add(this);
    }
    return items;
  }

  public Address asAddress() throws RpcException {
    final byte[] bytes = asData();
    if (bytes.length != Address.SIZE) {
      throw invalid("an address (0x and 40 hex digits)", describe(value));
    }
    return Address.wrap(bytes);
  }

  /** A 32-byte hash (block or transaction hash, storage slot, topic). */
  public byte[] asHash() throws RpcException {
    final byte[] bytes = asData();
    if (bytes.length != 32) {
      throw invalid("a 32-byte hash (0x and 64 hex digits)", describe(value));
    }
    return bytes;
  }

  public byte[] asData() throws RpcException {
    final String text = asText("hex data such as \"0x00ff\"");
    try {
      return HexCodec.parseData(text);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
  }

  /** An unsigned 256-bit hex quantity. */
  public BigInteger asQuantity() throws RpcException {
    final String text = asText("a hex quantity such as \"0x1a\"");
    try {
      return HexCodec.parseQuantity(text);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
  }

  /** A hex quantity that fits in a long (gas, block numbers, counts, seconds). */
  public long asLong() throws RpcException {
    final BigInteger n = asQuantity();
    if (n.bitLength() > 63) {
      throw invalid("a quantity below 2^63", HexCodec.abbreviate(value.asText()));
    }
    return n.longValue();
  }

  /** A hex quantity or a plain JSON number: dev methods (evm_increaseTime …) get either from tools. */
  public long asLongOrNumber() throws RpcException {
    if (!isMissing() && value.isIntegralNumber()) {
      if (!value.canConvertToLong() || value.asLong() < 0) {
        throw invalid("a non-negative number below 2^63", HexCodec.abbreviate(value.asText()));
      }
      return value.asLong();
    }
    return asLong();
  }

  /** A plain JSON number (a percentile, say). */
  public double asNumber() throws RpcException {
    if (isMissing() || !value.isNumber()) {
      throw invalid("a number", describe(value));
    }
    return value.asDouble();
  }

  public boolean asBoolean() throws RpcException {
    if (isMissing() || !value.isBoolean()) {
      throw invalid("true or false", describe(value));
    }
    return value.asBoolean();
  }

  /** A block tag or number, or an EIP-1898 object {@code {"blockNumber": …}} / {@code {"blockHash": …}}. */
  public BlockTag asBlockTag() throws RpcException {
    if (!isMissing() && value.isObject()) {
      final Param hash = field("blockHash");
      return hash.isMissing() ? field("blockNumber").asBlockTag() : BlockTag.hash(hash.asHash());
    }
    final String text = asText("a block tag such as \"latest\" or a hex block number");
    try {
      return BlockTag.parse(text);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
  }

  /** The block tag, or {@code latest} when the client left it out. */
  public BlockTag asBlockTagOrLatest() throws RpcException {
    return isMissing() ? BlockTag.LATEST : asBlockTag();
  }

  public String asText(final String expected) throws RpcException {
    if (isMissing() || !value.isTextual()) {
      throw invalid(expected, describe(value));
    }
    return value.asText();
  }

  private RpcException invalid(final String expected, final String got) {
    return invalid("expected " + expected + ", got " + got);
  }

  private RpcException invalid(final String problem) {
    return RpcException.invalidParams("invalid params: " + where + ": " + problem);
  }

  private static String describe(final JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing (it is required)";
    }
    if (node.isTextual()) {
      return "\"" + HexCodec.abbreviate(node.asText()) + "\"";
    }
    return node.getNodeType().name().toLowerCase() + " " + HexCodec.abbreviate(node.toString());
  }
}
