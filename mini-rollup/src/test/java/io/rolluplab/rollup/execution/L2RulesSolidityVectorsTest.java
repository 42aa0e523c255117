package io.rolluplab.rollup.execution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.chain.MiningMode;
import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.tx.CallRequest;
import io.rolluplab.devnet.tx.TransactionResult;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.rollup.contracts.DisputeGameContract;
import java.io.InputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/**
 * Runs every shared vector through the Solidity library on the embedded devnet: {@code
 * L2RulesHarness.applyItem} gets the pre-root, the item and the witness the Java state machine
 * collected, and must return the same post-root and outcome code. If Java accepted something
 * Solidity rejects (or the witness were wrong), the roots differ or the call reverts.
 */
class L2RulesSolidityVectorsTest {
  /** {@code L2State.Proof}: (depth, bitmap, siblings, otherKey, otherValue). */
  private static final String PROOF = "(uint16,uint256,bytes32[],uint256,bytes32)";
  private static final String APPLY_ITEM = "applyItem(bytes32,bytes,(uint256,uint64,address),"
      + "((uint256,uint64," + PROOF + "),(uint256,uint64," + PROOF + ")," + PROOF + ","
      + "(uint256,uint64," + PROOF + "),(address,address,uint256),(address," + PROOF + ")))";
  private static final DevAccount DEPLOYER = DevAccounts.all().get(0);

  private static Devnet devnet;
  private static Address harness;
  private static long nonce;

  static List<L2Vector> vectors() {
    return L2Vector.load();
  }

  @BeforeAll
  static void deployHarnessAndQueueTheVectorsDeposits() throws Exception {
    devnet = new Devnet(new DevnetConfig(31337, MiningMode.automine()),
        InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000)), (period, task) -> () -> {});
    final byte[] hash = devnet.submit(sign(null, creationCode()));
    harness = devnet.receipt(hash).orElseThrow().contractAddress();
    for (final L2Vector v : vectors()) {
      if (v.deposit() != null) {
        final byte[] call = Numeric.hexStringToByteArray(FunctionEncoder.encode(new org.web3j.abi.datatypes.Function(
            "setDepositHash", List.of(new Uint256(BigInteger.valueOf(v.deposit().index())),
                new Bytes32(v.deposit().hash().toArray())), List.of())));
        assertThat(devnet.receipt(devnet.submit(sign(harness, call))).orElseThrow().success()).isTrue();
      }
    }
  }

  @AfterAll
  static void stop() throws Exception {
    devnet.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void solidityLibraryGivesTheExpectedOutcomeAndRoot(final L2Vector v) throws Exception {
    final ItemOutcome java = new L2StateMachine(v.preStateTree(), v.l2ChainId(), v.deposits()).apply(v.item(), v.l1FeePerByte());
    final TransactionResult result = devnet.call(
        new CallRequest(DEPLOYER.address(), harness, null, applyItemCall(v, java.witness()), null, null), Tracer.NONE);

    assertThat(result.success()).as("applyItem reverted: " + result.error()).isTrue();
    final byte[] out = result.output();
    assertThat(Numeric.toHexString(Arrays.copyOfRange(out, 0, 32))).isEqualTo(v.postRoot().toHex());
    assertThat(new BigInteger(1, Arrays.copyOfRange(out, 32, 64)).intValue()).isEqualTo(v.expectedCode());
    System.out.printf("L2Rules.applyItem %-45s %-22s %,9d gas%n", v.name(), v.expectedOutcome(),
        new BigInteger(1, Arrays.copyOfRange(out, 64, 96)).longValue());
  }

  @Test
  void aWitnessThatGivesAnotherAccountThanThePrefixNamesIsRefused() throws Exception {
    final L2Vector v = vectors().stream().filter(c -> c.name().equals("prefix-2-bytes")).findFirst().orElseThrow();
    final Witness honest = new L2StateMachine(v.preStateTree(), v.l2ChainId(), v.deposits()).apply(v.item(),
        v.l1FeePerByte()).witness();
    final Witness lying = new Witness(honest.sender(), honest.recipient(), honest.withdrawal(), honest.feeVault(),
        honest.deposit(), new Witness.RecipientByPrefix(DEPLOYER.address(), honest.recipientByPrefix().proof()));

    final TransactionResult result = devnet.call(
        new CallRequest(DEPLOYER.address(), harness, null, applyItemCall(v, lying), null, null), Tracer.NONE);

    assertThat(result.success()).isFalse();
    assertThat(Numeric.toHexString(result.output())).startsWith(Numeric.toHexString(
        Arrays.copyOf(Keccak.hash("NotTheNamedAccount(uint256,address)".getBytes()), 4)));
  }

  private static byte[] applyItemCall(final L2Vector v, final Witness w) {
    final List<Type> params = List.of(
        new Bytes32(v.preRoot().toArray()),
        new DynamicBytes(v.body()),
        new StaticStruct(new Uint256(v.l2ChainId()), new Uint64(new BigInteger(Long.toUnsignedString(v.l1FeePerByte()))),
            new org.web3j.abi.datatypes.Address(harness.toHex())),
        DisputeGameContract.witness(w));
    final byte[] selector = Arrays.copyOf(Keccak.hash(APPLY_ITEM.getBytes()), 4);
    final byte[] args = Numeric.hexStringToByteArray(FunctionEncoder.encodeConstructor(params));
    final byte[] call = Arrays.copyOf(selector, 4 + args.length);
    System.arraycopy(args, 0, call, 4, args.length);
    return call;
  }

  private static byte[] creationCode() throws Exception {
    try (InputStream in = L2RulesSolidityVectorsTest.class.getResourceAsStream("/contracts/L2RulesHarness.json")) {
      return Numeric.hexStringToByteArray(new ObjectMapper().readTree(in).get("bytecode").asText());
    }
  }

  /** A legacy EIP-155 transaction from the deployer; {@code to == null} creates a contract. */
  private static byte[] sign(final Address to, final byte[] data) {
    final BigInteger gasPrice = BigInteger.valueOf(10_000_000_000L);
    final BigInteger gas = BigInteger.valueOf(5_000_000);
    final RawTransaction raw = to == null
        ? RawTransaction.createContractTransaction(BigInteger.valueOf(nonce++), gasPrice, gas, BigInteger.ZERO, Numeric.toHexString(data))
        : RawTransaction.createTransaction(BigInteger.valueOf(nonce++), gasPrice, gas, to.toHex(), Numeric.toHexString(data));
    return TransactionEncoder.signMessage(raw, 31337, DEPLOYER.credentials());
  }
}
