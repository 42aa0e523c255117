package io.rolluplab.devnet.rpc;

import static io.rolluplab.devnet.rpc.DevnetNode.address;
import static io.rolluplab.devnet.rpc.DevnetNode.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * The dev methods Hardhat and anvil offer: move the clock ({@code evm_increaseTime},
 * {@code evm_setNextBlockTimestamp}), seal blocks ({@code evm_mine}, {@code evm_setAutomine}),
 * roll the chain back ({@code evm_snapshot}, {@code evm_revert}) and trace a transaction
 * ({@code debug_traceTransaction}).
 */
class Web3jDevMethodsTest extends FreshNodeTest {
  private static final long ONE_WEEK = 7 * 24 * 3600;

  private EthBlock.Block latest() throws IOException {
    return node.web3j().ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send().getBlock();
  }

  @Test
  void increaseTimeThenMineMovesTheBlockTimestampByAtLeastThatMuch() throws IOException {
    final BigInteger before = latest().getTimestamp();

    node.result("evm_increaseTime", ONE_WEEK);
    node.result("evm_mine");

    final EthBlock.Block mined = latest();
    assertThat(mined.getNumber()).isOne();
    assertThat(mined.getTimestamp().subtract(before).longValueExact())
        .as("a week later, give or take the seconds this test ran").isBetween(ONE_WEEK, ONE_WEEK + 60);
  }

  @Test
  void setNextBlockTimestampFixesTheNextBlocksTimestampExactly() throws IOException {
    final long target = latest().getTimestamp().longValueExact() + 1_000;

    node.result("evm_setNextBlockTimestamp", target);
    node.result("evm_mine");

    assertThat(latest().getTimestamp()).isEqualTo(BigInteger.valueOf(target));
  }

  @Test
  void mineWithNothingPendingSealsAnEmptyBlock() throws IOException {
    node.result("evm_mine");
    node.result("evm_mine");

    assertThat(node.blockNumber()).isEqualTo(BigInteger.TWO);
    assertThat(latest().getTransactions()).isEmpty();
    assertThat(latest().getGasUsed()).isZero();
  }

  @Test
  void revertToASnapshotRestoresBlocksAndBalances() throws IOException {
    node.sendEther(0, address(1), BigInteger.ONE);
    final EthBlock.Block atSnapshot = latest();
    final BigInteger balanceAtSnapshot = node.balance(address(2));
    final Object snapshot = node.result("evm_snapshot");

    node.sendEther(0, address(2), DevnetNode.ETHER);
    node.sendEther(0, address(2), DevnetNode.ETHER);
    final Object reverted = node.result("evm_revert", snapshot);

    assertThat(reverted).isEqualTo(true);
    assertThat(latest().getHash()).isEqualTo(atSnapshot.getHash());
    assertThat(node.balance(address(2))).isEqualTo(balanceAtSnapshot);
    assertThat(node.nextNonce(credentials(0))).isOne();
  }

  @Test
  void snapshotIsUsedUpByRevertingToIt() throws IOException {
    final Object snapshot = node.result("evm_snapshot");
    node.sendEther(0, address(2), BigInteger.ONE);
    node.result("evm_revert", snapshot);

    assertThat(node.result("evm_revert", snapshot)).isEqualTo(false);
  }

  @Test
  void withAutomineOffTransactionsWaitUntilMine() throws IOException {
    node.result("evm_setAutomine", false);
    final Credentials sender = credentials(0);

    final EthSendTransaction first = node.signAndSend(node.eip1559(sender, address(1), BigInteger.ONE, "",
        BigInteger.valueOf(21_000)), sender);
    final EthSendTransaction second = node.signAndSend(node.eip1559(sender, address(1), BigInteger.ONE, "",
        BigInteger.valueOf(21_000)), sender);

    assertThat(node.receipt(first.getTransactionHash())).isEmpty();
    assertThat(node.nextNonce(sender)).as("pending count includes both").isEqualTo(BigInteger.TWO);
    final org.web3j.protocol.core.methods.response.Transaction waiting = node.web3j()
        .ethGetTransactionByHash(first.getTransactionHash()).send().getTransaction().orElseThrow();
    assertThat(waiting.getBlockNumberRaw()).as("a pending transaction has no block yet").isNull();
    assertThat(waiting.getBlockHash()).isNull();
    node.result("evm_mine");
    final TransactionReceipt firstReceipt = node.receipt(first.getTransactionHash()).orElseThrow();
    final TransactionReceipt secondReceipt = node.receipt(second.getTransactionHash()).orElseThrow();
    assertThat(firstReceipt.getBlockNumber()).isOne().isEqualTo(secondReceipt.getBlockNumber());
    assertThat(secondReceipt.getTransactionIndex()).isOne();
    assertThat(secondReceipt.getCumulativeGasUsed()).isEqualTo(BigInteger.valueOf(42_000));
  }

  @Test
  @SuppressWarnings("unchecked")
  void traceOfATokenTransferListsItsStepsEndingInStorageWritesAndTheLog() throws IOException {
    final Credentials owner = credentials(0);
    final String token = node.mined(node.eip1559(owner, null, BigInteger.ZERO,
        BenchTokenAbi.deployment(BigInteger.valueOf(100)), BigInteger.valueOf(1_000_000)), owner).getContractAddress();
    final TransactionReceipt transfer = node.mined(node.eip1559(owner, token, BigInteger.ZERO,
        BenchTokenAbi.transfer(address(1), BigInteger.ONE), BigInteger.valueOf(100_000)), owner);

    final Map<String, Object> trace = (Map<String, Object>) node.result("debug_traceTransaction",
        transfer.getTransactionHash());

    assertThat(trace.get("failed")).isEqualTo(false);
    assertThat(((Number) trace.get("gas")).longValue()).isEqualTo(transfer.getGasUsed().longValueExact());
    final List<Map<String, Object>> steps = (List<Map<String, Object>>) trace.get("structLogs");
    final List<Object> ops = steps.stream().map(step -> step.get("op")).toList();
    assertThat(ops).startsWith("PUSH1", "PUSH1", "MSTORE").contains("SLOAD", "SSTORE", "LOG3").endsWith("RETURN");
    assertThat(steps.get(0).get("pc")).isEqualTo(0);
    assertThat(steps.get(0).get("depth")).isEqualTo(1);
  }
}
