package io.rolluplab.devnet.rpc;

import static io.rolluplab.devnet.rpc.DevnetNode.address;
import static io.rolluplab.devnet.rpc.DevnetNode.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccounts;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.AccessListObject;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.Transaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/**
 * The three transaction types a wallet signs (legacy with EIP-155, EIP-2930 access lists, EIP-1559
 * fees) are accepted, mined and reported back with their own fields; {@code eth_sendTransaction}
 * signs for a dev account.
 */
class Web3jTransactionTypesTest extends FreshNodeTest {
  private static final BigInteger TRANSFER_GAS = BigInteger.valueOf(21_000);
  private static final BigInteger GAS_PRICE = DevnetNode.GWEI.multiply(BigInteger.valueOf(3));

  private final Credentials sender = credentials(0);

  /** An {@code eth_sendTransaction} request: the node fills in nonce, gas and fees and signs. */
  private static org.web3j.protocol.core.methods.request.Transaction unsignedTransfer(final String from, final String to,
      final BigInteger value) {
    return org.web3j.protocol.core.methods.request.Transaction.createEtherTransaction(from, null, null, null, to, value);
  }

  private Transaction transaction(final String hash) throws IOException {
    return node.web3j().ethGetTransactionByHash(hash).send().getTransaction()
        .orElseThrow(() -> new AssertionError("no transaction " + hash));
  }

  @Test
  void legacyTransactionWithEip155SignatureIsMinedAndPaysItsGasPrice() throws IOException {
    final RawTransaction legacy = RawTransaction.createEtherTransaction(node.nextNonce(sender), GAS_PRICE, TRANSFER_GAS,
        address(1), BigInteger.TEN);
    final BigInteger recipientBefore = node.balance(address(1));

    final TransactionReceipt receipt = node.mined(legacy, sender);

    assertThat(receipt.isStatusOK()).isTrue();
    assertThat(receipt.getType()).isEqualTo("0x0");
    assertThat(Numeric.decodeQuantity(receipt.getEffectiveGasPrice())).isEqualTo(GAS_PRICE);
    assertThat(node.balance(address(1))).isEqualTo(recipientBefore.add(BigInteger.TEN));
    final Transaction tx = transaction(receipt.getTransactionHash());
    assertThat(tx.getType()).isEqualTo("0x0");
    assertThat(tx.getGasPrice()).isEqualTo(GAS_PRICE);
    assertThat(tx.getV()).as("EIP-155: v = chainId * 2 + 35 or 36")
        .isIn(node.chainId() * 2 + 35, node.chainId() * 2 + 36);
    assertThat(tx.getFrom()).isEqualToIgnoringCase(sender.getAddress());
  }

  @Test
  void accessListTransactionIsMinedWithItsAccessList() throws IOException {
    final String storageKey = Numeric.toHexStringWithPrefixZeroPadded(BigInteger.ONE, 64);
    final List<AccessListObject> accessList = List.of(new AccessListObject(address(2), List.of(storageKey)));
    final RawTransaction eip2930 = RawTransaction.createTransaction(node.chainId(), node.nextNonce(sender), GAS_PRICE,
        BigInteger.valueOf(30_000), address(1), BigInteger.TEN, "", accessList);

    final TransactionReceipt receipt = node.mined(eip2930, sender);

    assertThat(receipt.isStatusOK()).isTrue();
    assertThat(receipt.getType()).isEqualTo("0x1");
    assertThat(receipt.getGasUsed()).as("21,000 + 2,400 per address + 1,900 per storage key (EIP-2930)")
        .isEqualTo(BigInteger.valueOf(21_000 + 2_400 + 1_900));
    final Transaction tx = transaction(receipt.getTransactionHash());
    assertThat(tx.getType()).isEqualTo("0x1");
    assertThat(tx.getAccessList()).hasSize(1);
    assertThat(tx.getAccessList().get(0).getAddress()).isEqualToIgnoringCase(address(2));
    assertThat(tx.getAccessList().get(0).getStorageKeys()).containsExactly(storageKey);
  }

  @Test
  void eip1559TransactionReportsItsFeeCapAndTip() throws IOException {
    final TransactionReceipt receipt = node.sendEther(0, address(1), BigInteger.TEN);

    final Transaction tx = transaction(receipt.getTransactionHash());
    assertThat(tx.getType()).isEqualTo("0x2");
    assertThat(tx.getMaxFeePerGas()).isEqualTo(DevnetNode.MAX_FEE);
    assertThat(tx.getMaxPriorityFeePerGas()).isEqualTo(DevnetNode.TIP);
    assertThat(tx.getChainId()).isEqualTo(node.chainId());
    assertThat(tx.getBlockNumber()).isEqualTo(receipt.getBlockNumber());
    assertThat(tx.getBlockHash()).isEqualTo(receipt.getBlockHash());
    assertThat(tx.getTransactionIndex()).isZero();
  }

  @Test
  void transactionHashIsTheKeccakOfTheSignedBytes() throws IOException {
    final RawTransaction tx = node.eip1559(sender, address(1), BigInteger.ONE, "", TRANSFER_GAS);
    final byte[] signed = TransactionEncoder.signMessage(tx, sender);

    final EthSendTransaction sent = node.web3j().ethSendRawTransaction(Numeric.toHexString(signed)).send();

    assertThat(sent.getTransactionHash()).isEqualTo(Hash.sha3(Numeric.toHexString(signed)));
  }

  @Test
  void unknownHashHasNeitherTransactionNorReceipt() throws IOException {
    final String unknown = Hash.sha3String("never sent");

    assertThat(node.web3j().ethGetTransactionByHash(unknown).send().getTransaction()).isEmpty();
    assertThat(node.receipt(unknown)).isEmpty();
  }

  @Test
  void ethAccountsListsTheTenDevAccountsInOrder() throws IOException {
    final List<String> accounts = node.web3j().ethAccounts().send().getAccounts();

    assertThat(accounts).hasSize(DevAccounts.COUNT);
    for (int i = 0; i < DevAccounts.COUNT; i++) {
      assertThat(accounts.get(i)).isEqualToIgnoringCase(address(i));
    }
  }

  @Test
  void sendTransactionFromADevAccountIsSignedByTheNodeAndMined() throws IOException {
    final BigInteger recipientBefore = node.balance(address(7));
    final EthSendTransaction sent = node.web3j().ethSendTransaction(unsignedTransfer(address(3), address(7),
        DevnetNode.ETHER)).send();

    assertThat(sent.hasError()).as("eth_sendTransaction from a dev account").isFalse();
    final TransactionReceipt receipt = node.receipt(sent.getTransactionHash()).orElseThrow();
    assertThat(receipt.isStatusOK()).isTrue();
    assertThat(receipt.getFrom()).isEqualToIgnoringCase(address(3));
    assertThat(node.balance(address(7))).isEqualTo(recipientBefore.add(DevnetNode.ETHER));
  }

  @Test
  void sendTransactionFromAnAccountWithoutAKnownKeyIsRefused() throws IOException {
    final String stranger = "0x000000000000000000000000000000000000dead";
    final EthSendTransaction sent = node.web3j().ethSendTransaction(unsignedTransfer(stranger, address(7),
        BigInteger.ONE)).send();

    assertThat(sent.getError()).isNotNull();
    assertThat(sent.getError().getMessage()).isNotBlank();
  }
}
