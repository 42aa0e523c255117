package io.rolluplab.devnet.rpc;

import static io.rolluplab.devnet.rpc.DevnetNode.address;
import static io.rolluplab.devnet.rpc.DevnetNode.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.trie.OrderedTrie;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;
import org.web3j.utils.Numeric;

/**
 * {@code debug_getRawHeader} and {@code debug_getRawBlock}, geth's raw views of a block: what a
 * contract needs to be shown to learn a transaction from a block hash (header → transactionsRoot →
 * the signed transaction).
 */
class RawBlockMethodsTest extends FreshNodeTest {
  private static final BigInteger GAS_PRICE = BigInteger.valueOf(20_000_000_000L);

  @Test
  void rawHeaderHashesToTheBlockHashAndRawBlockHoldsEachSignedTransactionInOrder() throws IOException {
    node.result("evm_setAutomine", false);
    final Credentials first = credentials(0);
    final Credentials second = credentials(1);
    final List<String> sent = new ArrayList<>();
    sent.add(send(node.eip1559(first, address(2), BigInteger.ONE, "0x1234", BigInteger.valueOf(30_000)), first));
    sent.add(send(RawTransaction.createTransaction(node.nextNonce(second), GAS_PRICE, BigInteger.valueOf(21_000),
        address(3), BigInteger.TWO, ""), second)); // legacy, EIP-155
    sent.add(send(node.eip1559(first, address(4), BigInteger.TEN, "0x", BigInteger.valueOf(21_000)), first));
    node.result("evm_mine");
    final EthBlock.Block block = node.web3j().ethGetBlockByNumber(DefaultBlockParameter.valueOf(BigInteger.ONE), false)
        .send().getBlock();

    final byte[] header = Numeric.hexStringToByteArray((String) node.result("debug_getRawHeader", "0x1"));
    final List<RlpType> raw = ((RlpList) RlpDecoder.decode(
        Numeric.hexStringToByteArray((String) node.result("debug_getRawBlock", "0x1"))).getValues().get(0)).getValues();

    assertThat(Numeric.toHexString(Keccak.hash(header))).isEqualTo(block.getHash());
    assertThat(RlpEncoder.encode(raw.get(0))).isEqualTo(header);
    final List<byte[]> signed = ((RlpList) raw.get(1)).getValues().stream().map(RawBlockMethodsTest::signed).toList();
    final List<String> inBlock = block.getTransactions().stream().map(tx -> (String) tx.get()).toList();
    assertThat(signed.stream().map(tx -> Numeric.toHexString(Keccak.hash(tx))).toList())
        .isEqualTo(inBlock) // the block's order: the legacy transaction pays more, so it came first
        .containsExactlyInAnyOrderElementsOf(sent);
    assertThat(((RlpList) raw.get(2)).getValues()).as("ommers").isEmpty();
    assertThat(((RlpList) raw.get(3)).getValues()).as("withdrawals").isEmpty();
    assertThat(Numeric.toHexString(OrderedTrie.root(signed))).isEqualTo(block.getTransactionsRoot());
  }

  @Test
  void proofOfATransactionStartsAtTheTransactionsRootAndEndsInItsLeaf() throws IOException {
    node.result("evm_setAutomine", false);
    final Credentials sender = credentials(0);
    for (int i = 0; i < 20; i++) {
      send(node.eip1559(sender, address(1), BigInteger.valueOf(i + 1), "0x", BigInteger.valueOf(21_000)), sender);
    }
    node.result("evm_mine");
    final List<RlpType> raw = ((RlpList) RlpDecoder.decode(
        Numeric.hexStringToByteArray((String) node.result("debug_getRawBlock", "latest"))).getValues().get(0)).getValues();
    final List<byte[]> signed = ((RlpList) raw.get(1)).getValues().stream().map(RawBlockMethodsTest::signed).toList();
    final byte[] root = OrderedTrie.root(signed);

    for (final int index : List.of(0, 1, 16, 19)) {
      final List<byte[]> proof = OrderedTrie.proof(signed, index);
      assertThat(Keccak.hash(proof.get(0))).as("the first node is the root").isEqualTo(root);
      for (int n = 1; n < proof.size(); n++) {
        assertThat(proof.get(n - 1)).as("node %d names node %d by hash", n - 1, n)
            .containsSubsequence(box(Keccak.hash(proof.get(n))));
      }
      final List<RlpType> leaf = ((RlpList) RlpDecoder.decode(proof.get(proof.size() - 1)).getValues().get(0)).getValues();
      assertThat(((RlpString) leaf.get(1)).getBytes()).as("transaction %d", index).isEqualTo(signed.get(index));
    }
  }

  @Test
  void unknownBlockIsAnErrorThatSaysWhichBlocksExist() throws IOException {
    final DevnetNode.AnyResponse answer = node.call("debug_getRawHeader", "0x9");

    assertThat(answer.getError().getMessage()).isEqualTo("block not found: the devnet has blocks 0 to 0");
  }

  private String send(final RawTransaction tx, final Credentials sender) throws IOException {
    final EthSendTransaction sent = node.signAndSend(tx, sender);
    assertThat(sent.hasError()).as("sent").isFalse();
    return sent.getTransactionHash();
  }

  /** A block's transaction as signed: a typed one is a byte string, a legacy one its own RLP list. */
  private static byte[] signed(final RlpType tx) {
    return tx instanceof RlpString typed ? typed.getBytes() : RlpEncoder.encode(tx);
  }

  private static Byte[] box(final byte[] bytes) {
    final Byte[] boxed = new Byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      boxed[i] = bytes[i];
    }
    return boxed;
  }
}
