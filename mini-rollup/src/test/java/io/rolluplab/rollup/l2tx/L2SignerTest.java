package io.rolluplab.rollup.l2tx;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;

class L2SignerTest {
  private static final long CHAIN_ID = 42069;
  private static final String TO = "0x00000000000000000000000000000000000000b0";

  @Test
  void signsEip1559AndLegacyTransfersToTheSameBytesAsWeb3jForManyKeysAndNonces() {
    for (int i = 1; i <= 200; i++) {
      final Credentials key = Credentials.create(ECKeyPair.create(BigInteger.valueOf(7_919L * i)));
      final BigInteger nonce = BigInteger.valueOf(i);
      final RawTransaction eip1559 = RawTransaction.createEtherTransaction(CHAIN_ID, nonce, BigInteger.valueOf(21_000),
          TO, BigInteger.valueOf(i), BigInteger.ONE, BigInteger.TEN);
      final RawTransaction legacy = RawTransaction.createEtherTransaction(nonce, BigInteger.TEN,
          BigInteger.valueOf(21_000), TO, BigInteger.valueOf(i));

      assertThat(L2Signer.sign(eip1559, CHAIN_ID, key.getEcKeyPair()))
          .isEqualTo(TransactionEncoder.signMessage(eip1559, CHAIN_ID, key));
      assertThat(L2Signer.sign(legacy, CHAIN_ID, key.getEcKeyPair()))
          .isEqualTo(TransactionEncoder.signMessage(legacy, CHAIN_ID, key));
    }
  }

  @Test
  void theSignerRecoversFromItsSignature() throws Exception {
    final Credentials key = Credentials.create(ECKeyPair.create(BigInteger.valueOf(1_001)));
    final byte[] body = L2Signer.sign(RawTransaction.createEtherTransaction(CHAIN_ID, BigInteger.ZERO,
        BigInteger.valueOf(21_000), TO, BigInteger.ONE, BigInteger.ONE, BigInteger.TEN), CHAIN_ID, key.getEcKeyPair());

    assertThat(L2Transaction.decode(body).recoverSender()).contains(Address.fromHex(key.getAddress()));
  }
}
