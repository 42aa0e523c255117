package io.rolluplab.devnet.rpc;

import static io.rolluplab.devnet.rpc.DevnetNode.address;
import static io.rolluplab.devnet.rpc.DevnetNode.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.rpc.BenchTokenAbi.InsufficientBalance;
import io.rolluplab.devnet.solidity.ContractArtifact;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.EthEstimateGas;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/**
 * A revert reaches the client as JSON-RPC error code 3 with the revert data, so that it can decode
 * a custom error ({@code InsufficientBalance(uint256,uint256)}) or a reason string
 * ({@code Error(string)}); a reverted transaction that was mined has status 0 and pays its gas.
 */
class Web3jRevertTest extends FreshNodeTest {
  private static final int EXECUTION_REVERTED = 3;
  /** {@code bytes4(keccak256("Error(string)"))}: what require(cond, "reason") reverts with. */
  private static final String ERROR_STRING_SELECTOR = "0x08c379a0";
  private static final BigInteger GAS = BigInteger.valueOf(1_000_000);

  private String token;

  @BeforeEach
  void deployTokenOwnedByAccountZero() throws Exception {
    final Credentials owner = credentials(0);
    token = node.mined(node.eip1559(owner, null, BigInteger.ZERO, BenchTokenAbi.deployment(BigInteger.valueOf(50)), GAS),
        owner).getContractAddress();
  }

  private Transaction transferCall(final int from, final long value) {
    return Transaction.createEthCallTransaction(address(from), token,
        BenchTokenAbi.transfer(address(9), BigInteger.valueOf(value)));
  }

  private static void assertExecutionReverted(final Response.Error error) {
    assertThat(error).as("a revert is a JSON-RPC error").isNotNull();
    assertThat(error.getCode()).isEqualTo(EXECUTION_REVERTED);
    assertThat(error.getMessage()).startsWith("execution reverted");
  }

  @Test
  void ethCallRevertCarriesTheCustomErrorWithBothArguments() throws IOException {
    final EthCall call = node.web3j().ethCall(transferCall(0, 51), DefaultBlockParameterName.LATEST).send();

    assertExecutionReverted(call.getError());
    assertThat(BenchTokenAbi.decodeInsufficientBalance(DevnetNode.errorData(call.getError())))
        .isEqualTo(new InsufficientBalance(BigInteger.valueOf(50), BigInteger.valueOf(51)));
  }

  @Test
  void ethCallFromAnAccountWithoutTokensRevertsWithZeroAvailable() throws IOException {
    final EthCall call = node.web3j().ethCall(transferCall(4, 1), DefaultBlockParameterName.LATEST).send();

    assertExecutionReverted(call.getError());
    assertThat(BenchTokenAbi.decodeInsufficientBalance(DevnetNode.errorData(call.getError())))
        .isEqualTo(new InsufficientBalance(BigInteger.ZERO, BigInteger.ONE));
  }

  @Test
  void ethCallThatSucceedsReturnsTheAbiEncodedResult() throws IOException {
    final EthCall call = node.web3j().ethCall(transferCall(0, 50), DefaultBlockParameterName.LATEST).send();

    assertThat(call.hasError()).isFalse();
    assertThat(call.getValue()).isEqualTo(Numeric.toHexStringWithPrefixZeroPadded(BigInteger.ONE, 64)); // true
  }

  @Test
  void estimateGasOfAReverterCarriesTheSameCustomError() throws IOException {
    final EthEstimateGas estimate = node.web3j().ethEstimateGas(transferCall(0, 70)).send();

    assertExecutionReverted(estimate.getError());
    assertThat(BenchTokenAbi.decodeInsufficientBalance(DevnetNode.errorData(estimate.getError())))
        .isEqualTo(new InsufficientBalance(BigInteger.valueOf(50), BigInteger.valueOf(70)));
  }

  @Test
  void reasonStringRevertIsDecodableFromDataAndNamedInTheMessage() throws IOException {
    final Credentials owner = credentials(0);
    final String greeter = node.mined(node.eip1559(owner, null, BigInteger.ZERO,
        Numeric.toHexString(ContractArtifact.load("Greeter").creationCode()), GAS), owner).getContractAddress();
    final String setEmptyGreeting = FunctionEncoder.encode(
        new Function("setGreeting", List.of(new Utf8String("")), List.of()));

    final EthCall call = node.web3j().ethCall(
        Transaction.createEthCallTransaction(owner.getAddress(), greeter, setEmptyGreeting),
        DefaultBlockParameterName.LATEST).send();

    assertExecutionReverted(call.getError());
    final String data = DevnetNode.errorData(call.getError());
    assertThat(data).startsWith(ERROR_STRING_SELECTOR);
    @SuppressWarnings({"unchecked", "rawtypes"})
    final List<Type> reason = FunctionReturnDecoder.decode("0x" + data.substring(ERROR_STRING_SELECTOR.length()),
        List.of((TypeReference) new TypeReference<Utf8String>() {}));
    assertThat(reason.get(0).getValue()).isEqualTo("greeting must not be empty");
    assertThat(call.getError().getMessage()).contains("greeting must not be empty");
  }

  @Test
  void minedRevertingTransactionHasStatusZeroPaysGasAndChangesNoBalance() throws IOException {
    final Credentials poor = credentials(5);
    final BigInteger etherBefore = node.balance(poor.getAddress());
    final BigInteger nonceBefore = node.nextNonce(poor);

    final TransactionReceipt receipt = node.mined(node.eip1559(poor, token, BigInteger.ZERO,
        BenchTokenAbi.transfer(address(6), BigInteger.ONE), GAS), poor);

    assertThat(receipt.getStatus()).isEqualTo("0x0");
    assertThat(receipt.getLogs()).isEmpty();
    assertThat(receipt.getGasUsed()).isGreaterThan(BigInteger.valueOf(21_000)).isLessThan(GAS);
    final BigInteger fee = receipt.getGasUsed().multiply(Numeric.decodeQuantity(receipt.getEffectiveGasPrice()));
    assertThat(node.balance(poor.getAddress())).isEqualTo(etherBefore.subtract(fee));
    assertThat(node.nextNonce(poor)).isEqualTo(nonceBefore.add(BigInteger.ONE));
    final EthCall balance = node.web3j().ethCall(Transaction.createEthCallTransaction(address(6), token,
        BenchTokenAbi.balanceOf(address(6))), DefaultBlockParameterName.LATEST).send();
    assertThat(BenchTokenAbi.decodeUint(balance.getValue())).isZero();
  }
}
