package io.rolluplab.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolluplab.devnet.chain.Block;
import io.rolluplab.devnet.chain.DevAccounts;
import io.rolluplab.rollup.contracts.OptimisticRollupContract;
import io.rolluplab.rollup.l1.EmbeddedL1;
import io.rolluplab.rollup.l1.L1RevertException;
import io.rolluplab.rollup.l1.L1Transaction;
import io.rolluplab.rollup.node.RollupMode;
import io.rolluplab.web.Lab;
import io.rolluplab.web.TestLab;
import io.rolluplab.web.l1.KnownAddresses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveFeedTest {
  @AutoClose private TestLab lab;

  @BeforeEach
  void start() throws Exception {
    lab = TestLab.stepped(RollupMode.OPTIMISTIC);
  }

  private KnownAddresses names() {
    return KnownAddresses.of(Map.of("optimistic", lab.rollup(0)));
  }

  private List<Block> blocks(final long from, final long to) {
    final List<Block> blocks = new ArrayList<>();
    for (long n = from; n <= to; n++) {
      blocks.add(lab.devnet().block(n).orElseThrow());
    }
    return blocks;
  }

  @Test
  void anL1BlockIsDescribedByTheBatchesAndRollupCallsItHolds() throws Exception {
    final long before = lab.devnet().latestBlock().number();
    lab.post("/api/bridge/deposit", "{\"rollup\": \"optimistic\", \"from\": 1, \"amountEth\": \"1\"}");
    for (int i = 0; i < 3; i++) {
      lab.round();
    }
    lab.post("/api/bridge/deposit", "{\"rollup\": \"optimistic\", \"from\": 2, \"amountEth\": \"1\"}");
    for (int i = 0; i < 3; i++) {
      lab.round();
    }
    final long head = lab.devnet().latestBlock().number();

    final List<String> each = new ArrayList<>();
    blocks(before + 1, head).forEach(block -> each.add(L1Blocks.describe(List.of(block), names())));
    // a batch is no call: it is the batcher's plain transaction to the inbox
    assertThat(each).contains("L1 block " + (before + 1) + ", 1 transaction: deposit (optimistic).")
        .anySatisfy(line -> assertThat(line).matches("L1 block \\d+, 1 transaction: batch 0 to the inbox\\."))
        .anySatisfy(line -> assertThat(line)
            .matches("L1 block \\d+, 1 transaction: proposeRoot \\(optimistic batch 0\\)\\."))
        .anySatisfy(line -> assertThat(line).matches("L1 block \\d+, 1 transaction: batch 1 to the inbox\\."));
    // a run of blocks is one sentence, its calls in the order first seen
    assertThat(L1Blocks.describe(blocks(1, head), names())).startsWith("L1 blocks 1–" + head + ", ")
        .containsSubsequence("deposit ×2 (optimistic)", "2 batches to the inbox (optimistic batches 0–1)",
            "proposeRoot ×2 (optimistic batches 0–1)")
        .endsWith(" with no rollup call.");
    lab.devnet().mine();
    assertThat(L1Blocks.describe(blocks(head + 1, head + 1), names())).isEqualTo("L1 block " + (head + 1) + ", empty.");
  }

  @Test
  void aCallToARollupContractWhoseDataDoesNotDecodeIsAnotherTransaction() throws Exception {
    // finalize's selector with three bytes where its argument's 32 should be: L1 mines it, and refuses it
    final byte[] garbage = Arrays.copyOf(OptimisticRollupContract.FINALIZE.selector(), 7);
    assertThatThrownBy(() -> new EmbeddedL1(lab.devnet()).sendAndWait(DevAccounts.all().get(3).credentials(),
        L1Transaction.call(lab.rollup(0).deployment().rollup(), garbage).withGasLimit(100_000)))
        .isInstanceOf(L1RevertException.class);
    final Block block = lab.devnet().latestBlock();

    assertThat(L1Blocks.describe(List.of(block), names()))
        .isEqualTo("L1 block " + block.number() + ", 1 transaction: 1 transaction with no rollup call.");
  }

  @Test
  void blocksMinedInABurstComeAsOneMessageAndThePageKeepsTheLatest() throws Exception {
    final LiveFeed feed = new LiveFeed(new Lab(lab.devnet(), List.of(lab.rollup(0)), null, null));
    try (LiveFeed.Listener listener = feed.listen()) {
      final long first = lab.devnet().latestBlock().number() + 1;
      final int burst = 50;
      for (int i = 0; i < burst; i++) {
        lab.devnet().mine();
      }
      final long last = first + burst - 1;
      final List<LiveMessage> messages = new ArrayList<>();
      while (messages.isEmpty() || messages.get(messages.size() - 1).seq() < last) {
        final Optional<LiveMessage> next = listener.next(Duration.ofSeconds(30));
        assertThat(next).as("a message about blocks up to " + last).isPresent();
        messages.add(next.get());
      }
      // the first block at once, then the rest a second later: not fifty messages
      assertThat(messages.size()).isLessThanOrEqualTo(3);
      assertThat(messages.get(messages.size() - 1).sentence()).matches("L1 blocks \\d+–" + last + ", all empty\\.");
      assertThat(messages).allSatisfy(m -> assertThat(m.rollup()).isEqualTo(LiveMessage.L1));
      assertThat(feed.recentL1()).containsExactlyElementsOf(messages);
    } finally {
      feed.close();
    }
  }
}
