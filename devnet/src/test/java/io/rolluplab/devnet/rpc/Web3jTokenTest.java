package io.rolluplab.devnet.rpc;

import static io.rolluplab.devnet.rpc.DevnetNode.address;
import static io.rolluplab.devnet.rpc.DevnetNode.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/** Deploys the ERC-20 {@code BenchToken} and moves tokens, all through web3j over HTTP. */
class Web3jTokenTest extends FreshNodeTest {
  private static final BigInteger SUPPLY = BigInteger.valueOf(1_000_000);
  private static final BigInteger DEPLOY_GAS = BigInteger.valueOf(1_000_000);
  private static final BigInteger TRANSFER_GAS = BigInteger.valueOf(100_000);

  private final Credentials owner = credentials(0);

  private TransactionReceipt deploy() throws IOException {
    return node.mined(node.eip1559(owner, null, BigInteger.ZERO, BenchTokenAbi.deployment(SUPPLY), DEPLOY_GAS), owner);
  }

  private BigInteger tokenBalance(final String token, final String holder) throws IOException {
    final EthCall result = node.web3j().ethCall(
        Transaction.createEthCallTransaction(holder, token, BenchTokenAbi.balanceOf(holder)),
        DefaultBlockParameterName.LATEST).send();
    assertThat(result.hasError()).as("balanceOf must not fail: %s", DevnetNode.describe(result)).isFalse();
    return BenchTokenAbi.decodeUint(result.getValue());
  }

  @Test
  void deploymentReceiptNamesTheNewContractWhoseCodeIsThenOnChain() throws IOException {
    final TransactionReceipt receipt = deploy();

    assertThat(receipt.isStatusOK()).isTrue();
    assertThat(receipt.getContractAddress()).startsWith("0x").hasSize(42);
    assertThat(receipt.getTo()).isNull();
    final String code = node.web3j().ethGetCode(receipt.getContractAddress(), DefaultBlockParameterName.LATEST)
        .send().getCode();
    assertThat(code).isNotEqualTo("0x").startsWith("0x");
  }

  @Test
  void deployerHoldsTheWholeSupplyAndEveryoneElseNothing() throws IOException {
    final String token = deploy().getContractAddress();

    assertThat(tokenBalance(token, owner.getAddress())).isEqualTo(SUPPLY);
    assertThat(tokenBalance(token, address(1))).isZero();
  }

  @Test
  void signedEip1559TransfersMoveTokensBetweenAccounts() throws IOException {
    final String token = deploy().getContractAddress();

    node.mined(node.eip1559(owner, token, BigInteger.ZERO, BenchTokenAbi.transfer(address(1), BigInteger.valueOf(300)),
        TRANSFER_GAS), owner);
    final Credentials second = credentials(1);
    node.mined(node.eip1559(second, token, BigInteger.ZERO, BenchTokenAbi.transfer(address(2), BigInteger.valueOf(120)),
        TRANSFER_GAS), second);

    assertThat(tokenBalance(token, owner.getAddress())).isEqualTo(SUPPLY.subtract(BigInteger.valueOf(300)));
    assertThat(tokenBalance(token, address(1))).isEqualTo(BigInteger.valueOf(180));
    assertThat(tokenBalance(token, address(2))).isEqualTo(BigInteger.valueOf(120));
  }

  @Test
  void callAtAnEarlierBlockSeesTheBalancesOfThatBlock() throws IOException {
    final String token = deploy().getContractAddress();
    final TransactionReceipt transfer = node.mined(node.eip1559(owner, token, BigInteger.ZERO,
        BenchTokenAbi.transfer(address(1), BigInteger.valueOf(70)), TRANSFER_GAS), owner);
    final DefaultBlockParameter before = DefaultBlockParameter.valueOf(transfer.getBlockNumber().subtract(BigInteger.ONE));

    final EthCall then = node.web3j().ethCall(
        Transaction.createEthCallTransaction(owner.getAddress(), token, BenchTokenAbi.balanceOf(address(1))), before).send();

    assertThat(then.hasError()).as(DevnetNode.describe(then)).isFalse();
    assertThat(BenchTokenAbi.decodeUint(then.getValue())).isZero();
    assertThat(tokenBalance(token, address(1))).isEqualTo(BigInteger.valueOf(70));
  }

  @Test
  void transferReceiptCarriesStatusGasUsedFeeAndTheTransferLog() throws IOException {
    final String token = deploy().getContractAddress();

    final TransactionReceipt receipt = node.mined(node.eip1559(owner, token, BigInteger.ZERO,
        BenchTokenAbi.transfer(address(3), BigInteger.TEN), TRANSFER_GAS), owner);

    assertThat(receipt.getStatus()).isEqualTo("0x1");
    assertThat(receipt.getContractAddress()).isNull();
    assertThat(receipt.getTo()).isEqualToIgnoringCase(token);
    assertThat(receipt.getFrom()).isEqualToIgnoringCase(owner.getAddress());
    assertThat(receipt.getGasUsed()).isGreaterThan(BigInteger.valueOf(21_000)).isLessThan(TRANSFER_GAS);
    assertThat(receipt.getCumulativeGasUsed()).isEqualTo(receipt.getGasUsed()); // alone in its block
    assertThat(receipt.getType()).isEqualTo("0x2");
    final BigInteger baseFee = node.web3j().ethGetBlockByNumber(
        DefaultBlockParameter.valueOf(receipt.getBlockNumber()), false).send()
        .getBlock().getBaseFeePerGas();
    assertThat(Numeric.decodeQuantity(receipt.getEffectiveGasPrice()))
        .as("effective gas price = base fee + tip, below the fee cap")
        .isEqualTo(baseFee.add(DevnetNode.TIP).min(DevnetNode.MAX_FEE));
    assertThat(receipt.getLogsBloom()).as("the bloom has bits set for the token and the topics")
        .isNotEqualTo("0x" + "0".repeat(512))
        .isEqualTo(node.web3j().ethGetBlockByHash(receipt.getBlockHash(), false).send().getBlock().getLogsBloom());
    assertThat(receipt.getLogs()).hasSize(1);
    assertThat(BenchTokenAbi.decodeTransfer(receipt.getLogs().get(0)))
        .isEqualTo(new BenchTokenAbi.Transfer(owner.getAddress(), address(3), BigInteger.TEN));
    assertThat(receipt.getLogs().get(0).getAddress()).isEqualToIgnoringCase(token);
    assertThat(receipt.getLogs().get(0).getTransactionHash()).isEqualTo(receipt.getTransactionHash());
    assertThat(receipt.getLogs().get(0).getBlockNumber()).isEqualTo(receipt.getBlockNumber());
  }

  @Test
  void senderPaysGasUsedTimesEffectiveGasPriceInEther() throws IOException {
    final String token = deploy().getContractAddress();
    final BigInteger before = node.balance(owner.getAddress());

    final TransactionReceipt receipt = node.mined(node.eip1559(owner, token, BigInteger.ZERO,
        BenchTokenAbi.transfer(address(1), BigInteger.ONE), TRANSFER_GAS), owner);

    final BigInteger fee = receipt.getGasUsed().multiply(Numeric.decodeQuantity(receipt.getEffectiveGasPrice()));
    assertThat(node.balance(owner.getAddress())).isEqualTo(before.subtract(fee));
  }
}
