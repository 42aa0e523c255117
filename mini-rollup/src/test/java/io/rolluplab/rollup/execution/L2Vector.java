package io.rolluplab.rollup.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.batch.BatchItem;
import io.rolluplab.rollup.state.Account;
import io.rolluplab.rollup.state.Bytes32;
import io.rolluplab.rollup.state.L2State;
import io.rolluplab.rollup.state.Withdrawal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.web3j.utils.Numeric;

/**
 * One case of {@code vectors/l2-rules.json} (written by {@link L2VectorGenerator}): a pre-state,
 * one batch item, and what applying it must give. Both the Java and the Solidity side run them.
 *
 * @param expectedOutcome "OK" or the name of the broken {@link Rule}
 * @param deposit the queue entry a deposit item executes, else null
 * @param expectedPostState null unless the item is applied
 */
record L2Vector(
    String name,
    String description,
    long l2ChainId,
    long l1FeePerByte,
    JsonNode preState,
    Deposit deposit,
    byte[] body,
    String expectedOutcome,
    int expectedCode,
    Bytes32 preRoot,
    Bytes32 postRoot,
    BigInteger executionFee,
    BigInteger l1DataFee,
    JsonNode expectedPostState) {

  static final String RESOURCE = "/vectors/l2-rules.json";

  static List<L2Vector> load() {
    try (InputStream in = L2Vector.class.getResourceAsStream(RESOURCE)) {
      final JsonNode root = new ObjectMapper().readTree(in);
      final long chainId = root.get("l2ChainId").asLong();
      final List<L2Vector> vectors = new ArrayList<>();
      for (final JsonNode c : root.get("cases")) {
        final JsonNode expected = c.get("expected");
        vectors.add(new L2Vector(
            c.get("name").asText(),
            c.get("description").asText(),
            chainId,
            Long.parseUnsignedLong(c.get("l1FeePerByte").asText()),
            c.get("preState"),
            c.hasNonNull("deposit") ? deposit(c.get("deposit")) : null,
            Numeric.hexStringToByteArray(c.get("body").asText()),
            expected.get("outcome").asText(),
            expected.get("code").asInt(),
            Bytes32.fromHex(expected.get("preRoot").asText()),
            Bytes32.fromHex(expected.get("postRoot").asText()),
            new BigInteger(expected.get("executionFee").asText()),
            new BigInteger(expected.get("l1DataFee").asText()),
            expected.get("postState")));
      }
      return vectors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  BatchItem item() {
    return new BatchItem(body);
  }

  DepositSource deposits() {
    return index -> {
      if (deposit == null || deposit.index() != index) {
        throw new IllegalArgumentException("no deposit " + index + " in vector " + name);
      }
      return deposit;
    };
  }

  L2State preStateTree() {
    return toState(preState);
  }

  L2State expectedPostStateTree() {
    return toState(expectedPostState);
  }

  @Override
  public String toString() {
    return name;
  }

  /** Builds a state from {"accounts": [{address, balance, nonce}], "withdrawals": [{…}]}. */
  static L2State toState(final JsonNode json) {
    final L2State state = new L2State();
    for (final JsonNode a : json.get("accounts")) {
      state.setAccount(Address.fromHex(a.get("address").asText()),
          new Account(new BigInteger(a.get("balance").asText()), a.get("nonce").asLong()));
    }
    for (final JsonNode w : json.get("withdrawals")) {
      state.addWithdrawal(new Withdrawal(Address.fromHex(w.get("l2Sender").asText()),
          Address.fromHex(w.get("l1Recipient").asText()), new BigInteger(w.get("amount").asText()),
          w.get("l2Nonce").asLong()));
    }
    state.commit();
    return state;
  }

  private static Deposit deposit(final JsonNode d) {
    return new Deposit(Long.parseUnsignedLong(d.get("index").asText()), Address.fromHex(d.get("l1From").asText()),
        Address.fromHex(d.get("l2To").asText()), new BigInteger(d.get("amount").asText()));
  }
}
