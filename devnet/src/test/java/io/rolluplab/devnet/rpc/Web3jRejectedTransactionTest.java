package io.rolluplab.devnet.rpc;

import static io.rolluplab.devnet.rpc.DevnetNode.address;
import static io.rolluplab.devnet.rpc.DevnetNode.credentials;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.protocol.core.methods.response.EthSendTransaction;

/**
 * A transaction that may not enter a block is refused with code -32000 and a message naming the
 * reason, and leaves the chain as it was.
 */
class Web3jRejectedTransactionTest extends FreshNodeTest {
  private static final int REJECTED = -32000;
  private static final BigInteger TRANSFER_GAS = BigInteger.valueOf(21_000);

  private final Credentials sender = credentials(0);

  private void assertRejectedWith(final RawTransaction tx, final String reason) throws IOException {
    final BigInteger blockBefore = node.blockNumber();
    final BigInteger balanceBefore = node.balance(sender.getAddress());

    final EthSendTransaction sent = node.signAndSend(tx, sender);

    assertThat(sent.getError()).as("the node must refuse it").isNotNull();
    assertThat(sent.getError().getCode()).isEqualTo(REJECTED);
    assertThat(sent.getError().getMessage()).containsIgnoringCase(reason);
    assertThat(node.blockNumber()).isEqualTo(blockBefore);
    assertThat(node.balance(sender.getAddress())).isEqualTo(balanceBefore);
  }

  private RawTransaction transfer(final BigInteger nonce, final BigInteger gas, final BigInteger value,
      final BigInteger maxFee) {
    return RawTransaction.createTransaction(node.chainId(), nonce, gas, address(1), value, "", BigInteger.ZERO, maxFee);
  }

  @Test
  void reusedNonceIsRefusedAsNonceTooLow() throws IOException {
    node.sendEther(0, address(1), BigInteger.ONE);

    assertRejectedWith(transfer(BigInteger.ZERO, TRANSFER_GAS, BigInteger.ONE, DevnetNode.MAX_FEE), "nonce too low");
  }

  @Test
  void nonceWithAGapIsRefusedAsNonceTooHigh() throws IOException {
    assertRejectedWith(transfer(BigInteger.TWO, TRANSFER_GAS, BigInteger.ONE, DevnetNode.MAX_FEE), "nonce too high");
  }

  @Test
  void gasBelow21000IsRefusedAsIntrinsicGasTooLow() throws IOException {
    assertRejectedWith(transfer(BigInteger.ZERO, BigInteger.valueOf(20_999), BigInteger.ONE, DevnetNode.MAX_FEE),
        "intrinsic gas too low");
  }

  @Test
  void valueAboveTheBalanceIsRefusedAsInsufficientFunds() throws IOException {
    final BigInteger everything = node.balance(sender.getAddress());

    assertRejectedWith(transfer(BigInteger.ZERO, TRANSFER_GAS, everything, DevnetNode.MAX_FEE), "insufficient funds");
  }

  @Test
  void feeCapBelowTheBaseFeeIsRefused() throws IOException {
    assertRejectedWith(transfer(BigInteger.ZERO, TRANSFER_GAS, BigInteger.ONE, BigInteger.ONE), "base fee");
  }

  @Test
  void transactionSignedForAnotherChainIsRefused() throws IOException {
    final RawTransaction otherChain = RawTransaction.createTransaction(1L, BigInteger.ZERO, TRANSFER_GAS, address(1),
        BigInteger.ONE, "", BigInteger.ZERO, DevnetNode.MAX_FEE);

    assertRejectedWith(otherChain, "chain");
  }
}
