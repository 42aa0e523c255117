package io.rolluplab.devnet.rpc;

import static io.rolluplab.devnet.rpc.DevnetNode.address;
import static io.rolluplab.devnet.rpc.DevnetNode.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.rpc.BenchTokenAbi.Transfer;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * Reads {@code Transfer} events back with {@code eth_getLogs}: by contract address, by indexed
 * topics (single values, wildcards and OR lists) and by block range, and decodes them.
 *
 * <p>The chain is built once for the class and only read by the tests: two tokens, each minted to
 * account 0 in its constructor, then four transfers of token A and one of token B, each in its own
 * block (automine).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Web3jLogsTest {
  private static final BigInteger GAS = BigInteger.valueOf(1_000_000);

  private DevnetNode node;
  private String tokenA;
  private String tokenB;
  private TransactionReceipt zeroToTwo;
  private TransactionReceipt oneToTwo;
  private TransactionReceipt oneToThree;

  @BeforeAll
  void buildChainWithTwoTokensAndFiveTransfers() throws Exception {
    node = DevnetNode.start();
    tokenA = deploy(BigInteger.valueOf(1_000));
    tokenB = deploy(BigInteger.valueOf(5_000));
    transfer(0, tokenA, 1, 100);
    zeroToTwo = transfer(0, tokenA, 2, 200);
    oneToTwo = transfer(1, tokenA, 2, 30);
    oneToThree = transfer(1, tokenA, 3, 40);
    transfer(0, tokenB, 3, 7);
  }

  @AfterAll
  void stopNode() throws Exception {
    node.close();
  }

  private String deploy(final BigInteger supply) throws IOException {
    final Credentials owner = credentials(0);
    return node.mined(node.eip1559(owner, null, BigInteger.ZERO, BenchTokenAbi.deployment(supply), GAS), owner)
        .getContractAddress();
  }

  private TransactionReceipt transfer(final int from, final String token, final int to, final long value) throws IOException {
    final Credentials sender = credentials(from);
    return node.mined(node.eip1559(sender, token, BigInteger.ZERO,
        BenchTokenAbi.transfer(address(to), BigInteger.valueOf(value)), GAS), sender);
  }

  /** An address as an indexed topic: left-padded to 32 bytes. */
  private static String topic(final String address) {
    return "0x" + TypeEncoder.encode(new Address(address));
  }

  private static EthFilter wholeChain(final String... addresses) {
    return new EthFilter(DefaultBlockParameterName.EARLIEST, DefaultBlockParameterName.LATEST, List.of(addresses));
  }

  private List<Log> logs(final EthFilter filter) throws IOException {
    final EthLog response = node.web3j().ethGetLogs(filter).send();
    assertThat(response.hasError()).as("eth_getLogs must succeed: %s", DevnetNode.describe(response)).isFalse();
    return response.getLogs().stream().map(result -> (Log) result.get()).toList();
  }

  private List<Transfer> transfers(final EthFilter filter) throws IOException {
    return logs(filter).stream().map(BenchTokenAbi::decodeTransfer).toList();
  }

  private static Transfer transferOf(final int from, final int to, final long value) {
    return new Transfer(address(from), address(to), BigInteger.valueOf(value));
  }

  private static Transfer mintTo(final int to, final long value) {
    return new Transfer("0x0000000000000000000000000000000000000000", address(to), BigInteger.valueOf(value));
  }

  @Test
  void addressFilterReturnsEveryTransferOfThatTokenInChainOrder() throws IOException {
    assertThat(transfers(wholeChain(tokenA))).containsExactly(
        mintTo(0, 1_000), transferOf(0, 1, 100), transferOf(0, 2, 200), transferOf(1, 2, 30), transferOf(1, 3, 40));
  }

  @Test
  void listOfAddressesMatchesLogsOfEitherContract() throws IOException {
    assertThat(transfers(wholeChain(tokenA, tokenB))).hasSize(7);
    assertThat(transfers(wholeChain(tokenB))).containsExactly(mintTo(0, 5_000), transferOf(0, 3, 7));
  }

  @Test
  void senderTopicSelectsOnlyThatSendersTransfers() throws IOException {
    final EthFilter fromOne = wholeChain(tokenA).addSingleTopic(BenchTokenAbi.TRANSFER_TOPIC).addSingleTopic(topic(address(1)));

    assertThat(transfers(fromOne)).containsExactly(transferOf(1, 2, 30), transferOf(1, 3, 40));
  }

  @Test
  void wildcardTopicThenRecipientTopicSelectsTransfersToThatRecipientFromAnyContract() throws IOException {
    final EthFilter toThree = wholeChain().addSingleTopic(BenchTokenAbi.TRANSFER_TOPIC).addNullTopic()
        .addSingleTopic(topic(address(3)));

    assertThat(transfers(toThree)).containsExactly(transferOf(1, 3, 40), transferOf(0, 3, 7));
  }

  @Test
  void orListInOneTopicPositionMatchesAnyOfItsValues() throws IOException {
    final EthFilter toOneOrThree = wholeChain(tokenA).addSingleTopic(BenchTokenAbi.TRANSFER_TOPIC).addNullTopic()
        .addOptionalTopics(topic(address(1)), topic(address(3)));

    assertThat(transfers(toOneOrThree)).containsExactly(transferOf(0, 1, 100), transferOf(1, 3, 40));
  }

  @Test
  void topicThatNoLogHasMatchesNothing() throws IOException {
    final EthFilter toNine = wholeChain(tokenA, tokenB).addSingleTopic(BenchTokenAbi.TRANSFER_TOPIC).addNullTopic()
        .addSingleTopic(topic(address(9)));

    assertThat(logs(toNine)).isEmpty();
  }

  @Test
  void blockRangeIsInclusiveAtBothEnds() throws IOException {
    final EthFilter middle = new EthFilter(DefaultBlockParameter.valueOf(zeroToTwo.getBlockNumber()),
        DefaultBlockParameter.valueOf(oneToTwo.getBlockNumber()), tokenA);

    assertThat(transfers(middle)).containsExactly(transferOf(0, 2, 200), transferOf(1, 2, 30));
  }

  @Test
  void rangeOfOneBlockReturnsOnlyThatBlocksLogs() throws IOException {
    final DefaultBlockParameter block = DefaultBlockParameter.valueOf(oneToThree.getBlockNumber());

    assertThat(transfers(new EthFilter(block, block, List.of()))).containsExactly(transferOf(1, 3, 40));
  }

  @Test
  void logsCarryTheBlockAndTransactionTheyCameFrom() throws IOException {
    final DefaultBlockParameter block = DefaultBlockParameter.valueOf(oneToTwo.getBlockNumber());
    final Log log = logs(new EthFilter(block, block, tokenA)).get(0);

    assertThat(log.getBlockNumber()).isEqualTo(oneToTwo.getBlockNumber());
    assertThat(log.getBlockHash()).isEqualTo(oneToTwo.getBlockHash());
    assertThat(log.getTransactionHash()).isEqualTo(oneToTwo.getTransactionHash());
    assertThat(log.getTransactionIndex()).isZero();
    assertThat(log.getLogIndex()).isZero();
    assertThat(log.isRemoved()).isFalse();
    assertThat(log).isEqualTo(oneToTwo.getLogs().get(0));
  }
}
