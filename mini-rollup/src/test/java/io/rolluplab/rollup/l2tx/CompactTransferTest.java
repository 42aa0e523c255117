package io.rolluplab.rollup.l2tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.types.Address;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.RawTransaction;
import org.web3j.utils.Numeric;

class CompactTransferTest {
  private static final long CHAIN_ID = 901;
  private static final ECKeyPair KEY = ECKeyPair.create(BigInteger.valueOf(0xC0FFEE));
  private static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000000b0");
  private static final BigInteger ETHER = BigInteger.TEN.pow(18);

  private static byte[] signed(final long nonce, final BigInteger value, final BigInteger tip, final BigInteger cap) {
    return L2Signer.sign(RawTransaction.createTransaction(CHAIN_ID, BigInteger.valueOf(nonce), CompactTransfer.STANDARD_GAS,
        BOB.toHex(), value, "", tip, cap), CHAIN_ID, KEY);
  }

  private static byte[] standard(final long nonce, final BigInteger value) {
    return signed(nonce, value, CompactTransfer.STANDARD_TIP, CompactTransfer.STANDARD_MAX_FEE);
  }

  private static String quantity(final BigInteger value) {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompactTransfer.writeQuantity(out, value);
    return Numeric.toHexString(out.toByteArray());
  }

  @Test
  void writesEachQuantityAsItsShortestMantissaAndExponent() {
    assertThat(quantity(BigInteger.ZERO)).isEqualTo("0x00");
    assertThat(quantity(BigInteger.ONE)).isEqualTo("0x2001");
    assertThat(quantity(ETHER)).isEqualTo("0x3201");
    assertThat(quantity(new BigInteger("1500000000000000000"))).isEqualTo("0x310f"); // 15 · 10^17
    assertThat(quantity(BigInteger.valueOf(257))).isEqualTo("0x400101");
    assertThat(quantity(new BigInteger("123456789012345678"))).isEqualTo("0xe0" + "0".repeat(48) + "01b69b4ba630f34e");
  }

  @Test
  void writesTheNonceAsAPlainNumberOfAtLeastOneByte() throws Exception {
    // so that nonces 0 to 255 share the head 0x20, which a batch writes once per run
    for (final long nonce : new long[] {0, 10, 100, 255}) {
      final byte[] signed = standard(nonce, ETHER);
      final byte[] body = CompactTransfer.batchBody(signed, L2Transaction.decode(signed), CHAIN_ID);
      assertThat(Arrays.copyOfRange(body, 1, 3)).as("nonce %d", nonce).containsExactly(0x20, (int) nonce);
    }
    final byte[] signed = standard(1000, ETHER);
    final byte[] body = CompactTransfer.batchBody(signed, L2Transaction.decode(signed), CHAIN_ID);
    assertThat(Arrays.copyOfRange(body, 1, 4)).as("not 0x23 01 (1·10^3)").containsExactly(0x40, 0x03, 0xe8);
  }

  @Test
  void aStandardTransferBecomesCompactAndDecodesToTheSameTransaction() throws Exception {
    final byte[] signed = standard(3, ETHER);
    final L2Transaction tx = L2Transaction.decode(signed);

    final byte[] body = CompactTransfer.batchBody(signed, tx, CHAIN_ID);
    final L2Transaction decoded = CompactTransfer.decodeBody(body, CHAIN_ID, RecipientNames.NONE);

    assertThat(body).hasSize(1 + 2 + 20 + 2 + 64).startsWith(CompactTransfer.KIND);
    assertThat(decoded).usingRecursiveComparison().isEqualTo(tx);
    assertThat(decoded.recoverSender()).isEqualTo(tx.recoverSender());
    assertThat(CompactTransfer.signedBytes(body, decoded)).isEqualTo(signed);
  }

