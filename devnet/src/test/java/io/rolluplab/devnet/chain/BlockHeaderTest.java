package io.rolluplab.devnet.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.trie.MerklePatriciaTrie;
import io.rolluplab.devnet.types.Address;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.rlp.RlpDecoder;
import org.web3j.rlp.RlpEncoder;
import org.web3j.rlp.RlpList;
import org.web3j.rlp.RlpString;
import org.web3j.rlp.RlpType;

class BlockHeaderTest {

  static BlockHeader sampleHeader() {
    return new BlockHeader(
        filled(32, 0x11), BlockHeader.EMPTY_OMMERS_HASH, Address.fromLong(0xC0FFEE),
        filled(32, 0x22), filled(32, 0x33), filled(32, 0x44), filled(256, 0x00),
        BigInteger.ZERO, 19_426_587, 30_000_000, 12_345_678, 1_710_338_135, "hello".getBytes(),
        filled(32, 0x55), BlockHeader.ZERO_NONCE, BigInteger.valueOf(1_000_000_007),
        MerklePatriciaTrie.EMPTY_ROOT, 131_072, 0, filled(32, 0x66));
  }

  private static byte[] filled(final int length, final int value) {
    final byte[] bytes = new byte[length];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }

  @Test
  void decodesWhatItEncodes() {
    final BlockHeader header = sampleHeader();
    final BlockHeader decoded = BlockHeader.decode(header.encode());

    assertThat(decoded.encode()).isEqualTo(header.encode());
    assertThat(decoded.number()).isEqualTo(19_426_587);
    assertThat(decoded.baseFeePerGas()).isEqualTo(1_000_000_007);
    assertThat(decoded.coinbase()).isEqualTo(header.coinbase());
  }

  @Test
  void hashesTheRlpOfTheHeaderWithKeccak() {
    final BlockHeader header = sampleHeader();
    assertThat(header.hash()).isEqualTo(Keccak.hash(header.encode()));
  }

  @Test
  void encodesTheTwentyCancunFieldsInSpecOrder() {
    final List<RlpType> fields = fieldsOf(sampleHeader());

    assertThat(fields).hasSize(20);
    assertThat(bytes(fields, 2)).isEqualTo(Address.fromLong(0xC0FFEE).toArray()); // coinbase
    assertThat(bytes(fields, 8)).isEqualTo(BigInteger.valueOf(19_426_587).toByteArray()); // number
    assertThat(bytes(fields, 12)).isEqualTo("hello".getBytes()); // extraData
    assertThat(bytes(fields, 16)).isEqualTo(MerklePatriciaTrie.EMPTY_ROOT); // withdrawalsRoot
    assertThat(bytes(fields, 19)).hasSize(32).containsOnly(0x66); // parentBeaconBlockRoot
  }

  @Test
  void encodesZeroAsTheEmptyStringButTheNonceAsEightBytes() {
    final List<RlpType> fields = fieldsOf(sampleHeader());

    assertThat(bytes(fields, 7)).isEmpty(); // difficulty 0
    assertThat(bytes(fields, 18)).isEmpty(); // excessBlobGas 0
    assertThat(bytes(fields, 14)).hasSize(8).containsOnly(0); // nonce
  }

  @Test
  void knowsTheHashOfAnEmptyOmmersList() {
    assertThat(BlockHeader.EMPTY_OMMERS_HASH).isEqualTo(Keccak.hash(RlpEncoder.encode(new RlpList())));
  }

  @Test
  void changesItsHashWhenAnyFieldChanges() {
    final BlockHeader header = sampleHeader();
    final BlockHeader later = new BlockHeader(header.parentHash(), header.ommersHash(), header.coinbase(),
        header.stateRoot(), header.transactionsRoot(), header.receiptsRoot(), header.logsBloom(),
        header.difficulty(), header.number(), header.gasLimit(), header.gasUsed(), header.timestamp() + 1,
        header.extraData(), header.mixHash(), header.nonce(), header.baseFeePerGas(), header.withdrawalsRoot(),
        header.blobGasUsed(), header.excessBlobGas(), header.parentBeaconBlockRoot());

    assertThat(later.hash()).isNotEqualTo(header.hash());
  }

  @Test
  void rejectsAHeaderOfAnotherForkWithAClearMessage() {
    final byte[] shanghaiLike = RlpEncoder.encode(new RlpList(
        fieldsOf(sampleHeader()).subList(0, 17)));

    assertThatThrownBy(() -> BlockHeader.decode(shanghaiLike))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected one RLP list of 20 fields");
  }

  private static List<RlpType> fieldsOf(final BlockHeader header) {
    return ((RlpList) RlpDecoder.decode(header.encode()).getValues().get(0)).getValues();
  }

  private static byte[] bytes(final List<RlpType> fields, final int index) {
    return ((RlpString) fields.get(index)).getBytes();
  }
}
