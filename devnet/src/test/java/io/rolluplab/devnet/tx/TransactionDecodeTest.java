package io.rolluplab.devnet.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.AccessListObject;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;

class TransactionDecodeTest {
  // the first Hardhat/anvil dev account (test-only key)
  private static final Credentials KEY =
      Credentials.create("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
  private static final String TO = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

  @Test
  void decodesAnEip1559TransactionWithItsFeeFieldsAndSender() throws Exception {
    final RawTransaction raw = RawTransaction.createTransaction(31337, BigInteger.valueOf(7), BigInteger.valueOf(21000),
        TO, BigInteger.TEN, "0x", BigInteger.valueOf(2), BigInteger.valueOf(100));
    final Transaction tx = Transaction.decode(TransactionEncoder.signMessage(raw, KEY));
    assertThat(tx.type()).isEqualTo(TransactionType.EIP1559);
    assertThat(tx.maxPriorityFeePerGas()).isEqualTo(2);
    assertThat(tx.maxFeePerGas()).isEqualTo(100);
    assertThat(tx.chainId()).isEqualTo(31337L);
    assertThat(tx.nonce()).isEqualTo(7);
    assertThat(tx.to()).isEqualTo(Address.fromHex(TO));
    assertThat(tx.sender()).isEqualTo(Address.fromHex(KEY.getAddress()));
  }

  @Test
  void decodesAnAccessListTransaction() throws Exception {
    final RawTransaction raw = RawTransaction.createTransaction(31337, BigInteger.ONE, BigInteger.valueOf(5),
        BigInteger.valueOf(30000), TO, BigInteger.ZERO, "0x",
        List.of(new AccessListObject(TO, List.of("0x" + "00".repeat(31) + "01"))));
    final Transaction tx = Transaction.decode(TransactionEncoder.signMessage(raw, KEY));
    assertThat(tx.type()).isEqualTo(TransactionType.ACCESS_LIST);
    assertThat(tx.gasPrice()).isEqualTo(5);
    assertThat(tx.accessList()).hasSize(1);
    assertThat(tx.accessList().get(0).storageKeys()).hasSize(1);
  }

  @Test
  void decodesALegacyEip155TransactionAndRecoversItsChainId() throws Exception {
    final RawTransaction raw = RawTransaction.createEtherTransaction(BigInteger.ZERO, BigInteger.ONE,
        BigInteger.valueOf(21000), TO, BigInteger.ONE);
    final Transaction tx = Transaction.decode(TransactionEncoder.signMessage(raw, 31337L, KEY));
    assertThat(tx.type()).isEqualTo(TransactionType.LEGACY);
    assertThat(tx.chainId()).isEqualTo(31337L);
    assertThat(tx.sender()).isEqualTo(Address.fromHex(KEY.getAddress()));
  }

  @Test
  void rejectsBytesThatAreNoTransaction() {
    assertThatThrownBy(() -> Transaction.decode(new byte[] {0x01, 0x02, 0x03}))
        .isInstanceOf(InvalidTransactionException.class)
        .satisfies(e -> assertThat(((InvalidTransactionException) e).rule())
            .isIn(InvalidTransactionException.Rule.MALFORMED, InvalidTransactionException.Rule.INVALID_SIGNATURE));
  }
}
