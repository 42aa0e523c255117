package io.rolluplab.devnet.rpc;

import static io.rolluplab.devnet.rpc.DevnetNode.address;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.BatchResponse;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthBlockNumber;
import org.web3j.protocol.core.methods.response.EthChainId;
import org.web3j.protocol.core.methods.response.EthFeeHistory;
import org.web3j.protocol.core.methods.response.EthFeeHistory.FeeHistory;
import org.web3j.protocol.core.methods.response.EthGetBalance;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** Chain identity, blocks (full and hashes-only), fee history and batch requests, read through web3j. */
class Web3jBlocksTest extends FreshNodeTest {
  private EthBlock.Block block(final BigInteger number, final boolean full) throws IOException {
    return node.web3j().ethGetBlockByNumber(DefaultBlockParameter.valueOf(number), full).send().getBlock();
  }

  @Test
  void chainIdAndNetworkIdAre31337() throws IOException {
    assertThat(node.web3j().ethChainId().send().getChainId()).isEqualTo(BigInteger.valueOf(31337));
    assertThat(node.web3j().netVersion().send().getNetVersion()).isEqualTo("31337");
    assertThat(node.web3j().web3ClientVersion().send().getWeb3ClientVersion()).isNotBlank();
    assertThat(node.web3j().ethSyncing().send().isSyncing()).isFalse();
  }

  @Test
  void freshChainIsAtGenesisAndEachTransactionAddsOneBlock() throws IOException {
    assertThat(node.blockNumber()).isZero();

    node.sendEther(0, address(1), BigInteger.ONE);
    node.sendEther(1, address(2), BigInteger.ONE);

    assertThat(node.blockNumber()).isEqualTo(BigInteger.TWO);
  }

  @Test
  void fullBlockHoldsTransactionObjectsAndHashesOnlyBlockTheirHashes() throws IOException {
    final TransactionReceipt receipt = node.sendEther(0, address(1), BigInteger.TEN);

    final EthBlock.Block full = block(receipt.getBlockNumber(), true);
    final EthBlock.Block hashesOnly = block(receipt.getBlockNumber(), false);

    assertThat(full.getHash()).isEqualTo(hashesOnly.getHash()).isEqualTo(receipt.getBlockHash());
    assertThat(full.getTransactions()).hasSize(1);
    final EthBlock.TransactionObject tx = (EthBlock.TransactionObject) full.getTransactions().get(0);
    assertThat(tx.getHash()).isEqualTo(receipt.getTransactionHash());
    assertThat(tx.getValue()).isEqualTo(BigInteger.TEN);
    assertThat(tx.getTo()).isEqualToIgnoringCase(address(1));
    assertThat(hashesOnly.getTransactions()).hasSize(1);
    assertThat(hashesOnly.getTransactions().get(0).get()).isEqualTo(receipt.getTransactionHash());
  }

  @Test
  void blockByHashIsTheSameBlockAsByNumberAndLinksToItsParent() throws IOException {
    node.sendEther(0, address(1), BigInteger.ONE);
    final EthBlock.Block genesis = block(BigInteger.ZERO, false);
    final EthBlock.Block first = block(BigInteger.ONE, false);

    final EthBlock.Block byHash = node.web3j().ethGetBlockByHash(first.getHash(), false).send().getBlock();

    assertThat(byHash.getNumber()).isEqualTo(BigInteger.ONE);
    assertThat(byHash.getStateRoot()).isEqualTo(first.getStateRoot());
    assertThat(byHash.getParentHash()).isEqualTo(genesis.getHash());
    assertThat(first.getTimestamp()).isGreaterThanOrEqualTo(genesis.getTimestamp());
    assertThat(first.getStateRoot()).isNotEqualTo(genesis.getStateRoot());
    assertThat(first.getGasUsed()).isEqualTo(BigInteger.valueOf(21_000));
    assertThat(first.getBaseFeePerGas()).isPositive();
    assertThat(first.getGasLimit()).isEqualTo(BigInteger.valueOf(30_000_000));
  }

