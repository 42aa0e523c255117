package io.rolluplab.devnet.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.crypto.Keccak;
import io.rolluplab.devnet.state.WorldState;
import io.rolluplab.devnet.tx.BlockContext;
import io.rolluplab.devnet.types.Address;
import io.rolluplab.devnet.types.UInt256;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateTestFixtureTest {
  private static final Address SENDER = Address.fromHex("0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");
  private static final Address CONTRACT = Address.fromHex("0xcccccccccccccccccccccccccccccccccccccccc");
  private static final Address EMPTY = Address.fromLong(0xee);

  private static List<StateTestFixture> multi() throws IOException {
    return StateTestFixture.parse(Fixtures.tree().resolve("alpha/multi.json"));
  }

  @Test
  void readsEveryTestOfAFileInFileOrder() throws IOException {
    assertThat(multi()).extracting(StateTestFixture::name).containsExactly("first", "second");
  }

  @Test
  void readsTheEnvAsABlockOfChainOne() throws IOException {
    final BlockContext block = multi().get(0).env().toBlockContext();

    assertThat(block.chainId()).isEqualTo(1);
    assertThat(block.coinbase()).isEqualTo(Address.fromHex("0x2adc25665018aa1fe0e6bc666dac8fc2697ff9ba"));
    assertThat(block.number()).isEqualTo(1);
    assertThat(block.timestamp()).isEqualTo(1000);
    assertThat(block.gasLimit()).isEqualTo(100_000_000);
    assertThat(block.baseFee()).isEqualTo(BigInteger.TEN);
    assertThat(block.prevRandao()).isEqualTo(UInt256.valueOf(0x20000));
    assertThat(block.blobBaseFee()).isEqualTo(BigInteger.ONE);
  }

  @Test
  void derivesTheBlobBaseFeeFromTheExcessBlobGas() throws IOException {
    // 0x01fd6b5e excess blob gas is just over 10 × the update fraction: about e^10.
    assertThat(multi().get(1).env().toBlockContext().blobBaseFee()).isEqualTo(BigInteger.valueOf(22_030));
  }

  @Test
  void answersBlockHashLikeGethsTestHarness() throws IOException {
    final BlockContext block = multi().get(1).env().toBlockContext(); // block 256

    assertThat(block.blockHashes().apply(255))
        .isEqualTo(Keccak.hash("255".getBytes(StandardCharsets.US_ASCII)));
    assertThat(block.blockHashes().apply(0)).isEqualTo(Keccak.hash("0".getBytes(StandardCharsets.US_ASCII)));
    assertThat(block.blockHashes().apply(256)).as("the current block has no hash yet").isNull();
  }

  @Test
  void buildsThePreStateIncludingEmptyAccountsAndTheMaximumNonce() throws IOException {
    final WorldState state = multi().get(0).preState();

    assertThat(state.getBalance(SENDER)).isEqualTo(new BigInteger("de0b6b3a7640000", 16));
    assertThat(state.getNonce(CONTRACT)).as("2^64 − 1 as an unsigned long").isEqualTo(-1L);
    assertThat(state.getCode(CONTRACT)).containsExactly(0x60, 0x01, 0x60, 0x00, 0x55, 0x00);
    assertThat(state.getStorage(CONTRACT, UInt256.valueOf(2))).isEqualTo(UInt256.valueOf(0xff));
    assertThat(state.exists(EMPTY)).isTrue();
  }

  @Test
  void treatsThePreStateAsTheOriginalStorageOfTheTransaction() throws IOException {
    final WorldState state = multi().get(0).preState();

    state.setStorage(CONTRACT, UInt256.ZERO, UInt256.valueOf(5));

    assertThat(state.getOriginalStorage(CONTRACT, UInt256.ZERO)).isEqualTo(UInt256.ONE);
  }

  @Test
  void readsPostEntriesWithTheirIndexesAndExpectedException() throws IOException {
    final List<PostEntry> post = multi().get(0).post();

    assertThat(post).hasSize(2);
    assertThat(post.get(0).expectsException()).isFalse();
    assertThat(post.get(1).index()).isEqualTo(1);
    assertThat(post.get(1).indexes()).isEqualTo("d1 g0 v0");
    assertThat(post.get(1).expectException()).isEqualTo("TransactionException.INTRINSIC_GAS_TOO_LOW");
    assertThat(post.get(1).txBytes()).containsExactly(2);
    assertThat(Hex.of(post.get(1).stateRoot())).isEqualTo("0x" + "22".repeat(32));
  }

  @Test
  void readsAnEmptyToAsAContractCreation() throws IOException {
    final StateTestFixture second = multi().get(1);

    assertThat(second.transaction().to()).isNull();
    assertThat(second.transaction().describe(second.post().get(0)))
        .isEqualTo("from " + SENDER + " to (create), nonce 1, data 6 bytes, gas 1000000, value 0");
  }

  @Test
  void keepsTheDataLabels() throws IOException {
    assertThat(multi().get(0).labels()).containsEntry(0, "small").containsEntry(1, "large");
    assertThat(multi().get(1).labels()).isEmpty();
  }

  @Test
  void namesAMissingField(@TempDir final Path dir) throws IOException {
    final Path file = Files.writeString(dir.resolve("t.json"), "{\"t\": {\"pre\": {}}}");

    assertThatThrownBy(() -> StateTestFixture.parse(file)).hasMessageContaining("'env'");
  }
}
