package io.rolluplab.devnet.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.devnet.tx.TransactionType;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.Log;
import io.rolluplab.devnet.types.UInt256;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.utils.Numeric;

class ReceiptTest {

  private static Receipt receipt(final TransactionType type, final boolean success, final List<Log> logs) {
    return new Receipt(success, 21_000, new byte[256], logs, type, new byte[32], 21_000, BigInteger.ONE, null);
  }

  @Test
  void encodesALegacyReceiptAsPlainRlp() {
    final String expected = "f90108" + "01" + "825208" + "b90100" + "00".repeat(256) + "c0";
    assertThat(Numeric.toHexStringNoPrefix(receipt(TransactionType.LEGACY, true, List.of()).encode()))
        .isEqualTo(expected);
  }

  @Test
  void prefixesATypedReceiptWithItsTransactionType() {
    final byte[] legacy = receipt(TransactionType.LEGACY, true, List.of()).encode();
    final byte[] eip1559 = receipt(TransactionType.EIP1559, true, List.of()).encode();

    assertThat(eip1559[0]).isEqualTo((byte) 0x02);
    assertThat(eip1559).endsWith(legacy);
  }

  @Test
  void encodesAFailedStatusAsTheEmptyString() {
    final byte[] encoded = receipt(TransactionType.LEGACY, false, List.of()).encode();
    assertThat(encoded[3]).isEqualTo((byte) 0x80);
  }

  @Test
  void encodesEachLogAsAddressTopicsAndData() {
    final Log log = new Log(Address.fromLong(0xAB), List.of(UInt256.ONE), new byte[] {1, 2});
    final byte[] encoded = receipt(TransactionType.LEGACY, true, List.of(log)).encode();

    final RlpList fields = (RlpList) RlpDecoder.decode(encoded).getValues().get(0);
    final RlpList logRlp = (RlpList) ((RlpList) fields.getValues().get(3)).getValues().get(0);
    assertThat(((RlpString) logRlp.getValues().get(0)).getBytes()).isEqualTo(Address.fromLong(0xAB).toArray());
    assertThat(((RlpString) ((RlpList) logRlp.getValues().get(1)).getValues().get(0)).getBytes())
        .isEqualTo(UInt256.ONE.toBytes());
    assertThat(((RlpString) logRlp.getValues().get(2)).getBytes()).containsExactly(1, 2);
  }
}
