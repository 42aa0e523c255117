package io.rolluplab.devnet.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

/**
 * Expected hashes are the {@code logs} of ethereum/tests stLogTests fixtures, whose one log is
 * plain from the code: the contract at {@link #EMITTER} runs a single LOG0 or LOG1.
 */
class LogsHashTest {
  private static final Address EMITTER =
      Address.fromHex("0x0f572e5295c57f15886f9b263e2f6d2d6c7b5ec6");

  @Test
  void noLogsGiveTheHashOfAnEmptyList() {
    assertThat(hex(List.of()))
        .isEqualTo("0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347");
  }

  /** log0_emptyMem: LOG0 of zero bytes. */
  @Test
  void logWithoutTopicsOrData() {
    assertThat(hex(List.of(new Log(EMITTER, List.of(), new byte[0]))))
        .isEqualTo("0xea63b4dbbdbca1bd985580a0c3b6f35a4955d4d4cf0b4d903003cdfc4c40ba1c");
  }

  /** log1_emptyMem: LOG1 with topic 0 keeps the topic as 32 zero bytes, not as an empty string. */
  @Test
  void zeroTopicIsEncodedAsAFullWord() {
    assertThat(hex(List.of(new Log(EMITTER, List.of(UInt256.ZERO), new byte[0]))))
        .isEqualTo("0x7a0b07b554f8629b2183374bf734bfd10f641d640654b6f8e5cc088467f90b3d");
  }

  /** log1_MaxTopic: LOG1 of one 32-byte memory word with topic 2^256 - 1. */
  @Test
  void logWithTopicAndData() {
    final UInt256 maxTopic = UInt256.fromBigInteger(UInt256.MAX_VALUE_BIG);
    final byte[] data = Numeric.hexStringToByteArray(
        "0xaabbffffffffffffffffffffffffffffffffffffffffffffffffffffffffccdd");
    assertThat(hex(List.of(new Log(EMITTER, List.of(maxTopic), data))))
        .isEqualTo("0x390a7f435e94b10f36ab57ca7106029629ee62569ed1bc309de88acc3ddfd954");
  }

  private static String hex(final List<Log> logs) {
    return Numeric.toHexString(LogsHash.of(logs));
  }
}
