package io.rolluplab.rollup.l1;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.devnet.tx.Transaction;
import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;

class OperatorSigningTest {
  private static final Credentials KEY = DevAccounts.all().get(5).credentials();
  private static final BigInteger TIP = BigInteger.valueOf(1_000_000_000L);
  private static final BigInteger BASE_FEE = BigInteger.valueOf(875_000_000L);

  /** The devnet trusts these fields instead of decoding the bytes: they must be what decoding gives. */
  @Test
  void theFieldsHandedWithSignedBytesAreTheOnesTheBytesDecodeTo() throws Exception {
    final L1Transaction call = L1Transaction.call(Address.fromHex("0x00000000000000000000000000000000000000aa"),
        new byte[] {1, 2, 3, 4, 5}).withValue(BigInteger.valueOf(7));

    final Transaction handed = OperatorSigning.signDecoded(31337, 12, 90_000, TIP, BASE_FEE, call, KEY);

    assertThat(handed).usingRecursiveComparison().isEqualTo(Transaction.decode(handed.raw()));
    assertThat(handed.sender()).isEqualTo(DevAccounts.all().get(5).address());
  }

  @Test
  void aContractCreationDecodesAlikeToo() throws Exception {
    final Transaction handed = OperatorSigning.signDecoded(31337, 0, 500_000, TIP, BASE_FEE,
        L1Transaction.create(new byte[] {0x60, 0x00, 0x60, 0x00, (byte) 0xf3}), KEY);

    assertThat(handed).usingRecursiveComparison().isEqualTo(Transaction.decode(handed.raw()));
    assertThat(handed.to()).isNull();
  }
}
