package io.rolluplab.devnet.rpc;

import static io.rolluplab.devnet.rpc.DevnetNode.address;
import static io.rolluplab.devnet.rpc.DevnetNode.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthEstimateGas;
import org.web3j.protocol.core.methods.response.EthGasPrice;
import org.web3j.protocol.core.methods.response.EthMaxPriorityFeePerGas;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** {@code eth_estimateGas} gives enough gas: a transaction with exactly the estimate succeeds. */
class Web3jGasTest extends FreshNodeTest {
  private final Credentials owner = credentials(0);

  private BigInteger estimate(final Transaction call) throws IOException {
    final EthEstimateGas estimate = node.web3j().ethEstimateGas(call).send();
    assertThat(estimate.hasError()).as("estimate must succeed: %s", DevnetNode.describe(estimate)).isFalse();
    return estimate.getAmountUsed();
  }

  private String deployToken() throws IOException {
    return node.mined(node.eip1559(owner, null, BigInteger.ZERO, BenchTokenAbi.deployment(BigInteger.valueOf(1_000)),
        BigInteger.valueOf(1_000_000)), owner).getContractAddress();
  }

  @Test
  void plainEtherTransferIsEstimatedAtTheIntrinsic21000() throws IOException {
    final Transaction send = Transaction.createEtherTransaction(owner.getAddress(), null, null, null, address(1),
        DevnetNode.ETHER);

    assertThat(estimate(send)).isEqualTo(BigInteger.valueOf(21_000));
  }

  @Test
  void deploymentWithExactlyTheEstimatedGasSucceeds() throws IOException {
    final String initcode = BenchTokenAbi.deployment(BigInteger.valueOf(1_000));
    final BigInteger gas = estimate(Transaction.createContractTransaction(owner.getAddress(), null, null, initcode));

    final TransactionReceipt receipt = node.mined(node.eip1559(owner, null, BigInteger.ZERO, initcode, gas), owner);

    assertThat(receipt.isStatusOK()).isTrue();
    assertThat(receipt.getContractAddress()).isNotNull();
    assertThat(receipt.getGasUsed()).isLessThanOrEqualTo(gas);
  }

  @Test
  void tokenTransferWithExactlyTheEstimatedGasSucceeds() throws IOException {
    final String token = deployToken();
    final String transfer = BenchTokenAbi.transfer(address(1), BigInteger.TEN);
    final BigInteger gas = estimate(Transaction.createEthCallTransaction(owner.getAddress(), token, transfer));

    final TransactionReceipt receipt = node.mined(node.eip1559(owner, token, BigInteger.ZERO, transfer, gas), owner);

    assertThat(receipt.isStatusOK()).isTrue();
    assertThat(receipt.getGasUsed()).isLessThanOrEqualTo(gas);
  }

  @Test
  void transferToANewHolderIsEstimatedHigherThanToAnExistingOne() throws IOException {
    final String token = deployToken();
    final String transfer = BenchTokenAbi.transfer(address(1), BigInteger.TEN);
    final BigInteger toNewHolder = estimate(Transaction.createEthCallTransaction(owner.getAddress(), token, transfer));
    node.mined(node.eip1559(owner, token, BigInteger.ZERO, transfer, toNewHolder), owner);

    final BigInteger toExistingHolder = estimate(Transaction.createEthCallTransaction(owner.getAddress(), token, transfer));

    assertThat(toNewHolder.subtract(toExistingHolder))
        .as("a zero-to-nonzero SSTORE costs 20,000, a nonzero-to-nonzero one 2,900")
        .isGreaterThanOrEqualTo(BigInteger.valueOf(17_100));
  }

  @Test
  void gasPriceCoversTheNextBaseFeeAndPriorityFeeIsPositive() throws IOException {
    final BigInteger baseFee = node.web3j().ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send()
        .getBlock().getBaseFeePerGas();

    final EthGasPrice gasPrice = node.web3j().ethGasPrice().send();
    final EthMaxPriorityFeePerGas tip = node.web3j().ethMaxPriorityFeePerGas().send();

    assertThat(gasPrice.hasError()).as(DevnetNode.describe(gasPrice)).isFalse();
    assertThat(tip.hasError()).as(DevnetNode.describe(tip)).isFalse();
    assertThat(gasPrice.getGasPrice()).isGreaterThanOrEqualTo(baseFee);
    assertThat(tip.getMaxPriorityFeePerGas()).isPositive();
  }
}
