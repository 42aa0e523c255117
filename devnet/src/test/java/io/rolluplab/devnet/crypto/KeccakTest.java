package io.rolluplab.devnet.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.junit.jupiter.api.Test;
import org.web3j.utils.Numeric;

/** The self-written Keccak-256 against known hashes and against BouncyCastle's {@link KeccakDigest}. */
class KeccakTest {
  @Test
  void knownHashes() {
    assertThat(hex(Keccak.hash(new byte[0])))
        .isEqualTo("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    assertThat(hex(Keccak.EMPTY)).isEqualTo(hex(Keccak.hash(new byte[0])));
    assertThat(hex(Keccak.hash(utf8("abc"))))
        .isEqualTo("0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
    assertThat(hex(Keccak.hash(utf8("The quick brown fox jumps over the lazy dog"))))
        .isEqualTo("0x4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15");
    // the ERC-20 Transfer event's topic: a signature every Ethereum tool knows
    assertThat(hex(Keccak.hash(utf8("Transfer(address,address,uint256)"))))
        .isEqualTo("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
  }

  /** Every length from 0 to 600 (four and more blocks), each around the block size of 136 bytes included. */
  @Test
  void everyLengthUpTo600MatchesBouncyCastle() {
    final Random random = new Random(1);
    for (int length = 0; length <= 600; length++) {
      final byte[] data = new byte[length];
      random.nextBytes(data);
      assertThat(Keccak.hash(data)).as("length %d", length).isEqualTo(reference(data));
    }
  }

  @Test
  void aSliceHashesAsTheSameBytesAlone() {
    final Random random = new Random(2);
    for (int run = 0; run < 500; run++) {
      final byte[] data = new byte[random.nextInt(400)];
      random.nextBytes(data);
      final int offset = data.length == 0 ? 0 : random.nextInt(data.length);
      final int length = random.nextInt(data.length - offset + 1);
      assertThat(Keccak.hash(data, offset, length)).isEqualTo(reference(Arrays.copyOfRange(data, offset, offset + length)));
    }
  }

  /** The parts are cut at every offset in a lane, so that they start anywhere in the block. */
  @Test
  void hashConcatHashesThePartsJoined() {
    final Random random = new Random(3);
    for (int run = 0; run < 2_000; run++) {
      final byte[] first = bytes(random, random.nextInt(run < 1_000 ? 70 : 300));
      final byte[] second = bytes(random, random.nextInt(run < 1_000 ? 70 : 300));
      final byte[] third = bytes(random, random.nextInt(run < 1_000 ? 70 : 300));
      assertThat(Keccak.hashConcat(first, second)).isEqualTo(reference(join(first, second)));
      assertThat(Keccak.hashConcat(first, second, third)).isEqualTo(reference(join(join(first, second), third)));
    }
  }

  @Test
  void theTreesInputsMatchBouncyCastle() {
    final Random random = new Random(4);
    for (int run = 0; run < 1_000; run++) {
      final byte[] left = bytes(random, 32);
      final byte[] right = bytes(random, 32);
      assertThat(Keccak.hashConcat(left, right)).isEqualTo(reference(join(left, right)));
      final byte[] tag = {0x01};
      assertThat(Keccak.hashConcat(tag, left, right)).isEqualTo(reference(join(tag, join(left, right))));
    }
  }

  private static byte[] reference(final byte[] data) {
    final KeccakDigest digest = new KeccakDigest(256);
    digest.update(data, 0, data.length);
    final byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }

  private static byte[] bytes(final Random random, final int length) {
    final byte[] data = new byte[length];
    random.nextBytes(data);
    return data;
  }

  private static byte[] join(final byte[] a, final byte[] b) {
    final byte[] joined = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }

  private static byte[] utf8(final String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String hex(final byte[] bytes) {
    return Numeric.toHexString(bytes);
  }
}