  @Test
  void anyOtherTransactionKeepsTheBytesItWasSigned() throws Exception {
    final byte[] otherFees = signed(0, ETHER, BigInteger.ONE, CompactTransfer.STANDARD_MAX_FEE);
    final byte[] otherChain = L2Signer.sign(RawTransaction.createTransaction(1L, BigInteger.ZERO,
        CompactTransfer.STANDARD_GAS, BOB.toHex(), ETHER, "", CompactTransfer.STANDARD_TIP,
        CompactTransfer.STANDARD_MAX_FEE), 1L, KEY);

    assertThat(CompactTransfer.batchBody(otherFees, L2Transaction.decode(otherFees), CHAIN_ID)).isEqualTo(otherFees);
    assertThat(CompactTransfer.batchBody(otherChain, L2Transaction.decode(otherChain), CHAIN_ID)).isEqualTo(otherChain);
  }

  @Test
  void refusesACompactBodyThatDoesNotEndWithItsSignature() throws Exception {
    final byte[] signed = standard(0, ETHER);
    final byte[] body = CompactTransfer.batchBody(signed, L2Transaction.decode(signed), CHAIN_ID);

    assertThatThrownBy(() -> CompactTransfer.decodeBody(Arrays.copyOf(body, body.length - 1), CHAIN_ID, RecipientNames.NONE))
        .isInstanceOf(MalformedTransactionException.class).hasMessageContaining("s runs past the end");
    assertThatThrownBy(() -> CompactTransfer.decodeBody(Arrays.copyOf(body, body.length + 1), CHAIN_ID, RecipientNames.NONE))
        .isInstanceOf(MalformedTransactionException.class).hasMessageContaining("1 bytes after the signature");
  }

  /** Names BOB by any prefix of his key at least {@code shortest} bytes long, like a tree where his leaf is that deep. */
  private static RecipientNames bobAlone(final int shortest) {
    final byte[] key = Keccak.hash(BOB.toArray());
    return prefix -> prefix.length >= shortest && Arrays.equals(prefix, Arrays.copyOf(key, prefix.length))
        ? Optional.of(BOB) : Optional.empty();
  }

  @Test
  void aKnownRecipientIsNamedByTheShortestKeyPrefixThatNamesItAndDecodesToTheSameTransaction() throws Exception {
    final byte[] signed = standard(3, ETHER);
    final L2Transaction tx = L2Transaction.decode(signed);
    final byte[] full = CompactTransfer.batchBody(signed, tx, CHAIN_ID);

    final byte[] body = CompactTransfer.withRecipientPrefix(full, BOB, bobAlone(2));
    final L2Transaction decoded = CompactTransfer.decodeBody(body, CHAIN_ID, bobAlone(2));

    assertThat(body).hasSize(full.length - 18).startsWith((byte) 0x82);
    assertThat(CompactTransfer.recipientPrefix(body)).isEqualTo(Arrays.copyOf(Keccak.hash(BOB.toArray()), 2));
    assertThat(decoded).usingRecursiveComparison().isEqualTo(tx);
    assertThat(CompactTransfer.signedBytes(body, decoded)).isEqualTo(signed);
  }

  @Test
  void aRecipientThatNoPrefixNamesIsWrittenInFull() throws Exception {
    final byte[] signed = standard(0, ETHER);
    final byte[] full = CompactTransfer.batchBody(signed, L2Transaction.decode(signed), CHAIN_ID);

    assertThat(CompactTransfer.withRecipientPrefix(full, BOB, RecipientNames.NONE)).isEqualTo(full);
    assertThat(CompactTransfer.withRecipientPrefix(full, BOB, bobAlone(9))).isEqualTo(full);
  }

  @Test
  void aPrefixThatNamesNobodyIsAnUnknownRecipient() throws Exception {
    final byte[] signed = standard(0, ETHER);
    final byte[] body = CompactTransfer.withRecipientPrefix(
        CompactTransfer.batchBody(signed, L2Transaction.decode(signed), CHAIN_ID), BOB, bobAlone(3));

    assertThatThrownBy(() -> CompactTransfer.decodeBody(body, CHAIN_ID, RecipientNames.NONE))
        .isInstanceOf(UnknownRecipientException.class)
        .hasMessageContaining("key prefix " + Numeric.toHexString(CompactTransfer.recipientPrefix(body)));
  }
}
