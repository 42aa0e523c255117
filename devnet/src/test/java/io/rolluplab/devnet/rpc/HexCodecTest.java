package io.rolluplab.devnet.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class HexCodecTest {

  @Test
  void writesQuantitiesWithoutLeadingZeros() {
    assertThat(HexCodec.quantity(0)).isEqualTo("0x0");
    assertThat(HexCodec.quantity(1024)).isEqualTo("0x400");
    assertThat(HexCodec.quantity(BigInteger.TWO.pow(255))).isEqualTo("0x8" + "0".repeat(63));
  }

  @Test
  void writesDataAsTwoLowercaseDigitsPerByte() {
    assertThat(HexCodec.data(new byte[0])).isEqualTo("0x");
    assertThat(HexCodec.data(new byte[] {0, 15, (byte) 0xAB})).isEqualTo("0x000fab");
  }

  @Test
  void readsQuantitiesLenientlyButRefusesWhatIsNotOne() {
    assertThat(HexCodec.parseQuantity("0x01")).isEqualTo(1);
    assertThat(HexCodec.parseQuantity("0XfF")).isEqualTo(255);
    assertThatThrownBy(() -> HexCodec.parseQuantity("0x")).hasMessageContaining("at least one digit");
    assertThatThrownBy(() -> HexCodec.parseQuantity("12")).hasMessageContaining("starting with 0x");
    assertThatThrownBy(() -> HexCodec.parseQuantity("0x1g")).hasMessageContaining("only hex digits");
    assertThatThrownBy(() -> HexCodec.parseQuantity("0x1" + "0".repeat(64))).hasMessageContaining("256 bits");
  }

  @Test
  void refusesDataWithAnOddNumberOfDigits() {
    assertThat(HexCodec.parseData("0x")).isEmpty();
    assertThatThrownBy(() -> HexCodec.parseData("0xabc")).hasMessageContaining("two hex digits per byte");
  }

  @Test
  void readsBlockTagsAndNumbers() {
    assertThat(BlockTag.parse("latest")).isSameAs(BlockTag.LATEST);
    assertThat(BlockTag.parse("finalized").kind()).isEqualTo(BlockTag.Kind.FINALIZED);
    assertThat(BlockTag.parse("earliest").kind()).isEqualTo(BlockTag.Kind.EARLIEST);
    assertThat(BlockTag.parse("0x1a").number()).isEqualTo(26);
    assertThatThrownBy(() -> BlockTag.parse("newest")).hasMessageContaining("\"latest\", \"earliest\"");
    assertThatThrownBy(() -> BlockTag.parse("0x" + "f".repeat(17))).hasMessageContaining("too large");
  }
}