  @Test
  void blockThatDoesNotExistYetIsNull() throws IOException {
    final EthBlock answer = node.web3j().ethGetBlockByNumber(DefaultBlockParameter.valueOf(BigInteger.valueOf(99)), false)
        .send();

    assertThat(answer.hasError()).isFalse();
    assertThat(answer.getBlock()).isNull();
  }

  @Test
  void blockTransactionCountByNumberCountsTheBlocksTransactions() throws IOException {
    final TransactionReceipt receipt = node.sendEther(0, address(1), BigInteger.ONE);

    assertThat(node.web3j().ethGetBlockTransactionCountByNumber(DefaultBlockParameter.valueOf(receipt.getBlockNumber()))
        .send().getTransactionCount()).isOne();
    assertThat(node.web3j().ethGetBlockTransactionCountByNumber(DefaultBlockParameter.valueOf(BigInteger.ZERO))
        .send().getTransactionCount()).isZero();
  }

  @Test
  void feeHistoryHasOneEntryPerBlockAndTheNextBaseFee() throws IOException {
    for (int i = 0; i < 4; i++) {
      node.sendEther(i, address(9), BigInteger.ONE);
    }

    final EthFeeHistory answer = node.web3j().ethFeeHistory(3, DefaultBlockParameterName.LATEST, List.of(25.0, 75.0))
        .send();

    assertThat(answer.hasError()).as(DevnetNode.describe(answer)).isFalse();
    final FeeHistory history = answer.getFeeHistory();

    assertThat(history.getOldestBlock()).isEqualTo(BigInteger.TWO);
    assertThat(history.getBaseFeePerGas()).as("3 blocks and the one after them").hasSize(4);
    assertThat(history.getBaseFeePerGas()).allSatisfy(fee -> assertThat(fee).isPositive());
    assertThat(history.getGasUsedRatio()).hasSize(3)
        .allSatisfy(ratio -> assertThat(ratio).isEqualTo(21_000 / 30_000_000.0, org.assertj.core.data.Offset.offset(1e-9)));
    assertThat(history.getReward()).hasSize(3).allSatisfy(rewards -> assertThat(rewards)
        .as("one reward per percentile: the single transaction's tip").containsExactly(DevnetNode.TIP, DevnetNode.TIP));
  }

  @Test
  void batchAnswersEveryRequestWithItsOwnResult() throws IOException {
    node.sendEther(0, address(1), BigInteger.ONE);

    final BatchResponse batch = node.web3j().newBatch()
        .add(node.web3j().ethChainId())
        .add(node.web3j().ethBlockNumber())
        .add(node.web3j().ethGetBalance(address(5), DefaultBlockParameterName.LATEST))
        .send();

    final List<? extends Response<?>> responses = batch.getResponses();
    assertThat(responses).hasSize(3);
    assertThat(((EthChainId) responses.get(0)).getChainId()).isEqualTo(BigInteger.valueOf(31337));
    assertThat(((EthBlockNumber) responses.get(1)).getBlockNumber()).isOne();
    assertThat(((EthGetBalance) responses.get(2)).getBalance()).isEqualTo(node.balance(address(5)));
  }

  @Test
  void failingRequestInABatchFailsAloneAndTheOthersStillAnswer() throws IOException {
    final BatchResponse batch = node.web3j().newBatch()
        .add(node.web3j().ethChainId())
        .add(node.web3j().ethGetBlockByHash("0x1234", false))
        .add(node.web3j().ethBlockNumber())
        .send();

    final List<? extends Response<?>> responses = batch.getResponses();
    assertThat(responses).hasSize(3);
    assertThat(responses.get(0).hasError()).isFalse();
    assertThat(responses.get(1).getError().getCode()).as("a 2-byte block hash is an invalid param").isEqualTo(-32602);
    assertThat(((EthBlockNumber) responses.get(2)).getBlockNumber()).isZero();
  }
}
