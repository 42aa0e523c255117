package io.rolluplab.rollup.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.devnet.types.UInt256;
import io.rolluplab.rollup.contracts.AbiCatalog.Value;
import io.rolluplab.rollup.state.Bytes32;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.utils.Numeric;

class AbiCatalogTest {
  private static final Address ALICE = Address.fromHex("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
  private static final Address BOB = Address.fromHex("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");

  @Test
  void namesACallAndItsArgumentsBySelector() {
    final AbiCatalog.Decoded call = AbiCatalog.call(BridgeContract.deposit(ALICE)).orElseThrow();

    assertThat(call.signature()).isEqualTo("deposit(address)");
    assertThat(call.values()).extracting(Value::name, Value::value)
        .containsExactly(tuple("l2Recipient", ALICE.toHex()));
  }

  @Test
  void namesACallWithAStructButLeavesItsArgumentsUndecoded() {
    final byte[] selector = BridgeContract.FINALIZE_WITHDRAWAL.selector();

    final AbiCatalog.Decoded call = AbiCatalog.call(selector).orElseThrow();

    assertThat(call.name()).isEqualTo("finalizeWithdrawal");
    assertThat(call.signature()).isEqualTo(BridgeContract.FINALIZE_WITHDRAWAL.signature());
    assertThat(call.undecoded()).isTrue();
  }

  @Test
  void readsAStructOfStaticFieldsInACallAndInALog() {
    final Bytes32 root = Bytes32.wrap(Keccak.hash(new byte[] {1}));
    final BatchClaim claim = new BatchClaim(Bytes32.wrap(Keccak.hash(new byte[] {2})), 3, 1, 1_767_225_600L, 12,
        Bytes32.ZERO);
    final String fields = "(" + claim.dataHash() + ", 3, 1, 1767225600, 12, " + Bytes32.ZERO + ")";
    final Log proposed = new Log(ALICE, List.of(OptimisticRollupContract.BATCH_PROPOSED.topic(), UInt256.valueOf(7),
        UInt256.fromHex("0x" + "00".repeat(12) + BOB.toHex().substring(2))),
        Numeric.hexStringToByteArray(FunctionEncoder.encodeConstructor(List.of(Abi.bytes32(root), Abi.uint64(99),
            Abi.uint64(4), claim.toAbi()))));

    final AbiCatalog.Decoded call = AbiCatalog.call(OptimisticRollupContract.proposeRoot(7, root, claim)).orElseThrow();
    final AbiCatalog.Decoded event = AbiCatalog.event(proposed).orElseThrow();

    assertThat(call.undecoded()).isFalse();
    assertThat(call.values()).extracting(Value::name, Value::value)
        .containsExactly(tuple("batchIndex", "7"), tuple("postStateRoot", root.toString()), tuple("claim", fields));
    assertThat(event.values()).extracting(Value::name, Value::value).containsExactly(tuple("batchIndex", "7"),
        tuple("proposer", BOB.toHex()), tuple("postStateRoot", root.toString()), tuple("challengeDeadline", "99"),
        tuple("firstDeposit", "4"), tuple("claim", fields));
  }

  @Test
  void decodesALogFromItsTopicsAndData() {
    final Log log = new Log(ALICE, List.of(BridgeContract.DEPOSIT_QUEUED.topic(), UInt256.valueOf(3),
        UInt256.fromHex("0x" + "00".repeat(12) + ALICE.toHex().substring(2)),
        UInt256.fromHex("0x" + "00".repeat(12) + BOB.toHex().substring(2))),
        Numeric.hexStringToByteArray(FunctionEncoder.encodeConstructor(List.of(Abi.uint256(1000)))));

    final AbiCatalog.Decoded event = AbiCatalog.event(log).orElseThrow();

    assertThat(event.name()).isEqualTo("DepositQueued");
    assertThat(event.values()).extracting(Value::name, Value::value).containsExactly(
        tuple("index", "3"), tuple("from", ALICE.toHex()),
        tuple("to", BOB.toHex()), tuple("amount", "1000"));
  }

  @Test
  void namesACustomErrorWithItsArguments() {
    final byte[] revert = ContractFunction.of("BatchNotFinal(uint256)").encode(Abi.uint256(4));

    assertThat(AbiCatalog.error(revert).orElseThrow().values()).extracting(Value::name, Value::value)
        .containsExactly(tuple("batchIndex", "4"));
    assertThat(ContractError.decode(revert).orElseThrow()).hasToString("BatchNotFinal(4)");
  }

  @Test
  void knowsNothingOfForeignSelectorsOrTopics() {
    assertThat(AbiCatalog.call(new byte[] {1, 2, 3, 4})).isEmpty();
    assertThat(AbiCatalog.error(new byte[] {1, 2})).isEmpty();
    assertThat(AbiCatalog.event(new Log(ALICE, List.of(UInt256.valueOf(1)), new byte[0]))).isEmpty();
  }
}
