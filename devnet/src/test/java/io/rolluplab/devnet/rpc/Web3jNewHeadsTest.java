package io.rolluplab.devnet.rpc;

import static io.rolluplab.devnet.rpc.DevnetNode.address;
import static io.rolluplab.devnet.rpc.DevnetNode.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import io.reactivex.disposables.Disposable;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.websocket.WebSocketService;
import org.web3j.protocol.websocket.events.LogNotification;
import org.web3j.protocol.websocket.events.NewHead;
import org.web3j.utils.Numeric;

/**
 * {@code eth_subscribe} over a WebSocket on the RPC port: a client following {@code newHeads}
 * sees every new block, in order, as it is sealed, and a {@code logs} subscription sees the
 * matching logs. Blocks are made over HTTP; only the notifications come over the socket.
 */
class Web3jNewHeadsTest extends FreshNodeTest {
  private static final long WAIT_SECONDS = 5;

  private WebSocketService socket;
  private Web3j subscriber;

  @BeforeEach
  void connectWebSocket() throws Exception {
    socket = new WebSocketService(node.webSocketUrl(), false);
    socket.connect();
    subscriber = Web3j.build(socket);
  }

  @AfterEach
  void disconnectWebSocket() {
    subscriber.shutdown();
  }

  private static <T> T next(final BlockingQueue<T> queue, final String what) throws InterruptedException {
    final T item = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    assertThat(item).as("%s within %d s", what, WAIT_SECONDS).isNotNull();
    return item;
  }

  @Test
  void newHeadsDeliversEveryMinedBlockInOrderWithItsHash() throws Exception {
    final BlockingQueue<NewHead> heads = new LinkedBlockingQueue<>();
    final Disposable subscription = subscriber.newHeadsNotifications()
        .subscribe(notification -> heads.add(notification.getParams().getResult()));
    try {
      for (int i = 0; i < 3; i++) {
        final TransactionReceipt receipt = node.sendEther(i, address(9), BigInteger.ONE);
        final NewHead head = next(heads, "head of block " + receipt.getBlockNumber());

        assertThat(Numeric.decodeQuantity(head.getNumber())).isEqualTo(receipt.getBlockNumber());
        assertThat(head.getHash()).isEqualTo(receipt.getBlockHash());
        final EthBlock.Block block = node.web3j().ethGetBlockByNumber(
            DefaultBlockParameter.valueOf(receipt.getBlockNumber()), false).send().getBlock();
        assertThat(head.getParentHash()).isEqualTo(block.getParentHash());
        assertThat(head.getStateRoot()).isEqualTo(block.getStateRoot());
        assertThat(head.getTimestamp()).isEqualTo(block.getTimestampRaw());
      }
      node.result("evm_mine");
      assertThat(Numeric.decodeQuantity(next(heads, "head of the empty block").getNumber()))
          .isEqualTo(BigInteger.valueOf(4));
    } finally {
      subscription.dispose();
    }
  }

  @Test
  void noHeadArrivesAfterUnsubscribing() throws Exception {
    final BlockingQueue<NewHead> heads = new LinkedBlockingQueue<>();
    final Disposable subscription = subscriber.newHeadsNotifications()
        .subscribe(notification -> heads.add(notification.getParams().getResult()));
    node.result("evm_mine");
    next(heads, "the first head");

    subscription.dispose();
    node.result("evm_mine");

    assertThat(heads.poll(500, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void logsSubscriptionDeliversOnlyTheTransfersOfTheFilteredToken() throws Exception {
    final Credentials owner = credentials(0);
    final String token = node.mined(node.eip1559(owner, null, BigInteger.ZERO,
        BenchTokenAbi.deployment(BigInteger.valueOf(100)), BigInteger.valueOf(1_000_000)), owner).getContractAddress();
    final BlockingQueue<org.web3j.protocol.websocket.events.Log> logs = new LinkedBlockingQueue<>();
    final Disposable subscription = subscriber.logsNotifications(List.of(token), List.of(BenchTokenAbi.TRANSFER_TOPIC))
        .subscribe((LogNotification notification) -> logs.add(notification.getParams().getResult()));
    try {
      node.sendEther(1, address(2), BigInteger.ONE); // a block without logs
      final TransactionReceipt transfer = node.mined(node.eip1559(owner, token, BigInteger.ZERO,
          BenchTokenAbi.transfer(address(4), BigInteger.valueOf(25)), BigInteger.valueOf(100_000)), owner);

      final org.web3j.protocol.websocket.events.Log log = next(logs, "the Transfer log");
      assertThat(log.getAddress()).isEqualToIgnoringCase(token);
      assertThat(log.getTransactionHash()).isEqualTo(transfer.getTransactionHash());
      assertThat(log.getTopics()).containsExactlyElementsOf(transfer.getLogs().get(0).getTopics());
      assertThat(BenchTokenAbi.decodeUint(log.getData())).isEqualTo(BigInteger.valueOf(25));
      assertThat(logs.poll(300, TimeUnit.MILLISECONDS)).as("nothing else").isNull();
    } finally {
      subscription.dispose();
    }
  }
}
