package io.rolluplab.devnet.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.trie.MerklePatriciaTrie;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.web3j.utils.Numeric;

class StateRootTest {
  private static final Address A = Address.fromLong(0xa);
  private static final Address B = Address.fromLong(0xb);

  @Test
  void emptyWorldHasTheEmptyRoot() {
    assertThat(StateRoot.compute(new WorldState())).isEqualTo(MerklePatriciaTrie.EMPTY_ROOT);
  }

  /** A rejected transaction changes nothing, so the fixture's post-state root is the pre root. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "lowGasLimit.json",
        "invalidTr.json",
        "HighGasPriceParis.json",
        "CreateTransactionHighNonce.json"
      })
  void preStateOfAFixtureWithARejectedTransactionHasTheFixtureRoot(final String file)
      throws IOException {
    final Map.Entry<String, JsonNode> test = load(file).fields().next();
    final byte[] root = StateRoot.compute(worldOf(test.getValue().get("pre")));
    int checked = 0;
    for (final JsonNode post : test.getValue().get("post").get("Cancun")) {
      if (post.has("expectException")) {
        assertThat(Numeric.toHexString(root)).isEqualTo(post.get("hash").asText());
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void accountWithoutStorageHasTheEmptyStorageRoot() {
    final WorldState state = new WorldState();
    state.setBalance(A, BigInteger.TEN);
    assertThat(StateRoot.storageRoot(state.get(A))).isEqualTo(MerklePatriciaTrie.EMPTY_ROOT);
  }

  @Test
  void slotSetBackToZeroLeavesTheStorageTrie() {
    final WorldState state = new WorldState();
    state.setStorage(A, UInt256.ONE, UInt256.valueOf(5));
    final byte[] oneSlot = StateRoot.storageRoot(state.get(A));
    state.setStorage(A, UInt256.valueOf(2), UInt256.valueOf(7));
    state.setStorage(A, UInt256.valueOf(2), UInt256.ZERO);
    assertThat(StateRoot.storageRoot(state.get(A))).isEqualTo(oneSlot);
  }

  @Test
  void onlyAccountsWithStorageWritesRecomputeTheirStorageRoot() {
    final WorldState state = new WorldState();
    state.setStorage(A, UInt256.ONE, UInt256.ONE);
    state.setStorage(B, UInt256.ONE, UInt256.ONE);
    StateRoot.compute(state);
    final byte[] cachedA = state.get(A).cachedStorageRoot;

    state.setStorage(B, UInt256.ONE, UInt256.valueOf(2));
    final byte[] root = StateRoot.compute(state);

    assertThat(state.get(A).cachedStorageRoot).isSameAs(cachedA);
    assertThat(root).isEqualTo(StateRoot.compute(rebuilt(state)));
  }

  @Test
  void revertingAStorageWriteRestoresTheRoot() {
    final WorldState state = new WorldState();
    state.setStorage(A, UInt256.ONE, UInt256.ONE);
    final byte[] before = StateRoot.compute(state);
    final int snapshot = state.snapshot();
    state.setStorage(A, UInt256.ONE, UInt256.valueOf(3));
    StateRoot.compute(state);
    state.revertTo(snapshot);
    assertThat(StateRoot.compute(state)).isEqualTo(before);
  }

  /** The same accounts in a fresh WorldState, so nothing is cached. */
  private static WorldState rebuilt(final WorldState state) {
    final WorldState fresh = new WorldState();
    state.accounts().forEach((address, account) -> {
      fresh.createIfAbsent(address);
      fresh.setNonce(address, account.nonce());
      fresh.setBalance(address, account.balance());
      fresh.setCode(address, account.code());
      account.storage().forEach((slot, value) -> fresh.setStorage(address, slot, value));
    });
    return fresh;
  }

  /** A state test's {@code pre}: address → {balance, nonce, code, storage}, all hex. */
  private static WorldState worldOf(final JsonNode pre) {
    final WorldState state = new WorldState();
    pre.fields().forEachRemaining(entry -> {
      final Address address = Address.fromHex(entry.getKey());
      final JsonNode account = entry.getValue();
      state.createIfAbsent(address);
      state.setBalance(address, UInt256.fromHex(account.get("balance").asText()).toBigInteger());
      // a nonce is unsigned 64-bit: 2^64 - 1 becomes -1 as a long
      state.setNonce(address, UInt256.fromHex(account.get("nonce").asText()).l0);
      state.setCode(address, Numeric.hexStringToByteArray(account.get("code").asText()));
      account.get("storage").fields().forEachRemaining(slot -> state.setStorage(
          address, UInt256.fromHex(slot.getKey()), UInt256.fromHex(slot.getValue().asText())));
    });
    return state;
  }

  private static JsonNode load(final String file) throws IOException {
    try (InputStream in = StateRootTest.class.getResourceAsStream(file)) {
      return new ObjectMapper().readTree(in);
    }
  }
}
