package io.rolluplab.rollup.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccount;
import io.rolluplab.devnet.chain.Devnet;
import io.rolluplab.devnet.chain.DevnetConfig;
import io.rolluplab.devnet.chain.Receipt;
import io.rolluplab.devnet.evm.trace.Tracer;
import io.rolluplab.devnet.solidity.ContractArtifact;
import io.rolluplab.devnet.tx.CallRequest;
import io.rolluplab.devnet.tx.TransactionResult;
import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;

/**
 * The embedded L1 devnet as the contract tests use it: automine, a fixed wall clock (so time
 * moves only when a test moves it), and helpers to deploy, send, call and expect reverts.
 */
final class L1TestChain {
  static final BigInteger GWEI = BigInteger.TEN.pow(9);
  static final BigInteger ETHER = BigInteger.TEN.pow(18);
  private static final long GAS_LIMIT = 15_000_000;

  final Devnet devnet = new Devnet(
      DevnetConfig.defaults(), InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000)), (period, task) -> () -> {});

  /** Sends a transaction, mines it and returns its receipt; fails the test if it reverts. */
  Receipt send(final DevAccount from, final Address to, final BigInteger value, final byte[] data) {
    final Receipt receipt = sendMayFail(from, to, value, data);
    if (!receipt.success()) {
      throw new AssertionError("transaction reverted: " + revertOf(from, to, value, data));
    }
    return receipt;
  }

  Receipt send(final DevAccount from, final Address to, final byte[] data) {
    return send(from, to, BigInteger.ZERO, data);
  }

  private Receipt sendMayFail(final DevAccount from, final Address to, final BigInteger value, final byte[] data) {
    final RawTransaction raw = RawTransaction.createTransaction(devnet.chainId(),
        BigInteger.valueOf(devnet.nonce(from.address())), BigInteger.valueOf(GAS_LIMIT), to == null ? "" : to.toHex(),
        value, org.web3j.utils.Numeric.toHexString(data), GWEI, GWEI.multiply(BigInteger.valueOf(50)));
    try {
      final byte[] hash = devnet.submit(TransactionEncoder.signMessage(raw, from.credentials()));
      return devnet.receipt(hash).orElseThrow();
    } catch (Exception e) {
      throw new AssertionError("the devnet refused the transaction", e);
    }
  }

  /** Deploys {@code contract} (its committed artifact) with ABI-encoded constructor arguments. */
  Address deploy(final DevAccount from, final String contract, final byte[] constructorArgs) {
    final byte[] code = ContractArtifact.load(contract).creationCode();
    final byte[] initcode = Arrays.copyOf(code, code.length + constructorArgs.length);
    System.arraycopy(constructorArgs, 0, initcode, code.length, constructorArgs.length);
    final Receipt receipt = send(from, null, BigInteger.ZERO, initcode);
    assertThat(receipt.contractAddress()).as("address of the new %s", contract).isNotNull();
    return receipt.contractAddress();
  }

  /** Runs a view function and decodes what it returns. */
  List<Type> call(final Address to, final ContractFunction function, final Type<?>... args) {
    final TransactionResult result = run(null, to, BigInteger.ZERO, function.encode(args));
    if (!result.success()) {
      throw new AssertionError(function.signature() + " reverted: " + ContractError.decode(result.output()).orElse(null));
    }
    return function.decode(result.output());
  }

  /** The one value a view function returns, as a Java value (BigInteger, String, byte[] …). */
  Object view(final Address to, final ContractFunction function, final Type<?>... args) {
    return call(to, function, args).get(0).getValue();
  }

  BigInteger viewUint(final Address to, final ContractFunction function, final Type<?>... args) {
    return (BigInteger) view(to, function, args);
  }

  /**
   * Checks that the transaction would revert in the next block, returns the custom error it
   * reverts with, and sends it anyway so that the nonce and the clock move as for a real attempt.
   */
  ContractError expectRevert(final DevAccount from, final Address to, final BigInteger value, final byte[] data) {
    final ContractError error = revertOf(from, to, value, data);
    assertThat(sendMayFail(from, to, value, data).success()).as("mined transaction %s", error).isFalse();
    return error;
  }

  ContractError expectRevert(final DevAccount from, final Address to, final byte[] data) {
    return expectRevert(from, to, BigInteger.ZERO, data);
  }

  /** The custom error a call (no transaction) reverts with, or empty if it returns. */
  Optional<ContractError> revertOfCall(final Address to, final byte[] data) {
    final TransactionResult result = run(null, to, BigInteger.ZERO, data);
    return result.success() ? Optional.empty() : Optional.of(ContractError.decode(result.output())
        .orElseThrow(() -> new AssertionError("reverted without a known custom error: " + result.error())));
  }

  /** The raw revert data of a call (no transaction) that must revert. */
  byte[] revertDataOfCall(final Address to, final byte[] data) {
    final TransactionResult result = run(null, to, BigInteger.ZERO, data);
    assertThat(result.success()).as("the call should revert").isFalse();
    return result.output();
  }

  private ContractError revertOf(final DevAccount from, final Address to, final BigInteger value, final byte[] data) {
    final TransactionResult result = run(from.address(), to, value, data);
    assertThat(result.success()).as("the call should revert").isFalse();
    return ContractError.decode(result.output())
        .orElseThrow(() -> new AssertionError("reverted without a known custom error: " + result.error()
            + " " + org.web3j.utils.Numeric.toHexString(result.output())));
  }

  /** What a call of {@code data} from {@code from}, given only {@code gas}, does in the next block. */
  TransactionResult callWithGas(final DevAccount from, final Address to, final byte[] data, final long gas) {
    try {
      return devnet.call(new CallRequest(from.address(), to, BigInteger.ZERO, data, gas, null), Tracer.NONE);
    } catch (Exception e) {
      throw new AssertionError("the call was not valid", e);
    }
  }

  private TransactionResult run(final Address from, final Address to, final BigInteger value, final byte[] data) {
    try {
      return devnet.call(new CallRequest(from, to, value, data, GAS_LIMIT, null), Tracer.NONE);
    } catch (Exception e) {
      throw new AssertionError("the call was not valid", e);
    }
  }

  /** The timestamp of the latest block. */
  long now() {
    return devnet.latestBlock().header().timestamp();
  }

  /** The next block is {@code seconds} after the latest one. */
  void nextBlockAfter(final long seconds) {
    devnet.setNextBlockTimestamp(now() + seconds);
  }

  BigInteger balance(final Address address) {
    return devnet.balance(address);
  }
}
