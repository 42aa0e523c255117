package io.rolluplab.rollup.l1;

import com.fasterxml.jackson.databind.JsonNode;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.devnet.types.UInt256;
import io.rolluplab.rollup.state.Bytes32;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.web3j.utils.Numeric;

/**
 * The JSON shapes of the standard Ethereum API, read into the client's records and written from
 * its values: quantities are {@code 0x} hex without leading zeros, data is {@code 0x} hex bytes.
 */
final class RpcJson {
  private RpcJson() {}

  static String quantity(final long value) {
    return Numeric.encodeQuantity(BigInteger.valueOf(value));
  }

  static String quantity(final BigInteger value) {
    return Numeric.encodeQuantity(value);
  }

  static String data(final byte[] bytes) {
    return Numeric.toHexString(bytes);
  }

  static BigInteger bigQuantity(final JsonNode node) {
    return Numeric.decodeQuantity(node.asText());
  }

  static long longQuantity(final JsonNode node) {
    return bigQuantity(node).longValueExact();
  }

  static byte[] bytes(final JsonNode node) {
    return bytes(node.asText());
  }

  static byte[] bytes(final String hex) {
    return Numeric.hexStringToByteArray(hex);
  }

  /** A transaction object for {@code eth_call} and {@code eth_estimateGas}; null fields are left out. */
  static Map<String, String> transaction(final Address from, final L1Transaction tx, final Long gas) {
    final Map<String, String> fields = new LinkedHashMap<>();
    if (from != null) {
      fields.put("from", from.toHex());
    }
    if (tx.to() != null) {
      fields.put("to", tx.to().toHex());
    }
    if (gas != null) {
      fields.put("gas", quantity(gas));
    }
    fields.put("value", quantity(tx.value()));
    fields.put("data", data(tx.data())); // "input" is newer, but every node still reads "data"
    return fields;
  }

  static L1Block block(final JsonNode block) {
    return new L1Block(longQuantity(block.get("number")), Bytes32.fromHex(block.get("hash").asText()),
        longQuantity(block.get("timestamp")));
  }

  static L1Log log(final JsonNode log) {
    final List<UInt256> topics = new ArrayList<>();
    log.get("topics").forEach(topic -> topics.add(UInt256.fromHex(topic.asText())));
    return new L1Log(new Log(Address.fromHex(log.get("address").asText()), List.copyOf(topics), bytes(log.get("data"))),
        longQuantity(log.get("blockNumber")), Bytes32.fromHex(log.get("blockHash").asText()),
        Bytes32.fromHex(log.get("transactionHash").asText()), (int) longQuantity(log.get("logIndex")));
  }

  static L1Receipt receipt(final JsonNode receipt) {
    final List<Log> logs = new ArrayList<>();
    receipt.get("logs").forEach(log -> logs.add(log(log).log()));
    final JsonNode created = receipt.get("contractAddress");
    return new L1Receipt(Bytes32.fromHex(receipt.get("transactionHash").asText()),
        longQuantity(receipt.get("status")) == 1, longQuantity(receipt.get("blockNumber")),
        Bytes32.fromHex(receipt.get("blockHash").asText()), longQuantity(receipt.get("gasUsed")),
        bigQuantity(receipt.get("effectiveGasPrice")),
        created == null || created.isNull() ? null : Address.fromHex(created.asText()), logs);
  }
}
