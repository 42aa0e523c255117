package io.rolluplab.rollup.batcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolluplab.rollup.sequencer.L2Block;
import io.rolluplab.rollup.sequencer.L2Wallet;
import io.rolluplab.rollup.sequencer.SequencerFixture;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which blocks go into the next batch, and when: on blocks sealed by a real sequencer. */
class BatchPackerTest {
  private static final Duration MAX_AGE = Duration.ofSeconds(10);
  private final SequencerFixture l2 = new SequencerFixture();
  private final L2Wallet alice = L2Wallet.of(1, SequencerFixture.CHAIN_ID);

  /** Block 1 funds alice; then one block per entry of {@code transfers}, with that many transfers. */
  private List<L2Block> blocks(final int... transfers) throws Exception {
    l2.fund(BigInteger.ONE, alice);
    long nonce = 0;
    for (final int count : transfers) {
      for (int i = 0; i < count; i++) {
        l2.sequencer.submit(alice.transfer(nonce++, SequencerFixture.L1_USER, BigInteger.ONE));
      }
      l2.sealNextBlock();
    }
    final List<L2Block> blocks = new ArrayList<>();
    for (long n = 1; n <= l2.sequencer.head().number(); n++) {
      blocks.add(l2.sequencer.block(n).orElseThrow());
    }
    return blocks;
  }

  private BatchPacker packer(final int maxBytes, final int maxItems) {
    return new BatchPacker(new BatcherConfig(FakeRollupL1.ROLLUP, new FakeRollupL1().posting(null), 0, maxBytes, maxItems,
        MAX_AGE));
  }

  @Test
  void waitsWhileTheBatchIsNeitherFullNorOld() throws Exception {
    final List<L2Block> blocks = blocks(1);
    final Instant sealed = blocks.get(0).timestamp();

    assertThat(packer(100_000, 10).pack(blocks, sealed.plus(MAX_AGE).minusSeconds(1), -1)).isEmpty();
    assertThat(packer(100_000, 10).pack(blocks, sealed.plus(MAX_AGE), -1)).hasValueSatisfying(p -> {
      assertThat(p.reason()).isEqualTo(BatchPacker.Reason.AGE);
      assertThat(p.blocks()).hasSize(2);
    });
  }

  @Test
  void closesTheBatchBeforeTheBlockThatWouldBreakTheItemLimit() throws Exception {
    final List<L2Block> blocks = blocks(2, 2);

    final BatchPacker.Packed packed = packer(100_000, 4).pack(blocks, blocks.get(0).timestamp(), -1).orElseThrow();

    assertThat(packed.reason()).isEqualTo(BatchPacker.Reason.FULL);
    assertThat(packed.blocks()).extracting(L2Block::number).containsExactly(1L, 2L);
  }

  @Test
  void aBlockBiggerThanTheByteLimitGoesAloneRatherThanBeingSplit() throws Exception {
    final List<L2Block> blocks = blocks(3);

    final BatchPacker.Packed packed = packer(20, 100).pack(blocks, blocks.get(0).timestamp(), -1).orElseThrow();

    assertThat(packed.blocks()).extracting(L2Block::number).containsExactly(1L);
  }

  @Test
  void aForcedBlockIsReachedWhateverTheLimitsAndNotBefore() throws Exception {
    final List<L2Block> blocks = blocks(2, 2);
    final Instant now = blocks.get(0).timestamp();

    assertThat(packer(100_000, 1).pack(blocks, now, 3).orElseThrow().blocks()).hasSize(3);
    assertThat(packer(100_000, 1).pack(blocks, now, 4)).as("block 4 is not sealed yet").isEmpty();
  }

  @Test
  void readsTheBacklogOnlyAsFarAsTheBatchNeeds() throws Exception {
    final List<L2Block> blocks = blocks(2, 2, 2, 2, 2);
    final List<Long> read = new ArrayList<>();
    final Iterable<L2Block> counted = () -> blocks.stream().peek(b -> read.add(b.number())).iterator();

    final BatchPacker.Packed packed = packer(100_000, 4).pack(counted, blocks.get(0).timestamp(), -1).orElseThrow();

    assertThat(packed.blocks()).extracting(L2Block::number).containsExactly(1L, 2L);
    assertThat(read).as("blocks 1 and 2, then block 3 found too big; 4 to 6 are not read").containsExactly(1L, 2L, 3L);
  }
}
