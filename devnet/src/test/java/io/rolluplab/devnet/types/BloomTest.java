package io.rolluplab.devnet.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

class BloomTest {
  /** keccak256("Transfer(address,address,uint256)"): the ERC-20 transfer event topic. */
  private static final UInt256 TRANSFER =
      UInt256.fromHex("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");

  private static final Address TOKEN =
      Address.fromHex("0x0f572e5295c57f15886f9b263e2f6d2d6c7b5ec6");
  private static final Address OTHER = Address.fromLong(1);

  /** The vector go-ethereum's bloom gives for this topic: bits in bytes 75, 123 and 195. */
  @Test
  void transferTopicSetsTheKnownBits() {
    final Bloom bloom = new Bloom();
    bloom.add(TRANSFER.toBytes());
    final byte[] expected = new byte[Bloom.BYTES];
    expected[75] = 0x08;
    expected[123] = 0x10;
    expected[195] = 0x02;
    assertThat(bloom.toBytes()).isEqualTo(expected);
  }

  @Test
  void emptyBloomMatchesNothing() {
    assertThat(new Bloom().mightContain(TOKEN)).isFalse();
    assertThat(new Bloom().mightContain(TRANSFER)).isFalse();
  }

  @Test
  void addedLogMatchesItsAddressAndTopicsButNotOthers() {
    final Bloom bloom = new Bloom().add(transferLog());
    assertThat(bloom.mightContain(TOKEN)).isTrue();
    assertThat(bloom.mightContain(TRANSFER)).isTrue();
    assertThat(bloom.mightContain(OTHER.toWord())).isTrue();
    assertThat(bloom.mightContain(OTHER)).isFalse();
    assertThat(bloom.mightContain(UInt256.valueOf(2))).isFalse();
  }

  @Test
  void orGivesTheBloomOfBothLogs() {
    final Log other = new Log(OTHER, List.of(), new byte[] {1});
    final Bloom both = new Bloom().add(transferLog()).add(other);
    assertThat(new Bloom().add(transferLog()).or(new Bloom().add(other))).isEqualTo(both);
  }

  @Test
  void bytesRoundTrip() {
    final Bloom bloom = new Bloom().add(transferLog());
    assertThat(Bloom.fromBytes(bloom.toBytes())).isEqualTo(bloom);
    assertThat(Numeric.hexStringToByteArray(bloom.toString())).isEqualTo(bloom.toBytes());
  }

  /** Transfer(from = 0x01, to = token) with the amount as data. */
  private static Log transferLog() {
    return new Log(TOKEN, List.of(TRANSFER, OTHER.toWord(), TOKEN.toWord()), new byte[] {42});
  }
}
